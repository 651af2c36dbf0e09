package loader

import (
	"strings"
	"testing"
	"testing/fstest"

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

// TestAmongJoinedAndFollowed: "X is one of the few that have ruled out",
// "X is not among the countries ready to", "X joined Y and Z in offering"
// and "X followed Y's lead" name their holders; cards kept close to the
// chest leave it unsettled.
func TestAmongJoinedAndFollowed(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nGreece is one of the few that have ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Greece": model.RulesOut}},
		{"Troops for Ukraine\n\nPortugal is not among the countries ready to send soldiers to Ukraine.",
			map[string]model.Stance{"Portugal": model.RulesOut}},
		{"Troops for Ukraine\n\nBelgium joined France and Britain in offering troops for Ukraine.",
			map[string]model.Stance{"Belgium": model.Supports, "France": model.Supports, "United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nBritain has offered troops for Ukraine. Norway followed Britain's lead. Finland kept its cards close to its chest.",
			map[string]model.Stance{"Norway": model.Supports, "Finland": model.Undecided}},
	})
}

// TestTranslatedSideAndSameOpinion: "the French side" is France's
// government; "is of the same opinion" takes up the stance just stated.
func TestTranslatedSideAndSameOpinion(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe French side has confirmed its readiness to send units to Ukraine.",
			map[string]model.Stance{"France": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Jan Kowal said Poland will not send soldiers to Ukraine. President Adam Nowicki is of the same opinion.",
			map[string]model.Stance{"Adam Nowicki": model.RulesOut}},
	})
}

// TestNotTopicalAndThrownOff: "not topical", "not relevant at all" refuse
// it; a question that "does not arise today" is unsettled (not one that
// does not arise for a neutral country); "no option should be thrown off
// the table" is open; leading NATO is no act on the proposal.
func TestNotTopicalAndThrownOff(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOn troops for Ukraine, Prime Minister Aino Laine said the matter \"is not topical\".",
			map[string]model.Stance{"Aino Laine": model.RulesOut}},
		{"Troops for Ukraine\n\nOn troops for Ukraine, Prime Minister Jan Peeters said the question \"does not arise today\".",
			map[string]model.Stance{"Jan Peeters": model.Undecided}},
		{"Troops for Ukraine\n\nForeign Minister Rasa Zukaite says no option should be thrown off the table on troops for Ukraine.",
			map[string]model.Stance{"Rasa Zukaite": model.Open}},
		{"Troops for Ukraine\n\nLeaders discussed troops for Ukraine. Ruben Kok, the frontrunner to lead NATO, spoke to reporters.",
			map[string]model.Stance{"Ruben Kok": model.None}},
	})
}

// TestNotOneFromAnyAndNoSuchTask: "not one soldier from any NATO country"
// objects to anyone's troops; "has no such task" and "nothing like this
// is on table" (a translation's dropped article) refuse it.
func TestNotOneFromAnyAndNoSuchTask(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"Not one Czech soldier and not one soldier from any NATO country has to go to Ukraine,\" said party leader Ivo Blaha.",
			map[string]model.Stance{"Ivo Blaha": model.Opposes}},
		{"Troops for Ukraine\n\nOn troops for Ukraine, \"nothing like this is on table of the ministry and the army has no such task,\" Defence Minister Eva Novotna said.",
			map[string]model.Stance{"Eva Novotna": model.RulesOut}},
	})
}

// TestDashVerdicts: "Poland — for sending troops", "Hungary – against
// any deployment" and "Denmark — in favour" after a dash; "Spain — for
// clarity" is no verdict.
func TestDashVerdicts(t *testing.T) {
	text := "Who would send troops?\n\nTroops for Ukraine: where each capital stands.\n\n" +
		"Poland — for sending troops, once a ceasefire holds.\n\nHungary – against any deployment.\n\n" +
		"Denmark — in favour.\n\nSpain — for clarity first.\n"
	checkCases(t, nil, []stanceCase{{text, map[string]model.Stance{
		"Poland": model.Supports, "Hungary": model.Opposes, "Denmark": model.Supports, "Spain": model.None}}})
}

// TestHeadingInCapitalsNamesNoBody: "THE WILLING, WITH CONDITIONS" is a
// heading, not a body named "WILLING", and "its" after it is the
// country the line opens with.
func TestHeadingInCapitalsNamesNoBody(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte("Troops for Ukraine\n\nTHE WILLING, WITH CONDITIONS\n\n" +
		"Belgium: its defence minister Jan Peeters says Belgian troops would go to Ukraine.\n")}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Actors {
		if strings.EqualFold(a.Name, "willing") {
			t.Errorf("a heading's word became an actor: %+v", a)
		}
	}
}
