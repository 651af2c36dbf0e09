package loader

import (
	"testing"

	"standpoint/loader/quotes"
	"standpoint/model"
)

// TestTranscriptTurnsGoOn: a transcript's labelled turn goes on over the
// next paragraph when that paragraph speaks in the first person; a
// question's or moderator's label ends it, and narration in the third
// person is nobody's turn.
func TestTranscriptTurnsGoOn(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"TRANSCRIPT: Press conference\n\nKARI DAHL: Good afternoon.\n\nPrime Minister Jonas Lind and Defence Minister Marta Ruiz took questions.\n\n" +
			"LIND: Thank you. We have spent the morning on Ukraine.\n\n" +
			"On the question you will ask me: our government will not send soldiers to Ukraine.",
			map[string]model.Stance{"Jonas Lind": model.RulesOut}},
		{"TRANSCRIPT: Press conference\n\nPrime Minister Jonas Lind and Defence Minister Marta Ruiz took questions.\n\n" +
			"LIND: Thank you. We have spent the morning on Ukraine.\n\n" +
			"QUESTION (Kari Dahl, NRK): Will you send troops?\n\n" +
			"Our government will not send soldiers to Ukraine.",
			map[string]model.Stance{"Jonas Lind": model.None}},
		{"TRANSCRIPT: Press conference\n\nPrime Minister Jonas Lind and Defence Minister Marta Ruiz took questions.\n\n" +
			"LIND: Thank you. We have spent the morning on Ukraine.\n\n" +
			"The government in Oslo will not send soldiers to Ukraine, officials said.",
			map[string]model.Stance{"Jonas Lind": model.None}},
	})
}

// TestPluralTitles: "Prime Ministers Anna Berg (Norway) and Jonas Lind
// (Sweden)" names two people, each with the title.
func TestPluralTitles(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Nordic summit\n\nPrime Ministers Anna Berg (Norway) and Jonas Lind (Sweden) met on Monday. Berg said she would send troops to Ukraine.",
			map[string]model.Stance{"Anna Berg": model.Supports, "Berg": "-"}},
	})
}

// TestQuestionsOpenWithAuxiliaries: a question's opening auxiliary is no
// name: "Has President Zelensky asked for …?" names Zelensky, not a body
// "Has" whose president he is.
func TestQuestionsOpenWithAuxiliaries(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"TRANSCRIPT: Press conference\n\nQUESTION (Kari Dahl, NRK): Has President Zelensky asked for Nordic soldiers specifically?",
			map[string]model.Stance{"Has": "-"}},
		{"Nordic summit\n\nShould Prime Minister Anna Berg send soldiers to Ukraine, the party would leave the coalition.",
			map[string]model.Stance{"Should": "-"}},
	})
}

// TestSubjectsWithTheirAppositives: a subject whose mention took its
// appositive in ("Omar Haddad, a senator,") holds the verb after it,
// whatever its stance (not only supports and opposes, which a fallback
// reached).
func TestSubjectsWithTheirAppositives(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOmar Haddad, a senator, ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Omar Haddad": model.RulesOut}},
		{"Troops for Ukraine\n\nOmar Haddad, the defence minister, has not ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Omar Haddad": model.Open}},
		{"Troops for Ukraine\n\nOmar Haddad, a senator, is undecided on sending troops to Ukraine.",
			map[string]model.Stance{"Omar Haddad": model.Undecided}},
	})
}

// TestSpeaksAsSelf: the first person counts outside quotes only, up to a
// quote's last word.
func TestSpeaksAsSelf(t *testing.T) {
	for text, want := range map[string]bool{
		"Our government will not send soldiers.":         true,
		"The minister said: \"it is for us\".":           false,
		"The minister said “we will see” and left.":      false,
		"He said \"no\" and we left.":                    true,
		"The government in Oslo will not send soldiers.": false,
	} {
		p := &parsedDoc{text: text}
		tokens := appendTokens(nil, text, 0, lexiconOnce().wordTable)
		var tracker quotes.Tracker
		p.markQuotes(tokens, &tracker)
		if got := speaksAsSelf(tokens); got != want {
			t.Errorf("speaksAsSelf(%q) = %v, want %v", text, got, want)
		}
	}
}
