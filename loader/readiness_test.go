package loader

import (
	"testing"

	"standpoint/model"
)

// TestReadinessWordings: "France stands ready" and "was ready too" back
// the proposal the article is about; "stood ready to host talks" is ready
// for something else. "insist on a force" backs it; "will assume its part
// on the ground" carries it out.
func TestReadinessWordings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. From Paris, President Jean Morel let it be known that France stands ready.",
			map[string]model.Stance{"France": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. President Jean Morel said France was ready too, though he floated a first phase limited to the air.",
			map[string]model.Stance{"Jean Morel": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. President Karl Hofer said Switzerland stood ready to host further talks.",
			map[string]model.Stance{"Karl Hofer": "-", "Switzerland": "-"}},
		{"Troops for Ukraine\n\nPresident Jean Morel and Prime Minister Tom Reed insist on a reassurance force after a ceasefire.",
			map[string]model.Stance{"Jean Morel": model.Supports, "Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. President Jean Morel said that France \"will assume its part on the ground\".",
			map[string]model.Stance{"Jean Morel": model.Supports}},
	})
}

// TestCautionWordings: "struck a more cautious tone", "sounded similarly
// reserved" and "has not taken yet decision" hold back; "would consider
// any request but it was too early" stays open.
func TestCautionWordings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. Defence Minister Boris Lang struck a more cautious tone.",
			map[string]model.Stance{"Boris Lang": model.Undecided}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. Defence Minister Boris Lang sounded similarly reserved.",
			map[string]model.Stance{"Boris Lang": model.Undecided}},
		{"Troops for Ukraine\n\nPrime Minister Jonas Stenberg said Norway has not taken yet decision about the form of participation in a force.",
			map[string]model.Stance{"Norway": model.Undecided}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed said Wellington would \"consider\" any request but that it was \"too early\" to talk about soldiers.",
			map[string]model.Stance{"Tom Reed": model.Open}},
	})
}

// TestNothingAfterATimePhrase: "I exclude at this point in time nothing"
// is openness; a gap does not reach over "and has not" into another verb.
func TestNothingAfterATimePhrase(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nChancellor Hans Merk said: \"I exclude at this point in time nothing, but I also promise nothing.\"",
			map[string]model.Stance{"Hans Merk": model.Open}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed said Canada \"is prepared to contribute\" to a force and has not excluded personnel.",
			map[string]model.Stance{"Canada": model.Supports}},
	})
}

// TestDenialEndsAtSaying: a denial governs its complement, not what the
// denier then says (", saying all options remain on the table").
func TestDenialEndsAtSaying(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nA Belgian government spokesman dismissed reports that Brussels had ruled out sending soldiers, saying \"all options remain on the table\".",
			map[string]model.Stance{"Belgium": model.Open}},
	})
}

// TestOnlyAfterTheFighting: "would deploy only after fighting ends" takes
// the plan's own premise, not a restriction: support, like "only after a
// ceasefire".
func TestOnlyAfterTheFighting(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Tom Reed said British troops would deploy to Ukraine \"only after the guns have stopped\".",
			map[string]model.Stance{"Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed said British troops would deploy to Ukraine only with the consent of parliament.",
			map[string]model.Stance{"Tom Reed": model.Open}},
	})
}

// TestReadyHubsAndReputations: 'France is "ready"' backs the proposal the
// article is about ("is ready to host talks" does not); setting up or
// establishing military hubs carries it out; "staked their reputations on
// it".
func TestReadyHubsAndReputations(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. Armed forces minister Cathy Vautin says France is \"ready\".",
			map[string]model.Stance{"France": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. President Karl Hofer said Switzerland is ready to host talks.",
			map[string]model.Stance{"Switzerland": "-"}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed said the UK would establish \"military hubs\" across Ukraine after a ceasefire.",
			map[string]model.Stance{"United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. Prime Minister Tom Reed and President Jean Morel have staked their reputations on it.",
			map[string]model.Stance{"Tom Reed": model.Supports, "Jean Morel": model.Supports}},
	})
}

// TestJustAsDismissive: "X has been just as dismissive" takes the stance
// before; "Stop talking about troops" opposes.
func TestJustAsDismissive(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Viktor Horvath calls sending troops reckless, and Slovakia's Robert Fico has been just as dismissive.",
			map[string]model.Stance{"Robert Fico": model.Opposes}},
		{"Troops for Ukraine\n\nCo-chair Tino Kraus told a rally: \"Stop talking about troops altogether.\"",
			map[string]model.Stance{"Tino Kraus": model.Opposes}},
	})
}

// TestGiveConsideration: "would give consideration to any request to take
// part" considers it; the taking part is its object, not a pledge.
func TestGiveConsideration(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"We would give consideration to any request to take part in a peacekeeping mission,\" Prime Minister Tom Reed said.",
			map[string]model.Stance{"Tom Reed": model.Open}},
	})
}

// TestOnBoardAndOverdue: "is on board now" and a measure called "long
// overdue" back it.
func TestOnBoardAndOverdue(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan for a reassurance force was discussed. Germany is on board now, after some hesitation.",
			map[string]model.Stance{"Germany": model.Supports}},
		{"Troops for Ukraine\n\nMP Anna Roth called the reassurance force \"long overdue\".",
			map[string]model.Stance{"Anna Roth": model.Supports}},
	})
}

// TestIsPushing: "France is pushing" in an article about the proposal
// backs it.
func TestIsPushing(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan for a reassurance force was discussed. France is pushing, the Netherlands is pushing.",
			map[string]model.Stance{"France": model.Supports, "Netherlands": model.Supports}},
	})
}

// TestDraftingPushedByVoteFor: "is drafting a ban", "the ban, pushed by
// the minister," and "will vote for" the proposal back it.
func TestDraftingPushedByVoteFor(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDefence minister Anna Roth is drafting a plan to send troops to Ukraine.",
			map[string]model.Stance{"Anna Roth": model.Supports}},
		{"Troops for Ukraine\n\nThe deployment of troops, pushed by Defence Minister Anna Roth, passed by a wide margin.",
			map[string]model.Stance{"Anna Roth": model.Supports}},
		{"Troops for Ukraine\n\nThe Greens said they would vote for the deployment of troops.",
			map[string]model.Stance{"The Greens": model.Supports}},
	})
}

// TestUnitsOfTroops: a unit named by its arm ("one infantry company")
// is troops.
func TestUnitsOfTroops(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Estonia's offer\n\nDefence Minister Hanno Pevkur said Estonia is ready to send to Ukraine one infantry company.",
			map[string]model.Stance{"Hanno Pevkur": model.Supports, "Estonia": model.Supports}},
	})
}

// TestInAPositionTo: "in a position to support the agreement" backs it;
// it is no "position against".
func TestInAPositionTo(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"We are now in a position to support the deployment of troops to Ukraine,\" Prime Minister Anna Berg said.",
			map[string]model.Stance{"Anna Berg": model.Supports}},
	})
}
