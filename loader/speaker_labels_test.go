package loader

import (
	"testing"

	"standpoint/model"
)

// TestSpeakerLabelsAndAsides: a live blog's "LIVE:" is no speaker; a
// relative clause after a speaker's age names no speaker ("Dave Hill,
// 58, who served in Afghanistan, said:"); a gazetteer's one-word name
// that closes a longer body's name is that body's ("the Recruitment and
// Employment Confederation").
func TestSpeakerLabelsAndAsides(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nLIVE: MPs will vote before any British troops go to Ukraine, Starmer says",
			map[string]model.Stance{"Keir Starmer": model.Supports, "Live": "-"}},
		{"Troops for Ukraine\n\nFormer soldier Dave Hill, 58, who served two tours of Afghanistan, said: \"No British soldier should go to Ukraine.\"",
			map[string]model.Stance{"Dave Hill": model.Opposes, "Afghanistan": "-"}},
	})
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Anna Berg, chief executive of the Hiring and Staffing Confederation, said the national ID card was a sensible reform.\n"
	got := stancesUnder(t, idCardQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Hiring and Staffing Confederation": model.Supports})
	if s, ok := got["Confederation"]; ok {
		t.Errorf("the Polish party Confederation is an actor here (%s): %v", s, got)
	}
}
