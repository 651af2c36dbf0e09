package loader

import (
	"testing"

	"standpoint/model"
)

// TestYesNoQuestions: a question opened by its verb asks, it does not
// say; what a condition before it reports still counts.
func TestYesNoQuestions(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDid Germany agree to station a brigade in Ukraine?",
			map[string]model.Stance{"Germany": "-"}},
		{"Troops for Ukraine\n\nIf there is a ceasefire, will Romanian troops be part of the multinational force in Ukraine?",
			map[string]model.Stance{"Romania": "-"}},
		{"Troops for Ukraine\n\nQ: When President Jean Morel said that sending troops could not be ruled out, was he serious?",
			map[string]model.Stance{"Jean Morel": model.Open}},
		{"Troops for Ukraine\n\nGermany agreed to station a brigade in Ukraine.",
			map[string]model.Stance{"Germany": model.Supports}},
	})
}

// TestTimesAndPurposesNamed: "has argued for months that" argues for no
// proposal; "any coalition whose purpose is to send soldiers" names an act
// no one takes on: Slovenia refuses to join, it does not send.
func TestTimesAndPurposesNamed(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPolish Foreign Minister Adam Nowak has argued for months that the presence of Polish troops in Ukraine would be a gift for Russian propaganda.",
			map[string]model.Stance{"Adam Nowak": model.RulesOut}},
		{"Troops for Ukraine\n\nThe office of Prime Minister Jan Novak said that Slovenia does not join any coalition whose purpose is to send soldiers.",
			map[string]model.Stance{"Slovenia": model.RulesOut}},
	})
}
