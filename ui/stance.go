package ui

import (
	"slices"

	"standpoint/model"
)

// stanceOrder is every stance the app can show: the model's, with Mixed
// before None. It is the order of the columns and of the count slots.
var stanceOrder = slices.Insert(slices.Clone(model.Stances), len(model.Stances)-1, model.Mixed)

// glyph marks a stance so that it reads without colour. All are one cell wide
// (no emoji presentation) so that columns line up.
func glyph(s model.Stance) string {
	switch s {
	case model.Supports:
		return "▲"
	case model.Open:
		return "◐"
	case model.Undecided:
		return "?"
	case model.RulesOut:
		return "■"
	case model.Opposes:
		return "▼"
	case model.Mixed:
		return "±"
	}
	return "·"
}

// stanceSlot is a stance's place in fixed-size count arrays.
func stanceSlot(s model.Stance) int {
	if i := slices.Index(stanceOrder, s); i >= 0 {
		return i
	}
	return len(stanceOrder) - 1 // an unknown stance counts as none
}

// stanceCounts counts positions by stance, indexed by stanceSlot.
type stanceCounts [7]int
