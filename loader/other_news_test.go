package loader

import (
	"testing"

	"standpoint/model"
)

// TestOtherNewsParagraph: a paragraph that opens "Separately," is about
// other news: its "it" does not point back to the proposal, nor does the
// article's topic reach it.
func TestOtherNewsParagraph(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nBritain will send troops to Ukraine, Prime Minister Tom Vale said.\n\nSeparately, Prime Minister Ida Holm of Denmark hit back at talk of buying Greenland. \"We will not discuss it through the newspapers,\" she said.",
			map[string]model.Stance{"Tom Vale": model.Supports, "Ida Holm": model.None}},
		{"Troops for Ukraine\n\nBritain will send troops to Ukraine, Prime Minister Tom Vale said.\n\n\"We will not discuss it through the newspapers,\" Prime Minister Ida Holm of Denmark said.",
			map[string]model.Stance{"Ida Holm": model.RulesOut}},
	})
}

// TestAnyonesAsking: what "anyone" does is no one's stance, and not the
// speaker's.
func TestAnyonesAsking(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"Before anyone asks us to send British soldiers to Ukraine, the government has to tell us how many,\" opposition leader Kay Moor said.",
			map[string]model.Stance{"Kay Moor": model.None}},
		{"Troops for Ukraine\n\n\"Anyone who sends troops to Ukraine will be a target,\" Foreign Minister Igor Lavin said.",
			map[string]model.Stance{"Igor Lavin": model.Opposes}},
	})
}
