package model

import (
	"cmp"
	"slices"
	"strings"
)

// Side is which half of the debate a stance or an actor's lean is on.
type Side string

const (
	For     Side = "for"     // supports or open
	Against Side = "against" // rules out or opposes
	Between Side = "between" // undecided, or for and against equally
	NoSide  Side = "none"    // no position at all
)

// SideOf is the side a stance belongs to.
func SideOf(s Stance) Side {
	switch s {
	case Supports, Open:
		return For
	case RulesOut, Opposes:
		return Against
	case Undecided, Mixed:
		return Between
	}
	return NoSide
}

// Breakdown is an actor's positions counted by stance (one count per article),
// with where the actor leans, how much evidence backs it and whether its
// position really changed. The app and both exports read the same values.
type Breakdown struct {
	Supports  int `json:"supports"`
	Open      int `json:"open"`
	Undecided int `json:"undecided"`
	RulesOut  int `json:"rules_out"`
	Opposes   int `json:"opposes"`
	None      int `json:"none"` // articles that only name the actor

	Articles int    `json:"articles"` // articles with a position (not none)
	Sources  int    `json:"sources"`  // distinct outlets (else named sources) of those articles
	Lean     Stance `json:"lean"`     // the stance it leans to; mixed when for and against tie; none
	Side     Side   `json:"side"`
	Change   *Shift `json:"change"` // nil unless the position changed side once and stayed
}

// Shift is a change of side: every article up to File's was on From's side,
// every one from it on To's.
type Shift struct {
	From Stance `json:"from"`
	To   Stance `json:"to"`
	File string `json:"file"` // the first article of the new position
}

// Count is the number of articles with stance s.
func (b *Breakdown) Count(s Stance) int {
	switch s {
	case Supports:
		return b.Supports
	case Open:
		return b.Open
	case Undecided:
		return b.Undecided
	case RulesOut:
		return b.RulesOut
	case Opposes:
		return b.Opposes
	case None:
		return b.None
	}
	return 0
}

func (b *Breakdown) add(s Stance) {
	switch s {
	case Supports:
		b.Supports++
	case Open:
		b.Open++
	case Undecided:
		b.Undecided++
	case RulesOut:
		b.RulesOut++
	case Opposes:
		b.Opposes++
	default:
		b.None++
	}
}

// Heavier reports whether b carries more evidence than o: more articles
// with a position, then more distinct sources.
func (b *Breakdown) Heavier(o *Breakdown) bool {
	if b.Articles != o.Articles {
		return b.Articles > o.Articles
	}
	return b.Sources > o.Sources
}

// Breakdowns computes every actor's breakdown, parallel to c.Actors.
// Positions are taken in the corpus's article order (files sorted), or in
// date order when all of an actor's articles are dated: the order a change
// of position is read in.
//
// With several questions read, a breakdown answers the corpus's Question
// (the first, as Actor.Stance does, or the one ForQuestion kept): positions
// on the others are not counted.
func Breakdowns(c *Corpus) []Breakdown {
	order := make(map[string]int, len(c.Articles))
	for i, a := range c.Articles {
		order[a.File] = i
	}
	question := c.answered()
	out := make([]Breakdown, len(c.Actors))
	for i := range c.Actors {
		out[i] = breakdownOf(&c.Actors[i], c.Articles, order, question)
	}
	return out
}

// answered is the id of the question c.Question is, when several were
// read; "" with one (positions then name none).
func (c *Corpus) answered() string {
	if len(c.Questions) < 2 {
		return ""
	}
	for _, q := range c.Questions {
		if q.Text == c.Question {
			return q.ID
		}
	}
	return c.Questions[0].ID
}

func breakdownOf(a *Actor, articles []Article, order map[string]int, question string) Breakdown {
	var b Breakdown
	type step struct {
		at     int
		date   string
		stance Stance
		file   string
	}
	var steps []step
	var sources []string
	for _, p := range a.Positions {
		if question != "" && p.Question != "" && p.Question != question {
			continue
		}
		b.add(p.Stance)
		if SideOf(p.Stance) == NoSide {
			continue
		}
		b.Articles++
		at, ok := order[p.File]
		if !ok {
			at = len(articles) // unknown files last, in the actor's order
		} else if src := cmp.Or(articles[at].Outlet, articles[at].Source); src != "" && !slices.Contains(sources, src) {
			sources = append(sources, src)
		}
		date := ""
		if at < len(articles) {
			date = articles[at].Date
		}
		steps = append(steps, step{at, date, p.Stance, p.File})
	}
	b.Sources = len(sources)

	// A change is a clean split: at least minRun articles on one side, then
	// at least minRun on another, never back. Noise that flips to and fro,
	// or one article's say-so, is not a change.
	const minRun = 2
	slices.SortStableFunc(steps, func(x, y step) int { return x.at - y.at })
	// When every article of it is dated, a change is read in date order:
	// files need not be named in the order they were published.
	if !slices.ContainsFunc(steps, func(s step) bool { return s.date == "" }) {
		slices.SortStableFunc(steps, func(x, y step) int { return strings.Compare(x.date, y.date) })
	}
	stance := func(s step) Stance { return s.stance }
	for k := 1; k < len(steps); k++ {
		if SideOf(steps[k].stance) == SideOf(steps[k-1].stance) {
			continue
		}
		if k >= minRun && len(steps)-k >= minRun && uniformSide(steps[:k], stance) && uniformSide(steps[k:], stance) {
			b.Change = &Shift{From: steps[k-1].stance, To: steps[k].stance, File: steps[k].file}
			// It leans where it now stands.
			var now Breakdown
			for _, s := range steps[k:] {
				now.add(s.stance)
				now.Articles++
			}
			b.Lean, b.Side = lean(&now)
			return b
		}
		break
	}
	b.Lean, b.Side = lean(&b)
	return b
}

// uniformSide reports whether every element's stance is on one side.
func uniformSide[T any](xs []T, stance func(T) Stance) bool {
	for _, x := range xs[1:] {
		if SideOf(stance(x)) != SideOf(stance(xs[0])) {
			return false
		}
	}
	return true
}

// lean is the side with the most articles (for and against tying: split,
// shown as mixed) and within it the commoner stance, the milder on a tie.
func lean(b *Breakdown) (Stance, Side) {
	forN, againstN := b.Supports+b.Open, b.RulesOut+b.Opposes
	switch {
	case b.Articles == 0:
		return None, NoSide
	case forN > againstN && forN >= b.Undecided:
		if b.Supports > b.Open {
			return Supports, For
		}
		return Open, For
	case againstN > forN && againstN >= b.Undecided:
		if b.Opposes > b.RulesOut {
			return Opposes, Against
		}
		return RulesOut, Against
	case forN == againstN && forN >= b.Undecided:
		return Mixed, Between
	}
	return Undecided, Between
}

// Sentences is the position's evidence with each sentence once: when the
// loader gave one sentence two stances, the one that agrees with the
// position is kept.
func (p *Position) Sentences() []Evidence {
	out := make([]Evidence, 0, len(p.Evidence))
	for _, e := range p.Evidence {
		i := slices.IndexFunc(out, func(o Evidence) bool { return o.Start == e.Start && o.End == e.End })
		switch {
		case i < 0:
			out = append(out, e)
		case out[i].Stance != p.Stance && e.Stance == p.Stance:
			out[i] = e
		}
	}
	return out
}
