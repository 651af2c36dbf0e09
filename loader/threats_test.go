package loader

import (
	"testing"

	"standpoint/model"
)

// TestThreatWordings: troops "seen as an act of intervention"; a conflict
// "not probable but inevitable" is affirmed, not negated.
func TestThreatWordings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nKremlin spokesman Ivan Sokolov warned that any European troops in Ukraine would be seen as an act of \"intervention\".",
			map[string]model.Stance{"Ivan Sokolov": model.Opposes}},
		{"Troops for Ukraine\n\nKremlin spokesman Ivan Sokolov said that if NATO countries sent troops, conflict between Russia and the alliance would become not probable but \"inevitable\".",
			map[string]model.Stance{"Ivan Sokolov": model.Opposes}},
	})
}
