package loader

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"standpoint/model"
)

// stancePriority breaks ties between stances of equal weight in one
// article: a firm statement outweighs a hedge.
var stancePriority = map[model.Stance]int{
	model.RulesOut: 5, model.Opposes: 4, model.Supports: 3, model.Open: 2, model.Undecided: 1,
}

// mergeActors makes one actor per real entity across the articles, with a
// position for every article that names it.
func mergeActors(results []articleResult) []model.Actor {
	type merged struct {
		actor    model.Actor
		ref      *actorRef
		aliases  map[string]bool
		stancing int
	}
	byKey := map[string]*merged{}
	var order []*merged
	for _, r := range results {
		for _, s := range r.actors {
			m := byKey[s.ref.key]
			if m == nil {
				m = &merged{ref: s.ref, aliases: map[string]bool{}}
				byKey[s.ref.key] = m
				order = append(order, m)
			}
			for _, alias := range s.surfaces {
				alias = strings.Join(strings.Fields(alias), " ")
				if rest, ok := strings.CutPrefix(alias, "The "); ok {
					alias = "the " + rest // a sentence's capital is not part of the name
				}
				if alias != "" {
					m.aliases[alias] = true
				}
			}
			pos := position(r.article.File, s)
			if pos.Stance != model.None {
				m.stancing++
			}
			m.actor.Positions = append(m.actor.Positions, pos)
		}
	}
	actors := make([]model.Actor, 0, len(order))
	ids := map[string]int{}
	for _, m := range order {
		a := m.actor
		a.Name, a.Kind, a.Role = describe(m.ref)
		if p := m.ref.person; p != nil && p.lexicon != "" {
			m.aliases[p.lexicon] = true // the usual spelling of a name written otherwise
		}
		delete(m.aliases, a.Name)
		a.Aliases = make([]string, 0, len(m.aliases))
		for alias := range m.aliases {
			a.Aliases = append(a.Aliases, alias)
		}
		sort.Strings(a.Aliases)
		stances := make([]model.Stance, len(a.Positions))
		for i, p := range a.Positions {
			stances[i] = p.Stance
		}
		a.Stance = model.Overall(stances)
		a.ID = slug(a.Name)
		if n := ids[a.ID]; n > 0 {
			a.ID = fmt.Sprintf("%s-%d", a.ID, n+1)
		}
		ids[slug(a.Name)]++
		actors = append(actors, a)
	}
	sort.SliceStable(actors, func(i, j int) bool {
		si, sj := stancingCount(actors[i]), stancingCount(actors[j])
		if si != sj {
			return si > sj
		}
		if len(actors[i].Positions) != len(actors[j].Positions) {
			return len(actors[i].Positions) > len(actors[j].Positions)
		}
		return actors[i].Name < actors[j].Name
	})
	return actors
}

func stancingCount(a model.Actor) int {
	n := 0
	for _, p := range a.Positions {
		if p.Stance != model.None {
			n++
		}
	}
	return n
}

// position sums up an actor's sentences in one article: the stance most
// sentences state (ties to the firmer one), with every sentence as evidence,
// or none with the sentence that first names it.
func position(file string, s *sighting) model.Position {
	p := model.Position{File: file, Stance: model.None}
	counts := map[model.Stance]int{}
	seen := map[[2]int]bool{}
	for i, e := range s.evidence {
		key := [2]int{e.Start, int(stancePriority[e.Stance])}
		if seen[key] {
			continue
		}
		seen[key] = true
		// A headline paraphrases: it weighs half a sentence of the body.
		if s.heading[i] {
			counts[e.Stance]++
		} else {
			counts[e.Stance] += 2
		}
		p.Evidence = append(p.Evidence, e)
	}
	for stance, n := range counts {
		if n > counts[p.Stance] || n == counts[p.Stance] && stancePriority[stance] > stancePriority[p.Stance] {
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
