package loader

import (
	"testing"

	"standpoint/model"
)

// TestVerdictLabels: an analysis's "Sweden: open, with conditions." gives
// the named one the verdict, unless the article gives it a stance of its
// own; a headline's "Russia: troops would be targets" is no verdict.
func TestVerdictLabels(t *testing.T) {
	text := "Who would send troops?\n\nTroops for Ukraine: where each capital stands.\n\n" +
		"Sweden: open, with conditions.\n\nDenmark: yes.\n\nHungary: firmly against.\n\n" +
		"Italy: yes. Prime Minister Giulia Conti has said Italian troops will not go to Ukraine.\n\n" +
		"Portugal: we will see.\n"
	checkCases(t, nil, []stanceCase{{text, map[string]model.Stance{
		"Sweden": model.Open, "Denmark": model.Supports, "Hungary": model.Opposes, "Italy": model.RulesOut, "Portugal": model.None}}})
}
