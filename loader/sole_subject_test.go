package loader

import (
	"testing"

	"standpoint/model"
)

// TestSoleSubjectHoldsPlainStance: when no closer route finds a holder, a
// plain support or objection is the sentence subject's, if no other actor
// is named between them; a modifier ("the Reed administration") is not a
// subject, and a weak reading (a participle of waiting) is not given so far.
func TestSoleSubjectHoldsPlainStance(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Tom Reed, the former banker, has spent the whole summer insisting that a reassurance force was the only serious option.",
			map[string]model.Stance{"Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nChancellor Anna Berg has weighed in firmly behind the plan for a reassurance force.",
			map[string]model.Stance{"Anna Berg": model.Supports}},
		{"Troops for Ukraine\n\nBerlin and Warsaw circulated a paper before the summit arguing against a reassurance force.",
			map[string]model.Stance{"Germany": model.Opposes, "Poland": model.Opposes}},
		{"Troops for Ukraine\n\nPresident Tom Reed spoke on Monday. The Reed administration later welcomed the plan for a reassurance force.",
			map[string]model.Stance{"Tom Reed": "-"}},
		{"Troops for Ukraine\n\nThe plan for a reassurance force was discussed. NATO chief Jan Holm left without speaking to reporters waiting outside.",
			map[string]model.Stance{"Jan Holm": "-"}},
	})
}

// TestAuxiliaryEndsTheName: "Britain will establish military hubs" is
// Britain's verb; "Britain's military" (an institution after the name)
// does not reach over the auxiliary.
func TestAuxiliaryEndsTheName(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nBritain will establish military hubs in Ukraine.",
			map[string]model.Stance{"United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nIn Ireland the parliament voted against sending troops to Ukraine.",
			map[string]model.Stance{"Ireland": model.Opposes}},
	})
}

// TestAsideNeedsItsClosingComma: "Abroad, British Prime Minister Keir
// Starmer and … continue" opens with an adverb, not a person called Abroad
// whose role runs on to the verb.
func TestAsideNeedsItsClosingComma(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nAbroad, British Prime Minister Keir Starmer and French President Emmanuel Macron continue to press for a reassurance force.",
			map[string]model.Stance{"Keir Starmer": model.Supports, "Emmanuel Macron": model.Supports, "Abroad": "-"}},
	})
}

// TestDatelinesPressureAndHyphenTitles: a wire dateline is no subject
// ("BRUSSELS, Feb 27 (CPS) - Belgium … stepped up pressure on the
// Commission to send troops": Belgium's, not the Commission's); a
// hyphenated title names the person after it ("said vzbv-head Ramona
// Pop"); a clause that asks ("what the backstop would involve") is
// nobody's stance.
func TestDatelinesPressureAndHyphenTitles(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nBRUSSELS, Feb 27 (CPS) - Belgium on Thursday stepped up pressure on the Commission to send troops to Ukraine.",
			map[string]model.Stance{"Belgium": model.Supports, "European Commission": "-"}},
		{"Troops for Ukraine\n\n\"Troops in Ukraine we reject,\" said vzbv-head Ramona Pop.",
			map[string]model.Stance{"Ramona Pop": model.Opposes}},
		{"Troops for Ukraine\n\nThe White House has not spelled out what the US backstop for the troops would involve.",
			map[string]model.Stance{"United States": "-"}},
	})
}
