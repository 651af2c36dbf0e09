package loader

import (
	"testing"

	"standpoint/model"
)

// TestPartiesAroundAName: a party is given its person's stance when a
// clause says it is theirs ("whose P party", "From P, X wrote") or a
// party office names it ("the secretary of the League").
func TestPartiesAroundAName(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nHanna Vogt, whose AfD party is second in the polls, said any deployment of troops would be \"madness\".",
			map[string]model.Stance{"Hanna Vogt": model.Opposes, "Alternative for Germany": model.Opposes}},
		{"Troops for Ukraine\n\nFrom the AfD, Hanna Vogt wrote that sending troops to Ukraine is \"madness\".",
			map[string]model.Stance{"Hanna Vogt": model.Opposes, "Alternative for Germany": model.Opposes}},
		{"Troops for Ukraine\n\nThe secretary of the League, Marco Bassi, said that sending soldiers to Ukraine would be \"madness\".",
			map[string]model.Stance{"Marco Bassi": model.Opposes, "League": model.Opposes}},
		{"Troops for Ukraine\n\nHanna Vogt, whose husband sits in the Bundestag, said any deployment of troops would be \"madness\".",
			map[string]model.Stance{"Hanna Vogt": model.Opposes}},
	})
}
