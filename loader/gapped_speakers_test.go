package loader

import (
	"testing"

	"standpoint/model"
)

// TestGappedVerbOfSaying: ", and Starmer that …" leaves the verb of
// saying out; what follows is Starmer's. "told Macron and Starmer that"
// is what they were told.
func TestGappedVerbOfSaying(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Emmanuel Macron keeps repeating that a reassurance force is needed, and Prime Minister Keir Starmer that British soldiers are ready.",
			map[string]model.Stance{"Emmanuel Macron": model.Supports, "Keir Starmer": model.Supports}},
		{"Troops for Ukraine\n\nTaoiseach Micheál Martin said he had told Macron and Starmer that Irish participation in a force would depend on the legislation.",
			map[string]model.Stance{"Micheál Martin": model.Open, "Keir Starmer": "-"}},
	})
}
