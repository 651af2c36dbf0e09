package model

import (
	"fmt"
	"slices"
	"strings"
)

// LeanOrder is the order in which leans are shown, by the app and the
// exports: the "for" side, the undecided and split between, the "against"
// side, then the actors with no position.
var LeanOrder = []Stance{Supports, Open, Undecided, Mixed, RulesOut, Opposes, None}

// LeanGroup is the actors (indexes into the corpus's actors) that lean one way,
// heaviest evidence first.
type LeanGroup struct {
	Lean   Stance
	Actors []int
}

// LeanGroups groups actors by lean in LeanOrder, leaving out empty groups.
func LeanGroups(actors []Actor, bds []Breakdown) []LeanGroup {
	var out []LeanGroup
	for _, lean := range LeanOrder {
		g := LeanGroup{Lean: lean}
		for i := range actors {
			if bds[i].Lean == lean {
				g.Actors = append(g.Actors, i)
			}
		}
		if len(g.Actors) == 0 {
			continue
		}
		SortByWeight(g.Actors, actors, bds)
		out = append(out, g)
	}
	return out
}

// SortByWeight orders actor indexes heaviest evidence first, then by folded
// name, so that equal weights keep a stable, readable order.
func SortByWeight(idx []int, actors []Actor, bds []Breakdown) {
	folded := make(map[int]string, len(idx)) // folded once, not at every comparison
	for _, i := range idx {
		folded[i] = Fold(actors[i].Name)
	}
	slices.SortStableFunc(idx, func(x, y int) int {
		switch {
		case bds[x].Heavier(&bds[y]):
			return -1
		case bds[y].Heavier(&bds[x]):
			return 1
		}
		return strings.Compare(folded[x], folded[y])
	})
}

// Plural is "1 article", "2 articles".
func Plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Words is the stance as it reads in a sentence about an actor.
func (s Stance) Words() string {
	switch s {
	case Open:
		return "open to it"
	case Mixed:
		return "split"
	case None:
		return "no position"
	}
	return strings.ToLower(s.Label())
}

// GroupLabel is the heading of the actors leaning to s.
func (s Stance) GroupLabel() string {
	switch s {
	case Mixed:
		return "Split, as much for as against"
	case None:
		return "No position (only named)"
	}
	return s.Label()
}

// Summary is the breakdown in words: "rules out in 103, supports in 34 (of
// 137 articles, 5 sources)", or "no position (named in 5 articles)".
func (b *Breakdown) Summary() string {
	if b.Articles == 0 {
		return fmt.Sprintf("no position (named in %s)", Plural(b.None, "article"))
	}
	type part struct {
		s Stance
		n int
	}
	var parts []part
	for _, s := range Stances[:len(Stances)-1] {
		if n := b.Count(s); n > 0 {
			parts = append(parts, part{s, n})
		}
	}
	slices.SortStableFunc(parts, func(x, y part) int { return y.n - x.n })
	var words []string
	for _, p := range parts {
		words = append(words, fmt.Sprintf("%s in %d", p.s.Words(), p.n))
	}
	extra := ""
	if b.Sources > 0 {
		extra = ", " + Plural(b.Sources, "source")
	}
	return fmt.Sprintf("%s (of %s%s)", strings.Join(words, ", "), Plural(b.Articles, "article"), extra)
}

// EvidenceFor is the first sentence that shows the actor holding stance s
// (for mixed, any stance but none; for none, the first sentence naming it),
// with its file.
func (a *Actor) EvidenceFor(s Stance) (Evidence, string, bool) {
	for _, p := range a.Positions {
		if p.Stance != s && !(s == Mixed && p.Stance != None) {
			continue
		}
		for _, e := range p.Evidence {
			if e.Stance == p.Stance {
				return e, p.File, true
			}
		}
	}
	return Evidence{}, "", false
}
