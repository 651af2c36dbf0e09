package model

import (
	"cmp"
	"slices"
)

// InDateOrder returns the actor's positions sorted by their articles' dates,
// oldest first; positions without a date come last, in file order. Dates
// are ISO 8601, so they sort as strings.
func (a *Actor) InDateOrder() []Position {
	ps := slices.Clone(a.Positions)
	slices.SortStableFunc(ps, func(x, y Position) int {
		switch {
		case x.Date == y.Date:
			return 0
		case x.Date == "":
			return 1
		case y.Date == "":
			return -1
		}
		return cmp.Compare(x.Date, y.Date)
	})
	return ps
}

// stated are the dated positions that take a stance, in date order: the
// ones a timeline can place.
func (a *Actor) stated() []Position {
	var out []Position
	for _, p := range a.InDateOrder() {
		if p.Date != "" && p.Stance != None {
			out = append(out, p)
		}
	}
	return out
}

// FirstPosition is the actor's earliest dated position that takes a stance.
func (a *Actor) FirstPosition() (Position, bool) {
	ps := a.stated()
	if len(ps) == 0 {
		return Position{}, false
	}
	return ps[0], true
}

// LatestPosition is the actor's most recent dated position that takes a stance.
func (a *Actor) LatestPosition() (Position, bool) {
	ps := a.stated()
	if len(ps) == 0 {
		return Position{}, false
	}
	return ps[len(ps)-1], true
}

// Change is a move from one stance to another between two dated articles.
type Change struct {
	From, To Position
}

// Changes lists the actor's changes of stance in date order: each dated
// position whose stance differs from the one before it. Articles of the
// same day that disagree count as changes too, in file order.
func (a *Actor) Changes() []Change {
	var out []Change
	ps := a.stated()
	for i := 1; i < len(ps); i++ {
		if ps[i].Stance != ps[i-1].Stance {
			out = append(out, Change{From: ps[i-1], To: ps[i]})
		}
	}
	return out
}

// OutletsByStance returns, for each stance the actor takes, the distinct
// outlets whose articles report it, sorted; articles without an outlet are
// not counted. A stance reported by one outlet only is a weaker fact.
func (a *Actor) OutletsByStance() map[Stance][]string {
	out := map[Stance][]string{}
	for _, p := range a.Positions {
		if p.Stance == None || p.Outlet == "" {
			continue
		}
		if !slices.Contains(out[p.Stance], p.Outlet) {
			out[p.Stance] = append(out[p.Stance], p.Outlet)
		}
	}
	for _, outlets := range out {
		slices.Sort(outlets)
	}
	return out
}

// StanceRun is a stretch of dated positions with one stance: the stance and
// the date it was first reported.
type StanceRun struct {
	Stance Stance
	Since  string // ISO 8601
}

// Runs returns the actor's stance over time: its first dated stance, then
// one entry for each change, so "open in Feb 2024, rules out in Aug 2025"
// is two runs.
func (a *Actor) Runs() []StanceRun {
	first, ok := a.FirstPosition()
	if !ok {
		return nil
	}
	runs := []StanceRun{{first.Stance, first.Date}}
	for _, ch := range a.Changes() {
		runs = append(runs, StanceRun{ch.To.Stance, ch.To.Date})
	}
	return runs
}
