package loader

import (
	"testing"

	"standpoint/model"
)

// TestSpeakerLabelsAndAsides: a live blog's "LIVE:" is no speaker; a
// relative clause after a speaker's age names no speaker ("Dave Hill,
// 58, who served in Afghanistan, said:"); a gazetteer's one-word name
// that closes a longer body's name is that body's ("the Recruitment and
// Employment Confederation").
func TestSpeakerLabelsAndAsides(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nLIVE: MPs will vote before any British troops go to Ukraine, Starmer says",
			map[string]model.Stance{"Keir Starmer": model.Supports, "Live": "-"}},
		{"Troops for Ukraine\n\nFormer soldier Dave Hill, 58, who served two tours of Afghanistan, said: \"No British soldier should go to Ukraine.\"",
			map[string]model.Stance{"Dave Hill": model.Opposes, "Afghanistan": "-"}},
	})
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"Anna Berg, chief executive of the Hiring and Staffing Confederation, said the national ID card was a sensible reform.\n"
	got := stancesUnder(t, idCardQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Hiring and Staffing Confederation": model.Supports})
	if s, ok := got["Confederation"]; ok {
		t.Errorf("the Polish party Confederation is an actor here (%s): %v", s, got)
	}
}

// TestFrontedPlacesAndInvertedPerfects: the comma that closes a
// sentence's opening place ("Yesterday in Paris, France and Britain
// signed") opens the subject, not a list of places; a translation's
// inverted perfect may put a phrase of place before its speaker ("…," has
// written on social media the vice-premier Marco Bassi).
func TestFrontedPlacesAndInvertedPerfects(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nYesterday in Paris, the Netherlands, France and Belgium signed a declaration of intent on deploying a multinational force.",
			map[string]model.Stance{"Netherlands": model.Supports, "France": model.Supports, "Belgium": model.Supports}},
		{"Troops for Ukraine\n\nIn Paris, Berlin and Rome, officials met to discuss the weather.",
			map[string]model.Stance{"Germany": "-", "Italy": "-"}},
		{"Troops for Ukraine\n\n\"Not one Italian soldier in Ukraine, not today, not tomorrow,\" has written on social media the vice-premier Marco Bassi.",
			map[string]model.Stance{"Marco Bassi": model.RulesOut}},
	})
}

// TestVoicesOfGovernments: "An Israeli foreign ministry spokesman said"
// and "Hungary's delegation" speak for their government; "the Kiev
// regime" is Ukraine's; a long aside after "who" is no subject ("Macron,
// who on 26 February, after a meeting on support for the Kiev regime,
// admitted").
func TestVoicesOfGovernments(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. An Israeli foreign ministry spokesman said sending troops would be a mistake.",
			map[string]model.Stance{"Israel": model.Opposes}},
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. Hungary's delegation maintained its opposition to sending troops.",
			map[string]model.Stance{"Hungary": model.Opposes}},
		{"Troops for Ukraine\n\nThe statement followed remarks by President Anna Kovac, who on Monday, after a meeting in Paris on support for the Kiev regime, admitted the possibility of sending Western ground forces to Ukraine.",
			map[string]model.Stance{"Anna Kovac": model.Open, "Ukraine": "-"}},
	})
}

// TestLedByAside: "A spokesman for the party, led by X, said": the aside's
// leader is no speaker; the party is.
func TestLedByAside(t *testing.T) {
	text := "ID card row\n\nThe cabinet wants a national ID card for every adult. " +
		"A spokesman for Reform UK, led by Nigel Farage, said it was absurd to expect people to carry a national ID card.\n"
	got := stancesUnder(t, idCardQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Reform UK": model.Opposes})
	if s := got["Nigel Farage"]; s != "" && s != model.None {
		t.Errorf("Nigel Farage = %q: the aside's leader is no speaker (%v)", s, got)
	}
}

// TestDepartmentsSpeakForTheirGovernment: "The Home Office said" is the
// British government speaking, as "Downing Street said" is.
func TestDepartmentsSpeakForTheirGovernment(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. The Home Office said British troops would not be sent to Ukraine.",
			map[string]model.Stance{"United Kingdom": model.RulesOut}},
	})
}

// TestParagraphVoice: a quote with no attribution speaks in the voice the
// paragraph gave before it, a person who spoke or the person it opened
// with, over an earlier paragraph's speaker.
func TestParagraphVoice(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"We are ready,\" said Defence Minister Ole Lund.\n\nMP Jan Berg was the most forthright. \"Troops in Ukraine would take us closer to war. No one should be sending them.\"",
			map[string]model.Stance{"Jan Berg": model.Opposes}},
		{"Troops for Ukraine\n\nMP Eva Lind said the army could barely crew its ships. \"Our soldiers stay at home until we fix the basics.\"",
			map[string]model.Stance{"Eva Lind": model.RulesOut}},
	})
}

// TestItsAndForWhom: "its deputy" after a sentence that names its own body
// first is that body's, not the one named a sentence before; the country
// weapons are "for" is no subject ("F-16s for Ukraine were unthinkable").
func TestItsAndForWhom(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nNATO met on Monday. The Left Bloc took the same position, and its deputy Ana Reis spoke of an irresponsible escalation.",
			map[string]model.Stance{"NATO": "-"}},
		{"Troops for Ukraine\n\nTroops are on the agenda. \"Two years ago, F-16s for Ukraine were unthinkable too,\" said Anna Roth.",
			map[string]model.Stance{"Ukraine": "-"}},
	})
}

// TestMadeKnown: "has made to know that" (a translation's "made known"),
// "made it known that" and "let it be known that" say what follows.
func TestMadeKnown(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe spokesman Ivan Petrov has made to know that Moscow considers \"unacceptable\" any presence of NATO troops in Ukraine.",
			map[string]model.Stance{"Ivan Petrov": model.Opposes}},
		{"Troops for Ukraine\n\nVice-Chancellor Lars Holm let it be known that it is too early to speak about soldiers.",
			map[string]model.Stance{"Lars Holm": model.Undecided}},
	})
}

// TestGovernmentsInCapitalsAndCoordinatedDemonyms: "the government in
// Ljubljana" is Slovenia's (an embassy in a capital is not the capital's);
// "the British and French governments" are both countries'.
func TestGovernmentsInCapitalsAndCoordinatedDemonyms(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe government in Ljubljana says it could seriously consider joining a future mission to Ukraine.",
			map[string]model.Stance{"Slovenia": model.Open}},
		{"Troops for Ukraine\n\nThe British and French governments have been very clear that they intend to deploy troops.",
			map[string]model.Stance{"United Kingdom": model.Supports, "France": model.Supports}},
	})
}

// TestVoiceSkipsScareQuotes: a phrase quoted inside a sentence ("But “no
// boots” cannot become “no help.”") is no speech of the paragraph's voice;
// a gerund subject of an exclusion names it ("Ruling it out in advance is
// the worst thing we could do").
func TestVoiceSkipsScareQuotes(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Jan Holm has said Britain is ready to put troops into Ukraine once there is a deal. But \"no boots\" cannot become \"no help.\"",
			map[string]model.Stance{"Jan Holm": model.Supports}},
		{"Troops for Ukraine\n\nMP Claire Vautier argued that France should keep the option open on troops. \"Ruling it out in advance is the worst thing we could do.\"",
			map[string]model.Stance{"Claire Vautier": model.Open}},
	})
}
