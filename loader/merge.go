package loader

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"standpoint/loader/stance"
	"standpoint/model"
)

// stancePriority breaks ties between stances of equal weight in one
// article: being against anyone's troops outweighs refusing one's own
// (it holds the refusal; an earlier session measured the other order
// better on fewer sets, -5, and 58 sets now say +15), and a hedge
// qualifies a pledge (an article that has a leader ready to send troops
// and, as often, only open to it reports openness).
var stancePriority = map[model.Stance]int{
	model.RulesOut: 4, model.Opposes: 5, model.Supports: 2, model.Open: 3, model.Undecided: 1,
}

// tieRank is stancePriority, but for a government refusing its own
// troops outweighs objecting to others': what a government says it will
// not do is its answer.
func tieRank(s model.Stance, government bool) int {
	if government && s == model.RulesOut {
		return stancePriority[model.Opposes] + 1
	}
	return stancePriority[s]
}

// judgesBacker reports evidence read from a judgement of someone who
// backs the proposal, not of the proposal itself (stance/topic.go).
func judgesBacker(e model.Evidence) bool {
	return e.Why != nil && strings.HasPrefix(e.Why.Topic, stance.BackerTopic)
}

// saidEarlier reports evidence read in a clause set in the past
// (pastAdverbial).
func saidEarlier(e model.Evidence) bool {
	return e.Why != nil && slices.ContainsFunc(e.Why.Steps, func(s string) bool { return strings.HasPrefix(s, pastStep) })
}

// mergedActor is one actor of one article, made ready for mergeActors.
type mergedActor struct {
	ref      *actorRef
	aliases  []string // the surfaces it was written as, tidied, each once
	position model.Position
}

// prepareMerge does the part of the merge that needs no other article, so
// that build can run it in the parallel pass.
func prepareMerge(r *articleResult) []mergedActor {
	actors := make([]mergedActor, len(r.actors))
	// One array for the article's aliases, each actor's once: first
	// counted, as an actor named 500,000 times has as many surfaces but a
	// handful of aliases.
	var seen []string
	distinct := func(s *sighting, fn func(string)) {
		seen = seen[:0]
		for _, alias := range s.surfaces {
			if alias = aliasOf(alias); alias != "" && !slices.Contains(seen, alias) {
				seen = append(seen, alias)
				fn(alias)
			}
		}
	}
	n := 0
	for _, s := range r.actors {
		distinct(s, func(string) { n += 2 })
	}
	aliases := make([]string, 0, n)
	for i, s := range r.actors {
		a := &actors[i]
		a.ref = s.ref
		start := len(aliases)
		distinct(s, func(alias string) {
			aliases = append(aliases, alias)
			// "the Greens" names them as "Greens" does: the article is no
			// part of the name, and a reader (or a gold file) may write it
			// without.
			if bare, ok := strings.CutPrefix(alias, "the "); ok && bare != "" && !slices.Contains(aliases[start:], bare) {
				aliases = append(aliases, bare)
			}
		})
		a.aliases = aliases[start:len(aliases):len(aliases)]
		a.position = position(r.article.File, s)
	}
	return actors
}

// aliasOf tidies a surface into an alias: spaces as in a name, and "The"
// lowercased (a sentence's capital is not part of the name).
func aliasOf(surface string) string {
	alias := surface
	if !tidySpaces(alias) {
		alias = strings.Join(strings.Fields(alias), " ")
	}
	if rest, ok := strings.CutPrefix(alias, "The "); ok {
		alias = "the " + rest
	}
	return alias
}

// tidySpaces reports whether s has its words apart by single plain spaces,
// with none at either end: what strings.Fields and Join would give back.
func tidySpaces(s string) bool {
	space := true // before the first word, a space would be one too many
	for _, r := range s {
		if unicode.IsSpace(r) {
			if space || r != ' ' {
				return false
			}
			space = true
		} else {
			space = false
		}
	}
	return !space || s == ""
}

// mergeActors makes one actor per real entity across the articles, with a
// position for every article that names it. articles are prepareMerge's
// results in the documents' order.
// An actor's overall stance is that of its positions on the first
// question (first): with several questions, Corpus.ForQuestion gives the
// others'.
func mergeActors(articles [][]mergedActor, first string) []model.Actor {
	type merged struct {
		stancing  int // positions with a stance
		positions int
		actor     model.Actor // its Name next to the counts: the sort reads all three
		ref       *actorRef
		aliases   []string // each once: an actor has only a few
	}
	byKey := map[string]*merged{}
	var order []*merged
	var of []*merged // the merged actor of each article's actor, in turn
	for _, actors := range articles {
		for _, s := range actors {
			m := byKey[s.ref.key]
			if m == nil {
				m = &merged{ref: s.ref}
				byKey[s.ref.key] = m
				order = append(order, m)
			}
			of = append(of, m)
			for _, alias := range s.aliases {
				if !slices.Contains(m.aliases, alias) {
					m.aliases = append(m.aliases, alias)
				}
			}
			if s.position.Stance != model.None {
				m.stancing++
			}
			m.positions++
		}
	}
	// The positions go into one array, each actor's share sized once,
	// rather than into slices that grow one by one.
	positions := make([]model.Position, len(of))
	for _, m := range order {
		m.actor.Positions, positions = positions[:0:m.positions], positions[m.positions:]
	}
	i := 0
	for k, actors := range articles {
		for _, s := range actors {
			m := of[i]
			m.actor.Positions = append(m.actor.Positions, s.position)
			i++
		}
		articles[k] = nil // its positions are copied: the article's share can go
	}
	ids := map[string]int{}
	var stances []model.Stance
	for _, m := range order {
		a := &m.actor
		a.Name, a.Kind, a.Role = describe(m.ref)
		if p := m.ref.person; p != nil && p.lexicon != "" && !slices.Contains(m.aliases, p.lexicon) {
			m.aliases = append(m.aliases, p.lexicon) // the usual spelling of a name written otherwise
		}
		a.Aliases = make([]string, 0, len(m.aliases))
		for _, alias := range m.aliases {
			if alias != a.Name {
				a.Aliases = append(a.Aliases, alias)
			}
		}
		sort.Strings(a.Aliases)
		stances = stances[:0]
		for _, p := range a.Positions {
			if p.Question == "" || p.Question == first {
				stances = append(stances, p.Stance)
			}
		}
		a.Stance = model.Overall(stances)
		// IDs go by first appearance, before the sort below.
		base := slug(a.Name)
		a.ID = base
		if n := ids[base]; n > 0 {
			a.ID = fmt.Sprintf("%s-%d", base, n+1)
		}
		ids[base]++
	}
	slices.SortStableFunc(order, func(x, y *merged) int {
		if x.stancing != y.stancing {
			return y.stancing - x.stancing
		}
		if x.positions != y.positions {
			return y.positions - x.positions
		}
		return strings.Compare(x.actor.Name, y.actor.Name)
	})
	actors := make([]model.Actor, len(order))
	for i, m := range order {
		actors[i] = m.actor
	}
	return actors
}

// position sums up an actor's sentences in one article: the stance most
// sentences state (ties to the firmer one), with every sentence as evidence,
// or none with the sentence that first names it.
func position(file string, s *sighting) model.Position {
	p := model.Position{File: file, Stance: model.None}
	counts := map[model.Stance]int{}
	// The evidence is kept in place, without repeats (same sentence and
	// stance priority): the sighting is not used again, and a copy of it was
	// most of the memory a file of one sentence repeated 280,000 times
	// needed. The analysis gives it in sentence order, so repeats sit in
	// runs of one start, told apart without a map.
	sorted := slices.IsSortedFunc(s.evidence, func(a, b model.Evidence) int { return cmp.Compare(a.Start, b.Start) })
	var seen map[[2]int]bool
	if !sorted {
		seen = map[[2]int]bool{}
	}
	var ownStanceAt map[int][]model.Stance // by sentence start, the stances read of the proposal itself, once any judgement of a backer needs them
	if slices.ContainsFunc(s.evidence, judgesBacker) {
		ownStanceAt = map[int][]model.Stance{}
		for _, e := range s.evidence {
			if e.Stance != model.None && !judgesBacker(e) {
				ownStanceAt[e.Start] = append(ownStanceAt[e.Start], e.Stance)
			}
		}
	}
	if s.ref.entry != nil && s.ref.entry.reporter {
		s.evidence = nil // "a Forsa poll found that they wanted …": the respondents', not the pollster's
	}
	// What a holder said months or years back ("who a year ago discarded
	// it") counts only where the article gives no stance of now.
	current := slices.ContainsFunc(s.evidence, func(e model.Evidence) bool { return e.Stance != model.None && !saidEarlier(e) })
	kept := s.evidence[:0]
	runStart, runFrom := -1, 0 // the current run of one start is kept[runFrom:]
	for i, e := range s.evidence {
		prio := stancePriority[e.Stance]
		if sorted {
			if e.Start != runStart {
				runStart, runFrom = e.Start, len(kept)
			}
			if slices.ContainsFunc(kept[runFrom:], func(k model.Evidence) bool { return stancePriority[k.Stance] == prio }) {
				continue
			}
		} else {
			key := [2]int{e.Start, prio}
			if seen[key] {
				continue
			}
			seen[key] = true
		}
		// A judgement of one who backs it ("accused Starmer of …") weighs
		// nothing beside the holder's own stance in the same sentence ("was
		// not against British troops …, but accused Starmer of …").
		if judgesBacker(e) && slices.ContainsFunc(ownStanceAt[e.Start], func(o model.Stance) bool { return o != e.Stance }) {
			kept = append(kept, e)
			continue
		}
		if current && saidEarlier(e) {
			kept = append(kept, e)
			continue
		}
		// A headline paraphrases: it weighs half a sentence of the body.
		if s.heading[i] {
			counts[e.Stance]++
		} else {
			counts[e.Stance] += 2
		}
		kept = append(kept, e)
	}
	s.evidence = nil
	if len(kept) > 0 {
		p.Evidence = kept
		if cap(kept) > len(kept)+len(kept)/4 {
			p.Evidence = slices.Clone(kept) // without the room the analysis' appends left
		}
	}
	government := s.ref.entry != nil && s.ref.entry.kind == model.Government
	for stance, n := range counts {
		if n > counts[p.Stance] || n == counts[p.Stance] && tieRank(stance, government) > tieRank(p.Stance, government) {
			p.Stance = stance
		}
	}
	if len(p.Evidence) == 0 && s.mention.End > 0 {
		p.Evidence = []model.Evidence{s.mention}
	}
	if p.Evidence == nil {
		p.Evidence = []model.Evidence{} // the contract has a list, never null
	}
	return p
}

// describe gives an actor's display name, kind and role.
func describe(ref *actorRef) (string, model.Kind, string) {
	if ref.entry != nil {
		return ref.entry.name, ref.entry.kind, ""
	}
	return ref.person.name, model.Person, ref.person.role
}

func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range model.Fold(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
