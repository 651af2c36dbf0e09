package loader

import (
	"testing"

	"standpoint/model"
)

// TestInheritWithinASentence: "…, and Lithuania has signalled something
// similar" takes over the stance the sentence stated before, for the new
// subject; "to say so" after a stance gives its noun nothing.
func TestInheritWithinASentence(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Kristen Mets has said Estonia is ready to send a unit of company size, and Lithuania has signalled something similar.",
			map[string]model.Stance{"Estonia": model.Supports, "Lithuania": model.Supports}},
		{"Troops for Ukraine\n\nEstonia said it was prepared to send troops, one of the first smaller NATO members to say so openly.",
			map[string]model.Stance{"Estonia": model.Supports, "NATO": "-"}},
	})
}
