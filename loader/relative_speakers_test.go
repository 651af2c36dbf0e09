package loader

import (
	"testing"

	"standpoint/model"
)

// TestRelativeClauseSpeakerOfColonQuote: "X, who … has attacked the French
// president: «…»" quotes X, not the one attacked; a translation's "who has
// wanted to specify:" too.
func TestRelativeClauseSpeakerOfColonQuote(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSharper still the party leader, Marco Bellini, who on Tuesday evening attacked the French president: \"No Italian soldier will go to Ukraine, and sending armies there is madness.\"",
			map[string]model.Stance{"Marco Bellini": model.Opposes, "France": model.None}},
		{"Troops for Ukraine\n\nMore cautious the position of the foreign minister, Paolo Conti, who at the end of the session wanted to clarify: \"Italian soldiers could go to Ukraine only under a UN mission.\"",
			map[string]model.Stance{"Paolo Conti": model.Open}},
	})
}

// TestDocumentProvidesForIt: a declaration or plan that foresees the
// proposal carries it out, for those who signed or drew it up; a country
// that does not foresee it still refuses it.
func TestDocumentProvidesForIt(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe declaration signed in Paris by the leaders of Britain and France foresees the stationing of British and French soldiers in Ukraine.",
			map[string]model.Stance{"United Kingdom": model.Supports, "France": model.Supports}},
		{"Troops for Ukraine\n\nThe plan drawn up by Denmark and Norway envisages sending Nordic troops to Ukraine.",
			map[string]model.Stance{"Denmark": model.Supports, "Norway": model.Supports}},
		{"Troops for Ukraine\n\nPortugal does not foresee the sending of its soldiers to Ukraine.",
			map[string]model.Stance{"Portugal": model.RulesOut}},
	})
}

// TestPutOnTheTable: putting a unit or money for the proposal on the table
// offers it; a ceasefire idea on the table is not; "the idea of" something
// else does not refer back to the proposal; a relative clause after an
// appositive is the named one's.
func TestPutOnTheTable(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nLeaders met to discuss troops for Ukraine. Compare this with Latvia, a country of two million, which has put an infantry company on the table.",
			map[string]model.Stance{"Latvia": model.Supports}},
		{"Troops for Ukraine\n\nLeaders met to discuss troops for Ukraine. Poland has put the idea of a ceasefire on the table.",
			map[string]model.Stance{"Poland": model.None}},
		{"Troops for Ukraine\n\nLeaders met to discuss troops for Ukraine. Greece, a founding member, which has offered soldiers, will host the talks.",
			map[string]model.Stance{"Greece": model.Supports}},
	})
}

// TestEllipsisInAComparison: "what we will not" compares; it leaves no
// verb out.
func TestEllipsisInAComparison(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"Danish soldiers are ready to go to Ukraine. We are not going to ask others to carry what we will not,\" Prime Minister Ida Holm said.",
			map[string]model.Stance{"Ida Holm": model.Supports, "Denmark": model.Supports}},
	})
}

// TestFragmentNotTheLastParagraphsSpeaker: a phrase quoted inside a
// sentence of a new paragraph is that sentence's, not the last speaker's;
// a paragraph that opens with a quote goes on in the last speaker's voice.
func TestFragmentNotTheLastParagraphsSpeaker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSlovakia — Prime Minister Jan Novak has said Slovakia will not send \"a single soldier\".\n\nHungary — Viktor Orbán has gone further, calling any Western deployment \"a step towards world war\".",
			map[string]model.Stance{"Jan Novak": model.RulesOut, "Slovakia": model.RulesOut, "Viktor Orbán": model.Opposes}},
		{"Troops for Ukraine\n\n\"Slovakia will not send a single soldier,\" Prime Minister Jan Novak said.\n\n\"Sending troops to Ukraine would be a step towards world war.\"",
			map[string]model.Stance{"Jan Novak": model.Opposes}},
	})
}

// TestInvertedPerfectSpeaker: a translation's "“…,” has written X" and
// "has said the general secretary X" name the quote's speaker, whose name
// the verb before it vouches for; a name labelling a quote after a colon
// in a new paragraph is no earlier speaker's.
func TestInvertedPerfectSpeaker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"Not one Italian soldier will go to Ukraine,\" has written Nicola Ferri.",
			map[string]model.Stance{"Nicola Ferri": model.RulesOut}},
		{"Troops for Ukraine\n\n\"We will be in the squares against every sending of soldiers,\" has said the general secretary Mario Landi from the stage.",
			map[string]model.Stance{"Mario Landi": model.Opposes}},
		{"Troops for Ukraine\n\nSpokeswoman Maria Petrova said the plans for troops in Ukraine were \"a provocation\".\n\nKyiv: \"Russia does not decide\"",
			map[string]model.Stance{"Maria Petrova": model.Opposes}},
	})
}
