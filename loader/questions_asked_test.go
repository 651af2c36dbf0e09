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

// TestAdverbsAndSecondVerbs: "was due back in Moscow" backs nothing; "has
// no army and offered nothing" is no double negation; "has decided
// nothing" is undecided.
func TestAdverbsAndSecondVerbs(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed troops. US envoy Steve Wills was due back in Moscow later this month to discuss the force.",
			map[string]model.Stance{"Steve Wills": "-"}},
		{"Troops for Ukraine\n\n* Iceland - Prime Minister Kristrun Frost attended the call; Iceland has no army and offered nothing on troops.",
			map[string]model.Stance{"Iceland": model.RulesOut}}, // offering nothing on troops, not support
		{"Troops for Ukraine\n\nSwiss Defence Minister Martin Pfeffer said the Federal Council \"has decided nothing\" about soldiers for a force.",
			map[string]model.Stance{"Martin Pfeffer": model.Undecided}},
	})
}

// TestSupportForTheCountry: "full support for Kyiv" is support for the
// country the debate is about, not for sending troops there.
func TestSupportForTheCountry(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed troops. Prime Minister Pedro Sanz said little about Ukraine beyond \"full support\" for Kyiv.",
			map[string]model.Stance{"Pedro Sanz": "-"}},
		{"Troops for Ukraine\n\nThe coalition discussed troops. Prime Minister Pedro Sanz voiced full support for a force in Ukraine.",
			map[string]model.Stance{"Pedro Sanz": model.Supports}},
	})
}

// TestAnswersThatLeaveTheVerbOut: "said it would", "said it would not",
// "Absolutely not." answer the question asked before them; 'he would "not
// speculate"' is no answer.
func TestAnswersThatLeaveTheVerbOut(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nAsked whether Britain would send troops, British Prime Minister Jon Hale said it would.", map[string]model.Stance{"Jon Hale": model.Supports}},
		{"Troops for Ukraine\n\nAsked whether Poland would send troops, Polish Prime Minister Jan Nowak said it would not.", map[string]model.Stance{"Jan Nowak": model.RulesOut}},
		{"Troops for Ukraine\n\nAsked whether Italy would send soldiers, Prime Minister Anna Conti replied: \"Absolutely not.\"", map[string]model.Stance{"Anna Conti": model.RulesOut}},
		{"Troops for Ukraine\n\nAsked whether German soldiers might be stationed in Ukraine, Chancellor Jan Weber said he would \"not speculate about a second step\".", map[string]model.Stance{"Jan Weber": model.None}},
	})
}

// TestAskedAboutInAnAside: "X, asked about sending troops, said: 'Absolutely
// not.'" is answered as "asked whether" is, and the answer's speaker holds
// it.
func TestAskedAboutInAnAside(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSlovak premier Robert Fico, asked about sending troops, said: \"Absolutely not.\"", map[string]model.Stance{"Robert Fico": model.RulesOut}},
		{"Troops for Ukraine\n\nNorway's Jonas Gahr Store, asked on sending troops, said \"no\".", map[string]model.Stance{"Jonas Gahr Store": model.RulesOut}},
	})
}

// TestQuestionAfterALabel: an interviewer's question after a label of two
// words ("SBS News: Should Australia say yes?") is asked, not said.
func TestQuestionAfterALabel(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine.\n\nRadio Kyiv: Should Australia say yes?\n")
	if s := got["Australia"]; s != model.None && s != "" {
		t.Errorf("Australia = %q: a question asks (%v)", s, got)
	}
}
