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
