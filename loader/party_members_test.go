package loader

import (
	"testing"

	"standpoint/model"
)

// TestPartyMembers: a party's adjective in a role ("Liberal Democrat
// leader") and "X, who chairs the P group" say whose party the speaker's
// is, so the speaker holds what they say their party will do, and the
// party what its leader says.
func TestPartyMembers(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nLiberal Democrat leader Anna Holt says the Liberal Democrats would back sending British troops to Ukraine.",
			map[string]model.Stance{"Anna Holt": model.Supports, "Liberal Democrats": model.Supports}},
		{"Troops for Ukraine\n\nMarie Dubois, who chairs the Renew Europe group, said her group backed sending a European force to Ukraine.",
			map[string]model.Stance{"Marie Dubois": model.Supports, "Renew Europe": model.Supports}},
	})
}
