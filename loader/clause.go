package loader

import (
	"strings"

	"standpoint/model"
)

// splitClauses cuts a sentence where another subject may take over: at
// semicolons, at ", but", ", while", ", whereas", ", although", and after a
// leading "While …," clause.
func splitClauses(tokens []token) []tokenRange {
	var out []tokenRange
	start := 0
	leading := len(tokens) > 0 && contrastWords[tokens[0].fold]
	for k := 0; k < len(tokens); k++ {
		cut := -1
		switch t := tokens[k]; {
		case t.fold == ";":
			cut = k
		case t.fold == "," && leading && k > start:
			cut, leading = k, false
		case k > 0 && tokens[k-1].fold == "," && (t.fold == "but" || contrastWords[t.fold]):
			cut = k - 1
		case t.fold == "but" && k > start && k+1 < len(tokens) && isGapWord(tokens[k+1]):
			cut = k // "… in the Black Sea but had not taken a position"
		}
		if cut > start {
			out = append(out, tokenRange{first: start, last: cut})
			start = cut + 1
		}
	}
	if start < len(tokens) {
		out = append(out, tokenRange{first: start, last: len(tokens) - 1})
	}
	return out
}

var contrastWords = map[string]bool{"while": true, "whereas": true, "although": true, "though": true}

// clause finds the stance a clause states, if any, and gives it to its
// holders.
func (a *analyzer) clause(sentenceIndex int, all []token, r tokenRange, mentions []*mention, speakers []speaker, evidence model.Evidence) {
	tokens, offset := all[r.first:r.last+1], r.first
	troopSpans := a.lex.troops.find(tokens)
	aboutTroops := len(troopSpans) > 0
	refersBack := false
	if aboutTroops {
		a.troopsAt[sentenceIndex] = true
	} else {
		if !a.followsTroops(sentenceIndex) {
			return
		}
		text := foldedText(tokens)
		if a.lex.offTopic.MatchString(text) {
			return
		}
		refersBack = a.lex.anaphors.MatchString(text)
	}
	if a.elsewhere(all, offset, offset+len(tokens)-1, mentions) {
		return
	}
	for _, c := range a.cues(skeleton(tokens, troopSpans)) {
		// Without troops of its own, a cue is about the troops of the sentences
		// before only when it points back ("such a move") or has no object of
		// its own ("Italy remains undecided.").
		if !aboutTroops && !refersBack && !endsClause(tokens, c.last) {
			continue
		}
		evidence.Stance = c.stance
		evidence.Quoted = all[offset+c.first].quoted
		for _, ref := range a.holders(all, offset, offset+len(tokens)-1, offset+c.first, c, mentions, speakers) {
			s := a.sightingOf(ref)
			s.evidence = append(s.evidence, evidence)
			s.heading = append(s.heading, a.doc.structure.sentences[sentenceIndex].heading)
		}
	}
}

// elsewhere reports a clause whose troops go to another country than the
// question's ("a training mission in Poland"): a place names where troops or
// a mission go, and the target is not named.
func (a *analyzer) elsewhere(tokens []token, first, last int, mentions []*mention) bool {
	destination := false
	for _, m := range mentions {
		if m.first < first || m.last > last || m.entry == nil {
			continue
		}
		if m.entry.name == a.lex.target {
			return false
		}
		if m.place {
			for k := max(first, m.first-6); k < m.first; k++ {
				destination = destination || a.lex.troopHeads[tokens[k].fold] || a.lex.destinationCues[tokens[k].fold]
			}
		}
	}
	return destination
}

// cue is a stance phrase found in a clause, over tokens [first, last] of it.
type cue struct {
	stance      model.Stance
	first, last int
	owners      bool
}

// troopsMarker stands for a troops phrase in the text the stance rules see.
// It cannot come from an article: the tokenizer never puts "_" in a word.
const troopsMarker = "troops_"

// skeletonText is a clause's folded text with each troops phrase replaced by
// troopsMarker, and for each of its words the clause tokens it stands for.
type skeletonText struct {
	text        string
	starts      []int // where each word starts in text
	first, last []int // the clause tokens each word covers
}

func skeleton(tokens []token, troopSpans []tokenRange) skeletonText {
	var sk skeletonText
	var b strings.Builder
	for i := 0; i < len(tokens); i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		sk.starts = append(sk.starts, b.Len())
		sk.first = append(sk.first, i)
		if len(troopSpans) > 0 && troopSpans[0].first == i {
			b.WriteString(troopsMarker)
			i = troopSpans[0].last
			troopSpans = troopSpans[1:]
		} else {
			b.WriteString(tokens[i].fold)
		}
		sk.last = append(sk.last, i)
	}
	sk.text = b.String()
	return sk
}

// cues finds every stance phrase of a clause: the lexicon's rules in order,
// each match kept unless an earlier rule already matched those words.
func (a *analyzer) cues(sk skeletonText) []cue {
	text := sk.text
	literals := make([]bool, a.lex.stanceLiterals.count)
	a.lex.stanceLiterals.find(text, literals)
	var found []cue
	var taken [][2]int
	for i := range a.lex.stances {
		rule := &a.lex.stances[i]
		if rule.fallback && len(found) > 0 || !rule.mayMatch(literals) {
			continue
		}
		for _, loc := range rule.re.Regexp.FindAllStringIndex(text, -1) {
			overlaps := false
			for _, t := range taken {
				overlaps = overlaps || loc[0] < t[1] && t[0] < loc[1]
			}
			if overlaps {
				continue
			}
			taken = append(taken, [2]int{loc[0], loc[1]})
			first, last := tokenAt(sk.starts, loc[0]), tokenAt(sk.starts, max(loc[0], loc[1]-1))
			found = append(found, cue{stance: rule.stance, owners: rule.owners, first: sk.first[first], last: sk.last[last]})
		}
	}
	return found
}

// endsClause reports a cue with nothing but punctuation after it (closing
// quotes, a stop) or one word ("out").
func endsClause(tokens []token, last int) bool {
	words := 0
	for _, t := range tokens[last+1:] {
		if t.word {
			words++
		}
	}
	return words <= 1
}

// followsTroops reports a clause right after troops were named: in this
// sentence or one of the two before.
func (a *analyzer) followsTroops(sentenceIndex int) bool {
	for k := sentenceIndex; k >= max(0, sentenceIndex-2); k-- {
		if a.troopsAt[k] {
			return true
		}
	}
	return false
}

// holders decides whose stance a cue is: the subject of the stance verb
// ("Trump has ruled out"), else the speaker ("Kirby stated that there are
// no plans"). A speaker reporting another's stance does not share it, unless
// the subject is the speaker's own government. Countries whose troops are
// ruled out or offered ("U.S. troops", "troops from the UK") hold it too.
func (a *analyzer) holders(tokens []token, first, last, at int, c cue, mentions []*mention, speakers []speaker) []*actorRef {
	var sp *actorRef
	var coSpeakers []*actorRef // others speaking together with sp ("Paris and London said")
	bestFrom := -1
	for _, s := range speakers {
		if s.from <= at && at <= s.to && s.at < at {
			if s.from > bestFrom {
				sp, bestFrom, coSpeakers = s.ref, s.from, nil
			} else if s.from == bestFrom && s.ref.key != sp.key {
				coSpeakers = append(coSpeakers, s.ref)
			}
		}
	}
	if sp == nil && len(speakers) > 0 {
		for _, s := range speakers {
			if s.from <= at && at <= s.to {
				sp = s.ref
			}
		}
	}
	if sp == nil && tokens[at].quoted {
		sp = a.quoteSpeaker
	}
	var out []*actorRef
	seen := map[string]bool{}
	add := func(r *actorRef) {
		if r != nil && !seen[r.key] {
			seen[r.key] = true
			out = append(out, r)
		}
	}
	subjects := stanceSubjects(tokens, first, at, mentions)
	for _, m := range subjects {
		ref := m.actor
		if m.kind == pronounMention && m.nationOf && sp != nil && sp.entry != nil {
			ref = sp // "Lithuania's president said his country would"
		} else if m.kind == pronounMention && sp != nil && sp.person != nil {
			ref = sp // "Trump said he will not send"
			if m.nationOf {
				ref = nil // "Fico said his government would not"
				if n := sp.nation(); n != nil {
					ref = entityRef(n)
				}
			}
		}
		add(ref)
		if sp != nil && ref != nil && (ref.key == sp.key || a.speaksFor(sp, ref)) {
			add(sp)
		}
	}
	if len(subjects) == 0 {
		add(sp)
		for _, c := range coSpeakers {
			add(c)
		}
	}
	if c.owners {
		for _, s := range senders(tokens, first, last, mentions) {
			// A bloc's troops ("a European force") belong to no one government.
			if s.ref.entry != nil && s.ref.entry.kind == model.Group {
				continue
			}
			if s.at >= at-senderReach && s.at <= at+senderReach {
				add(s.ref) // troops named near the at are the ones it is about
			}
		}
	}
	return out
}

// speaksFor reports whether a speaker states their own government's stance:
// the subject is the government their role names, or, when no role or
// lexicon says which country they serve, a government at all (a minister
// saying "Italy will not send troops" speaks for Italy).
func (a *analyzer) speaksFor(sp, subject *actorRef) bool {
	if subject.entry == nil {
		return false
	}
	if n := sp.nation(); n != nil {
		return subject.entry == n
	}
	if sp.person == nil || subject.entry.kind != model.Government {
		return false
	}
	for _, w := range strings.Fields(model.Fold(sp.person.role)) {
		if a.lex.roleHeads[w] {
			return true // an office of government, not, say, an analyst
		}
	}
	return false
}

// senderReach is how many tokens from a cue the troops it is about may be named.
const senderReach = 12

// skipGap walks back from token k over auxiliaries, adverbs and a short
// parenthetical (", by contrast,") to where a subject would end.
func skipGap(tokens []token, k, first int) int {
	for steps := 0; k >= first && steps < 8; steps++ {
		switch {
		case isGapWord(tokens[k]):
			k--
		case k-1 >= first && lexiconOnce().timeWords[tokens[k].fold] && (tokens[k-1].fold == "on" || tokens[k-1].fold == "last" || tokens[k-1].fold == "this" || tokens[k-1].fold == "in"):
			k -= 2 // "Macron on Tuesday repeated", "X last week said"
		case tokens[k].fold == ",":
			j := k - 1
			for j > first && j >= k-4 && tokens[j].word && !tokens[j].cap {
				j--
			}
			if j < k-1 && j >= first && tokens[j].fold == "," {
				k = j - 1 // ", by contrast,"
				continue
			}
			return k
		default:
			return k
		}
	}
	return k
}

// stanceSubjects finds the subject just before the cue, with any actors
// coordinated with it ("the UK and France will send").
func stanceSubjects(tokens []token, first, cue int, mentions []*mention) []*mention {
	endsAt := make(mentionIndex, len(tokens))
	for _, m := range mentions {
		if (m.actor != nil || m.kind == pronounMention) && !m.place && !m.sender {
			endsAt[m.last] = m
		}
	}
	k := skipGap(tokens, cue-1, first)
	m := endsAt.at(k)
	if k < first || m == nil || m.possessive || m.first < first {
		return nil
	}
	subjects := append([]*mention{m}, coordinated(tokens, m, endsAt)...)
	return subjects
}

// senders are the actors whose troops a clause is about: "U.S. troops",
// "troops from the UK, France and Italy", "on the part of the United States
// or NATO", "under NATO auspices".
type sender struct {
	ref *actorRef
	at  int // the token that names it
}

func senders(tokens []token, first, last int, mentions []*mention) []sender {
	startsAt := make(mentionIndex, len(tokens))
	var out []sender
	for _, m := range mentions {
		if m.actor == nil || m.first < first || m.last > last {
			continue
		}
		startsAt[m.first] = m
		if m.sender {
			out = append(out, sender{m.actor, m.first})
		}
		if m.kind == entityMention && m.last+1 <= last && (tokens[m.last+1].fold == "auspices" || tokens[m.last+1].fold == "flag" || tokens[m.last+1].fold == "command") && m.first > 0 && tokens[m.first-1].fold == "under" {
			out = append(out, sender{m.actor, m.first})
		}
	}
	list := func(k int) {
		for k <= last {
			m := startsAt.at(k)
			if m == nil && tokens[k].fold == "the" {
				k++
				continue
			}
			if m == nil {
				return
			}
			out = append(out, sender{m.actor, m.first})
			k = m.last + 1
			for k <= last && (tokens[k].fold == "," || tokens[k].fold == "and" || tokens[k].fold == "or") {
				k++
			}
		}
	}
	for k := first; k <= last; k++ {
		switch {
		case lexiconOnce().troopHeads[tokens[k].fold] && k+1 <= last && tokens[k+1].fold == "from":
			list(k + 2)
		case tokens[k].fold == "part" && k >= 2 && tokens[k-1].fold == "the" && tokens[k-2].fold == "on" && k+1 <= last && tokens[k+1].fold == "of":
			list(k + 2)
		}
	}
	return out
}
