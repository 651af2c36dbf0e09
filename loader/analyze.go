package loader

import (
	"strings"

	"standpoint/model"
)

// actorRef names the actor a mention resolves to.
type actorRef struct {
	key    string
	person *person // people
	entry  *entry  // governments, organisations, groups
}

func entityRef(e *entry) *actorRef { return &actorRef{key: "g:" + e.name, entry: e} }

func personRef(p *person) *actorRef { return &actorRef{key: "p:" + p.key, person: p} }

// nation is the government or organisation an actor speaks for.
func (r *actorRef) nation() *entry {
	if r.person != nil {
		return r.person.nation
	}
	return r.entry
}

// sighting is one actor's part in one article: the names it went by and
// the sentences that carry its stance.
type sighting struct {
	ref      *actorRef
	surfaces []string
	evidence []model.Evidence
	heading  []bool         // per evidence: from a headline
	mention  model.Evidence // the first sentence that names it
}

// articleResult is the second pass's output for one article.
type articleResult struct {
	article model.Article
	actors  []*sighting
}

// speaker is who a stretch of a sentence is attributed to.
type speaker struct {
	ref      *actorRef
	at       int // the subject's first token
	from, to int // the tokens it speaks for
}

// analyzer carries what one article's earlier sentences tell the later ones.
type analyzer struct {
	lex          *lexicon
	people       *personIndex
	doc          *parsedDoc
	byKey        map[string]*sighting
	result       articleResult
	antecedent   *actorRef   // the person "he" or "she" refers to
	recent       []*actorRef // people named so far, latest last
	quoteSpeaker *actorRef   // who is speaking in a quote that goes on
	troopsAt     []bool      // which sentences named troops
}

func analyze(doc *parsedDoc, lex *lexicon, people *personIndex) articleResult {
	a := &analyzer{lex: lex, people: people, doc: doc, byKey: map[string]*sighting{}}
	a.result.article = doc.article()
	doc.eachSentence(a.sentence)
	return a.result
}

func (a *analyzer) sightingOf(ref *actorRef) *sighting {
	s := a.byKey[ref.key]
	if s == nil {
		s = &sighting{ref: ref}
		a.byKey[ref.key] = s
		a.result.actors = append(a.result.actors, s)
	}
	return s
}

func (a *analyzer) sentence(i int, tokens []token) {
	sp := a.doc.structure.sentences[i].span
	f := finder{lex: a.lex, people: a.people, tokens: tokens}
	mentions := f.find()
	for _, m := range mentions {
		m.actor = a.resolve(m)
		if m.kind == roleMention && (m.actor == nil || m.actor.person == nil) {
			// Someone the corpus does not name: "the minister" after it is them, not another minister.
			a.recent = append(a.recent, &actorRef{person: &person{roles: []string{m.role}, nation: m.nation}})
		}
	}
	evidence := model.Evidence{Text: a.doc.text[sp.start:sp.end], Start: sp.start, End: sp.end, Stance: model.None}
	for _, m := range mentions {
		if m.actor == nil || m.place && !m.sender {
			continue
		}
		s := a.sightingOf(m.actor)
		if s.mention.End == 0 {
			s.mention = evidence
		}
		if m.kind != pronounMention && (m.kind != roleMention || m.nation != nil) {
			s.surfaces = append(s.surfaces, m.surface)
		}
		if m.kind == personMention {
			s.surfaces = append(s.surfaces, m.name) // the name as written, without its title
			if words := strings.Fields(m.name); len(words) > 1 {
				s.surfaces = append(s.surfaces, words[len(words)-1]) // and the surname alone
			}
		}
		if (m.kind == personMention || m.kind == roleMention) && m.actor.person != nil {
			a.recent = append(a.recent, m.actor)
		}
	}
	speakers := a.speakers(tokens, mentions)
	a.troopsAt = append(a.troopsAt, false)
	for _, c := range splitClauses(tokens) {
		a.clause(i, tokens, c, mentions, speakers, evidence)
	}
	a.updateContext(tokens, mentions, speakers)
}

// resolve finds the actor a mention stands for, or nil.
func (a *analyzer) resolve(m *mention) *actorRef {
	switch m.kind {
	case entityMention:
		return entityRef(m.entry)
	case personMention:
		if p := a.people.lookup(m.name); p != nil {
			return personRef(p)
		}
		return personRef(&person{key: nameKey(m.name), name: m.name, role: m.role, nation: m.nation, roles: []string{m.role}})
	case roleMention:
		return a.resolveRole(m)
	case pronounMention:
		if m.nationOf {
			if a.antecedent != nil && a.antecedent.nation() != nil {
				return entityRef(a.antecedent.nation())
			}
			return nil
		}
		return a.antecedent
	}
	return nil
}

// resolveRole finds who holds a role named alone: the latest person of the
// article with that role, else the one person of the corpus who has it.
func (a *analyzer) resolveRole(m *mention) *actorRef {
	words := strings.Fields(model.Fold(m.role))
	heads := roleHeads(words[len(words)-1])
	for k := len(a.recent) - 1; k >= 0; k-- {
		p := a.recent[k].person
		for _, head := range heads {
			if p != nil && p.roleMatches(head, m.nation) {
				if a.recent[k].key == "" {
					return a.unnamedOfficial(p.nation) // an unnamed holder of the role
				}
				return a.recent[k]
			}
		}
	}
	if m.nation == nil {
		return nil // "the president" with no one of that role named before it
	}
	var best *person
	for _, head := range heads {
		for _, p := range a.people.byRole[roleKey(head, m.nation)] {
			if best == nil || p.mentions > best.mentions {
				best = p
			}
		}
	}
	if best != nil {
		return personRef(best)
	}
	return a.unnamedOfficial(m.nation)
}

// unnamedOfficial is who a role names when the corpus does not say who holds
// it: a government's unnamed minister speaks for that government ("Finland's
// defence minister said"), like "Finnish officials" would.
func (a *analyzer) unnamedOfficial(nation *entry) *actorRef {
	if nation != nil && nation.kind == model.Government {
		return entityRef(nation)
	}
	return nil
}

// speakers finds who each part of the sentence is attributed to.
func (a *analyzer) speakers(tokens []token, mentions []*mention) []speaker {
	endsAt := make(mentionIndex, len(tokens))
	startsAt := make(mentionIndex, len(tokens))
	for _, m := range mentions {
		if m.actor != nil && !m.place {
			endsAt[m.last] = m
			startsAt[m.first] = m
		}
	}
	fold := func(k int) string {
		if k < 0 || k >= len(tokens) {
			return ""
		}
		return tokens[k].fold
	}
	var out []speaker
	add := func(m *mention, from, to int) {
		if m != nil && m.actor != nil {
			out = append(out, speaker{ref: m.actor, at: m.first, from: from, to: to})
		}
	}
	end := len(tokens) - 1
	for k, t := range tokens {
		switch {
		case a.lex.reporting[t.fold]:
			if m := subjectBefore(tokens, k-1, endsAt, a.lex); m != nil {
				add(m, k+1, end)
				for _, c := range coordinated(tokens, m, endsAt) {
					add(c, k+1, end) // "Paris and London, which have both said"
				}
				if quoteEndsAt(tokens, m.first-1) || fold(m.first-1) == "," && endsAttribution(tokens, k) {
					add(m, 0, m.first-1) // "“…,” Scholz told reporters", "Italy will not send troops, Crosetto said."
				}
			} else if m := startsAt.at(k + 1); m != nil && (fold(k-1) == "," || fold(k-1) == "”" || fold(k-1) == "\"") {
				add(m, 0, k-1) // "…," said Kirby
			} else if strings.HasSuffix(t.fold, "ing") && fold(k-1) == "," {
				// "X echoed that view, stating that": the sentence's speaker or subject.
				if len(out) > 0 {
					add(&mention{first: out[0].at, actor: out[0].ref}, k+1, end)
				} else if m := sentenceSubject(tokens, endsAt, k); m != nil {
					add(m, k+1, end)
				}
			}
		case t.fold == "according" && fold(k+1) == "to":
			add(startsAt.at(k+2), 0, end)
		case t.fold == "attributed" && fold(k+1) == "to":
			if m := startsAt.at(k + 2); m != nil {
				add(m, m.last+1, end)
			}
		case a.lex.statement[t.fold] && (fold(k+1) == "from" || fold(k+1) == "by" || fold(k+1) == "of"):
			m := startsAt.at(k + 2)
			if m == nil && fold(k+2) == "the" {
				m = startsAt.at(k + 3)
			}
			if m != nil {
				add(m, m.last+1, end)
			}
		case a.lex.statement[t.fold]:
			for j := k - 1; j >= max(0, k-3); j-- {
				if fold(j) == "'s" {
					if m := endsAt.at(j - 1); m != nil {
						add(m, k+1, end)
					}
					break
				}
			}
		}
	}
	return out
}

// coordinated returns the mentions joined to m by "and", "or" or commas
// before it ("the UK, France and Italy").
func coordinated(tokens []token, m *mention, endsAt mentionIndex) []*mention {
	var out []*mention
	for j := m.first - 1; j > 0; {
		if f := tokens[j].fold; f != "and" && f != "," && f != "or" {
			break
		}
		if tokens[j].fold == "," && tokens[j-1].fold == "and" {
			j--
		}
		prev := endsAt.at(j - 1)
		if prev == nil {
			break
		}
		out = append(out, prev)
		j = prev.first - 1
	}
	return out
}

// sentenceSubject is the mention that opens the sentence (after at most
// one word such as "The"), if one does before token k.
func sentenceSubject(tokens []token, endsAt mentionIndex, k int) *mention {
	start := firstWord(tokens)
	for j := start; j < k; j++ {
		if m := endsAt.at(j); m != nil {
			if m.first <= start+1 {
				return m
			}
			return nil
		}
	}
	return nil
}

// firstWord is the index of the sentence's first word token.
func firstWord(tokens []token) int {
	for i, t := range tokens {
		if t.word {
			return i
		}
	}
	return 0
}

// mentionIndex finds a sentence's mentions by token index.
type mentionIndex []*mention

func (ix mentionIndex) at(k int) *mention {
	if k < 0 || k >= len(ix) {
		return nil
	}
	return ix[k]
}

// subjectBefore finds the mention that is the subject of a verb just after
// token k: over auxiliaries and adverbs, a relative "who", an appositive, or
// a statement noun owned by the mention ("X's remarks underscored").
func subjectBefore(tokens []token, k int, endsAt mentionIndex, lex *lexicon) *mention {
	k = skipGap(tokens, k, 0)
	if k < 0 {
		return nil
	}
	if m := endsAt.at(k); m != nil {
		return m
	}
	switch t := tokens[k]; {
	case t.fold == "and" || t.fold == "but":
		// "X called the idea dangerous and said": the sentence's subject.
		return sentenceSubject(tokens, endsAt, k)
	case (t.fold == "who" || t.fold == "which") && k >= 1 && tokens[k-1].fold == ",":
		return endsAt.at(k - 2)
	case t.fold == ",":
		if m := endsAt.at(k - 1); m != nil {
			return m
		}
		// "Meloni, speaking after a meeting in Rome, said"
		for j := k - 1; j > 0 && j >= k-15; j-- {
			if tokens[j].fold == "," {
				return endsAt.at(j - 1)
			}
		}
	case lex.statement[t.fold]:
		for j := k - 1; j >= max(0, k-3); j-- {
			if tokens[j].fold == "'s" {
				return endsAt.at(j - 1)
			}
		}
	}
	return nil
}

// updateContext keeps the person a following "he" or "she" refers to: the
// sentence's first speaking person, else its first person not governed by a
// preposition.
func (a *analyzer) updateContext(tokens []token, mentions []*mention, speakers []speaker) {
	var main *actorRef
	first := -1
	for _, s := range speakers {
		if s.ref.person != nil && (first < 0 || s.at < first) {
			main, first = s.ref, s.at
		}
	}
	if main == nil {
		for _, m := range mentions {
			if m.actor != nil && m.actor.person != nil && m.kind != pronounMention && !afterPreposition(tokens, m.first) {
				main = m.actor
				break
			}
		}
	}
	if main != nil {
		a.antecedent = main
	}
	// A quote still open at the end of the sentence goes on in the next one,
	// in the same speaker's voice.
	if n := len(tokens); n > 0 && tokens[n-1].quoted && tokens[n-1].text != "”" && tokens[n-1].text != "\"" {
		if len(speakers) > 0 {
			a.quoteSpeaker = speakers[0].ref
		}
	} else {
		a.quoteSpeaker = nil
	}
}

// endsAttribution reports a reporting verb that closes its clause ("…, X
// said." or "…, X said, adding that"), so that it attributes what came before.
func endsAttribution(tokens []token, verb int) bool {
	k := verb + 1
	for k < len(tokens) && isGapWord(tokens[k]) {
		k++
	}
	return k >= len(tokens) || !tokens[k].word
}

// quoteEndsAt reports a closing quote at k, or at k-1 before a comma.
func quoteEndsAt(tokens []token, k int) bool {
	if k >= 0 && tokens[k].fold == "," {
		k--
	}
	return k >= 0 && (tokens[k].text == "”" || tokens[k].text == "\"" || tokens[k].text == "»")
}

var prepositions = map[string]bool{"from": true, "by": true, "with": true, "to": true, "of": true, "about": true,
	"on": true, "for": true, "among": true, "including": true, "after": true, "against": true, "between": true}

func afterPreposition(tokens []token, k int) bool {
	return k > 0 && prepositions[tokens[k-1].fold]
}
