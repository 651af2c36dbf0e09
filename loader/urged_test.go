package loader

import (
	"testing"

	"standpoint/model"
)

// What one says a government should not rule out is the speaker's
// openness, not the government's: "Berlin should not rule it out", said
// by an opposition MP.
func TestShouldNotRuleOutIsTheSpeakers(t *testing.T) {
	text := "Troops debate\n\nLeaders discussed sending ground troops to Ukraine on Monday. " +
		"\"Berlin should not rule it out before the talks have even started,\" said Anna Vogel, an opposition MP.\n"
	got := stancesUnder(t, "", text)
	checkWanted(t, got, map[string]model.Stance{"Anna Vogel": model.Open})
	if s := got["Germany"]; s == model.Open {
		t.Errorf("Germany: open, want it left to the speaker (all %v)", got)
	}
}
