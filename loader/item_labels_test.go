package loader

import (
	"testing"
	"testing/fstest"

	"standpoint/model"
)

// A fact sheet's line opens with the body it is about: names shaped as
// names (capitals, a capital inside, several words, a bracketed
// description) before a dash are organisations and hold the line's
// stance; a dateline, a link box and a capitalised common word are not.
func TestFactSheetLabels(t *testing.T) {
	text := "Levy positions\n\nMinisters discussed a levy on small parcels on Thursday.\n\n" +
		"- PARCELWATCH — against the levy on small parcels.\n" +
		"- ShipSmart, Retail Now, CDT Europe — against the levy on small parcels.\n" +
		"- Kurierbund (couriers' association) – Backs the levy on small parcels.\n" +
		"- Background — the levy on small parcels was first floated in 2023.\n\n" +
		"BRUSSELS — The levy on small parcels was discussed again.\n\n" +
		"READ MORE: Why the levy on small parcels matters\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"PARCELWATCH": model.Opposes, "Kurierbund": model.Supports})
	for _, name := range []string{"ShipSmart", "Retail Now", "CDT Europe"} {
		if _, ok := got[name]; !ok {
			t.Errorf("%s: not an actor (all %v)", name, got)
		}
	}
	for _, wrong := range []string{"Background", "BRUSSELS", "READ MORE"} {
		if _, ok := got[wrong]; ok {
			t.Errorf("%s is an actor: %v", wrong, got)
		}
	}
	if s, ok := got["Brussels"]; ok && s != model.None {
		t.Errorf("Brussels, a dateline, holds %s: %v", s, got)
	}
}

// "WirtschaftsWoche — Interview" and "EURACTIV | Transport | Interview" on
// a page's first line are its masthead; "Germany — Politics" is a
// country's section, "Merz wins the vote | Politics" a headline.
func TestMastheadOverItsSection(t *testing.T) {
	for _, tc := range []struct{ first, outlet string }{
		{"WirtschaftsWoche — Interview", "WirtschaftsWoche"},
		{"Münchner Merkur — Bavaria section", "Münchner Merkur"},
		{"Germany — Politics", ""},
		{"EURACTIV | Transport | Interview", "EURACTIV"},
		{"CYPRUS MAIL | Live", "Cyprus Mail"},
		{"Merz wins the vote | Politics", ""},
	} {
		c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(tc.first + "\n\nGermany said it would send troops to Ukraine.\n")}}, "", Options{Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Articles[0].Outlet; got != tc.outlet {
			t.Errorf("%q: outlet %q, want %q", tc.first, got, tc.outlet)
		}
	}
}

// A fact sheet's line holds its label's stance: "EDRi, Access Now, CDT
// Europe — against delaying the rules" is the three bodies', and "against"
// before the act ("against delaying") opposes it in an article about it.
func TestLabelledLineHoldsItsStance(t *testing.T) {
	const delayQuestion = `id = "delay"
question = "Should the rules be delayed?"
proposal = ['a delay of the rules']
acts = ['delay~', 'postpone~']
`
	text := "Rules delay\n\nMinisters debated a delay of the rules on Monday.\n\n" +
		"- EDRi, Access Now, CDT Europe — against delaying or reopening the rules, per their letter.\n" +
		"- TechBridge (industry association) – For a delay of the rules.\n"
	got := stancesUnder(t, delayQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"EDRi": model.Opposes, "Access Now": model.Opposes, "CDT Europe": model.Opposes, "TechBridge": model.Supports})
}

// A first line that is the outlet over its section is no headline: the
// article's title is the next line, not "EUobserver — OPINION" (which the
// articles pane showed with its outlet again).
func TestMastheadLineIsNoTitle(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte("EUobserver — OPINION\n\nStopping the clock would stop it for the people it protects\n\nGermany said it would send troops to Ukraine.\n")}}, "", Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	if a := c.Articles[0]; a.Title != "Stopping the clock would stop it for the people it protects" || a.Outlet != "EUobserver" {
		t.Errorf("title %q, outlet %q", a.Title, a.Outlet)
	}
}
