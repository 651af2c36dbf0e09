package loader

import (
	"testing"

	"standpoint/model"
)

// TestInheritWithinASentence: "…, and Lithuania has signalled something
// similar" takes over the stance the sentence stated before, for the new
// subject; "to say so" after a stance gives its noun nothing.
func TestInheritWithinASentence(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Kristen Mets has said Estonia is ready to send a unit of company size, and Lithuania has signalled something similar.",
			map[string]model.Stance{"Estonia": model.Supports, "Lithuania": model.Supports}},
		{"Troops for Ukraine\n\nEstonia said it was prepared to send troops, one of the first smaller NATO members to say so openly.",
			map[string]model.Stance{"Estonia": model.Supports, "NATO": "-"}},
	})
}

// TestHolderInsideThePhrase: "…, a position Peskov repeated", "and so do
// the Greens", "a force, which the Commission wants" name their holder
// after the words that carry the stance; "a force that wants no war" names
// no one, and the speaker does not hold it.
func TestHolderInsideThePhrase(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMaria Zakharova said any deployment of European troops would be unacceptable, a position Kremlin spokesman Dmitry Peskov repeated on Monday.",
			map[string]model.Stance{"Maria Zakharova": model.Opposes, "Dmitry Peskov": model.Opposes}},
		{"Troops for Ukraine\n\nThe EPP supports sending troops, and so do the Liberals and the Greens.",
			map[string]model.Stance{"The Greens": model.Supports}},
		{"Troops for Ukraine\n\nA reassurance force, which the European Commission wants, was discussed in Brussels.",
			map[string]model.Stance{"European Commission": model.Supports}},
		{"Troops for Ukraine\n\n\"It is a reassurance force that wants no war,\" President Jean Morel said.",
			map[string]model.Stance{"Jean Morel": "-"}},
	})
}

// TestTakenOverBeforeAnotherPhrase: a stance taken over ("has taken a
// similar stance") stands when the clause's own cue comes after a comma,
// in a phrase of others ("with officials describing a force that would be
// there"); after a colon, or in "…, adding that", it is the clause's own line.
func TestTakenOverBeforeAnotherPhrase(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nKeir Starmer has said he is prepared to put British troops on the ground, and Emmanuel Macron has taken a similar stance, with officials in both capitals describing a force that would be there to deter an attack.",
			map[string]model.Stance{"Keir Starmer": model.Supports, "Emmanuel Macron": model.Supports}},
		{"Troops for Ukraine\n\nLatvia ruled out sending troops. Italy echoed the line: no Italian soldier will go to Ukraine.",
			map[string]model.Stance{"Latvia": model.RulesOut, "Italy": model.RulesOut}},
	})
}

// TestContraryView: "took the opposite view" takes the opposite of the
// stance just stated; an unsettled one has none.
func TestContraryView(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Left Party said no European government should send troops to Ukraine. The Greens took the opposite view.",
			map[string]model.Stance{"The Greens": model.Supports}},
		{"Troops for Ukraine\n\nLatvia is ready to send troops to Ukraine. Hungary took the opposite position.",
			map[string]model.Stance{"Latvia": model.Supports, "Hungary": model.Opposes}},
		{"Troops for Ukraine\n\nAustria has not decided whether to send troops to Ukraine. Hungary took the opposite view.",
			map[string]model.Stance{"Hungary": "-"}},
	})
}

// TestAccusedPossessorsAllies: accusing a backer's allies accuses the
// allies, not the backer.
func TestAccusedPossessorsAllies(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nChancellor Karl Weber wants to send troops to Ukraine. MP Lea Roth accused the chancellor's own allies of dragging their feet.",
			map[string]model.Stance{"Karl Weber": model.Supports, "Lea Roth": "-"}},
	})
}
