package loader

import (
	"testing"

	"standpoint/model"
)

// TestPlansJudgedByAVerb: "called the plan to send troops irresponsible"
// judges the plan; it was read as the speaker's own plan to send them.
func TestPlansJudgedByAVerb(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOpposition leader Erik Sand called the plan to send troops \"irresponsible\".",
			map[string]model.Stance{"Erik Sand": model.Opposes}},
		{"Troops for Ukraine\n\nOpposition leader Erik Sand described the whole proposal to deploy soldiers as reckless.",
			map[string]model.Stance{"Erik Sand": model.Opposes}},
		{"Troops for Ukraine\n\nPrime Minister Erik Sand announced a plan to send troops in the spring.",
			map[string]model.Stance{"Erik Sand": model.Supports}},
	})
}

// TestPlansAfterAPreposition: "hinder peace with the plans for troops"
// talks about a plan; it is not the speaker's.
func TestPlansAfterAPreposition(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nKremlin spokesman Ivan Sokolov said that the Europeans \"hinder\" peace with the plans for the troops.",
			map[string]model.Stance{"Ivan Sokolov": "-"}},
		{"Troops for Ukraine\n\nDefence Minister Ivan Sokolov said Latvia had drawn up plans for troops in Ukraine.",
			map[string]model.Stance{"Latvia": model.Supports}},
	})
}

// TestConcreteSteps: thanking partners for "the first concrete step" on
// troops backs it; "a serious step toward escalation" opposes.
func TestConcreteSteps(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Olena Marchenko thanked the partners for the \"first concrete step\" on troops.",
			map[string]model.Stance{"Olena Marchenko": model.Supports}},
		{"Troops for Ukraine\n\nKremlin spokesman Ivan Sokolov said sending troops would be \"a serious step toward escalation\".",
			map[string]model.Stance{"Ivan Sokolov": model.Opposes}},
	})
}

// TestTheFactItIsDiscussed: "the very fact such an idea was being
// discussed" weighs nothing itself; calling it a worrying development
// objects to it.
func TestTheFactItIsDiscussed(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe French president floated sending troops to Ukraine. Spokesman Ivan Sorokin said that the very fact such an idea was being discussed was a new and worrying development.",
			map[string]model.Stance{"Ivan Sorokin": model.Opposes}},
	})
}
