package loader

import (
	"testing"

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
