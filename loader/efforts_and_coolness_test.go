package loader

import (
	"testing"

	"standpoint/model"
)

// TestLeadingEffortsTowardsIt: leading the work towards the proposal, or
// assembling it, is wanting it done; a plain push for something else is not.
func TestLeadingEffortsTowardsIt(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nLeaders met to discuss a reassurance force for Ukraine. Britain and France are leading efforts to assemble the force.",
			map[string]model.Stance{"United Kingdom": model.Supports, "France": model.Supports}},
		{"Troops for Ukraine\n\nItaly is helping to muster a multinational force for Ukraine.",
			map[string]model.Stance{"Italy": model.Supports}},
		{"Troops for Ukraine\n\nSpain is leading the push for a ceasefire.",
			map[string]model.Stance{"Spain": model.None}},
	})
}

// TestCoolnessAndDoubt: cooling on it and being unconvinced leave it
// unsettled; "a step too far" objects to it.
func TestCoolnessAndDoubt(t *testing.T) {
	q := currencyQuestion
	got := stancesUnder(t, q, "Currency debate\n\nFinance Minister Ana Berg has cooled on the idea of the common currency. "+
		"Senator Ivo Kask remains unconvinced by the case for the currency union. "+
		"Party leader Tom Vik said the common currency was a step too far. "+
		"Opposition leader Lea Moss is not convinced of the need for the common currency.\n")
	checkWanted(t, got, map[string]model.Stance{"Ana Berg": model.Undecided, "Ivo Kask": model.Undecided, "Tom Vik": model.Opposes, "Lea Moss": model.Undecided})
}
