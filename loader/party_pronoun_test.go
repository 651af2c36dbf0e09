package loader

import (
	"testing"

	"standpoint/model"
)

// TestHerPartyIsTheSpeakersParty: "her party" stands for the party the
// speaker's role names, and the speaker holds it too; with no party known
// it is the speaker alone. A party's name before "parliamentary group
// leader" or "group leader" is the role's.
func TestHerPartyIsTheSpeakersParty(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nGreens parliamentary group leader Katrin Vogt said her party supports a reassurance force.",
			map[string]model.Stance{"Katrin Vogt": model.Supports, "The Greens": model.Supports}},
		{"Troops for Ukraine\n\nThe Left Party's Hanna Roth said her party opposes a reassurance force.",
			map[string]model.Stance{"Hanna Roth": model.Opposes}},
		{"Troops for Ukraine\n\nSPD group leader Jan Brandt said his party would examine any request for a reassurance force carefully.",
			map[string]model.Stance{"Jan Brandt": model.Open, "Social Democratic Party of Germany": model.Open}},
	})
}
