package loader

// How one article's evidence for an actor makes its stance there.

import (
	"testing"

	"standpoint/model"
)

// A government that says it will not send its own troops and, as often,
// objects to others sending theirs in as many words holds the refusal:
// what it says it will not do is its answer. A person keeps the objection.
func TestGovernmentRefusalOutweighsObjection(t *testing.T) {
	got := stancesOf(t, troopsLead+"Prime Minister Andrej Plenkovic said Croatia \"will not send soldiers onto Ukrainian territory\". "+
		"Croatia also warned that sending European troops into Ukraine would be a dangerous escalation.\n")
	if got["Croatia"] != model.RulesOut {
		t.Errorf("Croatia: %s, want rules_out (all %v)", got["Croatia"], got)
	}
}

// TestEarlierStanceGivesWay: what a holder said months or years back
// counts only where the article gives no stance of now.
func TestEarlierStanceGivesWay(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Pedro Ruiz, who a year ago ruled out sending troops to Ukraine, said on Tuesday that Spanish soldiers could take part in a mission after a ceasefire.",
			map[string]model.Stance{"Pedro Ruiz": model.Supports, "Spain": model.Supports}},
		{"Troops for Ukraine\n\nTwo years ago Prime Minister Pedro Ruiz ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Pedro Ruiz": model.RulesOut}},
	})
}

// TestEarlierStanceInARelativeClause: "which a decade ago would have sided
// with the sceptics" gives way to what the country says now.
func TestEarlierStanceInARelativeClause(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSweden, which a decade ago would have reliably sided with the sceptics of troops, now counts among the clearest supporters of sending troops to Ukraine.",
			map[string]model.Stance{"Sweden": model.Supports}},
	})
}
