package loader

import (
	"testing"

	"standpoint/model"
)

// TestPlansJudgedByAVerb: "called the plan to send troops irresponsible"
// judges the plan; it was read as the speaker's own plan to send them.
func TestPlansJudgedByAVerb(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOpposition leader Erik Sand called the plan to send troops \"irresponsible\".",
			map[string]model.Stance{"Erik Sand": model.Opposes}},
		{"Troops for Ukraine\n\nOpposition leader Erik Sand described the whole proposal to deploy soldiers as reckless.",
			map[string]model.Stance{"Erik Sand": model.Opposes}},
		{"Troops for Ukraine\n\nPrime Minister Erik Sand announced a plan to send troops in the spring.",
			map[string]model.Stance{"Erik Sand": model.Supports}},
	})
}
