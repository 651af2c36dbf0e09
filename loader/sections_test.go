package loader

import (
	"testing"

	"standpoint/model"
)

// TestSectionLabelNamesItsCountry: a round-up's label ("GERMANY",
// "UNITED KINGDOM and FRANCE") names the country its section quotes: a
// leader's stance is their government's, a minister the article gives no
// country speaks for it; a party leader and a cue with no holder do not.
func TestSectionLabelNamesItsCountry(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine: where Europe stands\n\nGERMANY\n\nChancellor Friedrich Merz said sending troops was not on the agenda.\n\nITALY\n\nDefence Minister Marco Ferri ruled out sending soldiers.",
			map[string]model.Stance{"Germany": model.RulesOut, "Italy": model.RulesOut}},
		{"Troops for Ukraine: where Europe stands\n\nNEW ZEALAND\n\nACT leader David Sey said his party would not support sending troops.\n\nThe resistance to sending troops comes from the left.",
			map[string]model.Stance{"New Zealand": "-"}},
		{"Troops for Ukraine: where Europe stands\n\nUNITED KINGDOM and FRANCE\n\nPrime Minister Keir Starmer and President Emmanuel Macron have both pledged troops.",
			map[string]model.Stance{"United Kingdom": model.Supports, "France": model.Supports}},
		// "The president" under POLAND is not the French president of the section before.
		{"Troops for Ukraine: where Europe stands\n\nFRANCE\n\nPresident Emmanuel Macron backs sending troops.\n\nPOLAND\n\nThe president said he would not send troops.",
			map[string]model.Stance{"Emmanuel Macron": model.Supports}},
	})
}

// TestLabelsAreKept: lone labels are no sentences, but the structure keeps
// where they stand.
func TestLabelsAreKept(t *testing.T) {
	text := "Troops for Ukraine: where Europe stands\n\nGERMANY\n\nMerz spoke on Monday about it.\n"
	st := readStructure(text, lexiconOnce())
	if len(st.labels) != 1 || text[st.labels[0].Start:st.labels[0].End] != "GERMANY" {
		t.Fatalf("labels %v, want the one GERMANY", st.labels)
	}
	for _, s := range st.sentences {
		if text[s.Start:s.End] == "GERMANY" {
			t.Errorf("the label is a sentence too")
		}
	}
}

// TestLabelCountriesAreActors: a label's countries are named by the
// article, so they are its actors, with the label as the line that names
// them, even when their section says nothing of their stance.
func TestLabelCountriesAreActors(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine: where Europe stands\n\nLITHUANIA\n\nParents marched in Vilnius on Sunday.\n\nPORTUGAL\n\nPrime Minister Luís Montenegro ruled out sending soldiers.")
	if s, ok := got["Lithuania"]; !ok || s != model.None {
		t.Errorf("Lithuania: %q (present %v), want an actor with no position; all %v", s, ok, got)
	}
	if got["Portugal"] != model.RulesOut {
		t.Errorf("Portugal: %q, want rules_out; all %v", got["Portugal"], got)
	}
}
