package loader

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"standpoint/model"
)

// TestNamesAfterAndInSentences: a known first name after "and" opens a
// name in a sentence ("envoys Steve Witkoff and Jared Kushner are here");
// in a credit line it stays the page's staff ("By Claire Dumont and Tobias
// Lang", "Our correspondents Dana White and Piotr Malek are at").
func TestNamesAfterAndInSentences(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nPARIS, Feb 27, 2024 (Meridian Wire) - By Claire Dumont and Tobias Lang\n\nUS envoys Steve Witkoff and Jared Kushner are here in person. Kushner did not speak.\n\nOur correspondents Dana White and Piotr Malek are at the summit.\n")
	if _, ok := got["Jared Kushner"]; !ok {
		t.Errorf("Jared Kushner not found (all: %v)", got)
	}
	for _, name := range []string{"Tobias Lang", "Piotr Malek", "Claire Dumont", "Dana White"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s reported as an actor: %v", name, got)
		}
	}
	if s := got["Jared Kushner"]; s != model.None {
		t.Errorf("Jared Kushner = %q, want none", s)
	}
}

// TestPartyNamedInARoleKeepsItsName: "AfD co-chairman Tino Chrupalla"
// names the party by "AfD", which its aliases keep.
func TestPartyNamedInARoleKeepsItsName(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte("Troops for Ukraine\n\nAfD co-chairman Tino Chrupalla called the plan to send troops \"madness\".\n")}}, "", Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Actors {
		if a.Name == "Alternative for Germany" {
			if !slices.Contains(a.Aliases, "AfD") {
				t.Errorf("aliases %v, want AfD among them", a.Aliases)
			}
			return
		}
	}
	t.Errorf("the party is not among the actors")
}

// TestContractionsAreNoNames: "I've", "I’d", "Though I'd" open clauses; no
// one is called that.
func TestContractionsAreNoNames(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\n\"But I've said clearly that we would consider participating in a force,\" he said.\n\nMALCOLM HALE: I’d tell him he is right to keep the offer of troops on the table. Though I'd add that sending troops costs money.\n")
	for name := range got {
		if strings.Contains(name, "I've") || strings.Contains(name, "I'd") || strings.Contains(name, "I’d") {
			t.Errorf("%q reported as an actor (all: %v)", name, got)
		}
	}
}
