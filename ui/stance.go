package ui

import "standpoint/model"

// allStances is every stance the app can show, matrix order first.
func allStances() []model.Stance {
	return []model.Stance{model.Supports, model.Open, model.Undecided, model.RulesOut, model.Opposes, model.Mixed, model.None}
}

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
	switch s {
	case model.Supports:
		return 0
	case model.Open:
		return 1
	case model.Undecided:
		return 2
	case model.RulesOut:
		return 3
	case model.Opposes:
		return 4
	case model.Mixed:
		return 5
	}
	return 6
}

// stanceCounts counts positions by stance, indexed by stanceSlot.
type stanceCounts [7]int
