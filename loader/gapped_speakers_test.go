package loader

import (
	"testing"

	"standpoint/model"
)

// TestGappedVerbOfSaying: ", and Starmer that …" leaves the verb of
// saying out; what follows is Starmer's. "told Macron and Starmer that"
// is what they were told.
func TestGappedVerbOfSaying(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Emmanuel Macron keeps repeating that a reassurance force is needed, and Prime Minister Keir Starmer that British soldiers are ready.",
			map[string]model.Stance{"Emmanuel Macron": model.Supports, "Keir Starmer": model.Supports}},
		{"Troops for Ukraine\n\nTaoiseach Micheál Martin said he had told Macron and Starmer that Irish participation in a force would depend on the legislation.",
			map[string]model.Stance{"Micheál Martin": model.Open, "Keir Starmer": "-"}},
	})
}

// TestTheyOfThePreviousSentence: "They" opening a sentence after one that
// opened with two actors is both of them; "they" with no such antecedent
// is no single earlier person ("They have said that troops would be
// targets", in an answer about the Russians).
func TestTheyOfThePreviousSentence(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Jean Morel and Prime Minister Tom Reed have done the heavy lifting. They have said clearly that their troops will be there after a ceasefire.",
			map[string]model.Stance{"Jean Morel": model.Supports, "Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed said much the same thing.\n\nAnd the Russians? They have said, over and over, that Western troops in Ukraine would be targets.",
			map[string]model.Stance{"Tom Reed": "-"}},
	})
}

// TestSecondPastVerb: "did not sign the declaration but endorsed the
// force" is the sentence subject's second verb.
func TestSecondPastVerb(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe United States, represented by envoys Steve Wills and Jared Kroner, did not attend the summit but endorsed the force for Ukraine.",
			map[string]model.Stance{"United States": model.Supports}},
	})
}
