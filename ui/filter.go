package ui

import (
	"strings"

	"standpoint/model"
)

// actorFilter is what the Actors list, the matrix and the grid show: the
// same filters and order for all three, set with the filter keys from any
// pane.
type actorFilter struct {
	lean         model.Stance // "" for any; else only actors leaning so
	kind         model.Kind   // "" for any
	withPosition bool         // hide actors with no position
	byName       bool         // order by name instead of weight of evidence
}

// filterLeans and filterKinds are what the filter keys cycle through.
var (
	filterLeans = append([]model.Stance{""}, model.LeanOrder...)
	filterKinds = []model.Kind{"", model.Person, model.Government, model.Organisation, model.Group}
)

func (f actorFilter) active() bool { return f.lean != "" || f.kind != "" || f.withPosition }

func (f actorFilter) keep(ix *corpusIndex, a int) bool {
	bd := &ix.breakdowns[a]
	return (f.lean == "" || bd.Lean == f.lean) &&
		(f.kind == "" || ix.corpus.Actors[a].Kind == f.kind) &&
		(!f.withPosition || bd.Articles > 0)
}

// order is every actor in the filter's order, before filtering.
func (f actorFilter) order(ix *corpusIndex) []int {
	if f.byName {
		return ix.byName
	}
	return ix.byWeight
}

// apply lists the actors that pass, in order; hits, when not nil, is the
// search's result and narrows the list to it (keeping the filter's order).
func (f actorFilter) apply(ix *corpusIndex, hits []actorMatch) []int {
	var in []bool
	if hits != nil {
		in = make([]bool, len(ix.names))
		for _, h := range hits {
			in[h.actor] = true
		}
	}
	out := make([]int, 0, len(ix.names))
	for _, a := range f.order(ix) {
		if (in == nil || in[a]) && f.keep(ix, a) {
			out = append(out, a)
		}
	}
	return out
}

// describe is the filter in words for the status line ("" when none).
func (f actorFilter) describe() string {
	var parts []string
	if f.lean != "" {
		parts = append(parts, glyph(f.lean)+" "+strings.ToLower(leanLabel(f.lean)))
	}
	if f.kind != "" {
		parts = append(parts, kindPlural(f.kind))
	}
	if f.withPosition {
		parts = append(parts, "with a position")
	}
	if f.byName {
		parts = append(parts, "by name")
	}
	return strings.Join(parts, ", ")
}

// leanLabel names a lean as a matrix heading: Mixed is a split, None no position.
func leanLabel(s model.Stance) string {
	switch s {
	case model.Mixed:
		return "Split"
	case model.None:
		return "No position"
	}
	return s.Label()
}

func kindPlural(k model.Kind) string {
	switch k {
	case model.Person:
		return "people"
	case model.Government:
		return "governments"
	case model.Organisation:
		return "organisations"
	case model.Group:
		return "groups"
	}
	return string(k)
}

// cycle returns the element after cur in xs, wrapping around.
func cycle[T comparable](xs []T, cur T) T {
	for i, x := range xs {
		if x == cur {
			return xs[(i+1)%len(xs)]
		}
	}
	return xs[0]
}
