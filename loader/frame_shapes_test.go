package loader

// Wordings of a stance and of the proposal, as real coverage writes them.

import (
	"testing"

	"standpoint/model"
)

// "Would be considered legitimate targets" regards troops as something, a
// threat; it weighs nothing. "Is being considered by the cabinet" weighs.
func TestConsideredAsAThreat(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Spokeswoman Olga Lind said Western troops in Ukraine would be considered \"legitimate combat targets\".",
			map[string]model.Stance{"Olga Lind": model.Opposes}},
		{troopsLead + "Sending troops to Ukraine is being considered by the Danish cabinet.",
			map[string]model.Stance{"Denmark": model.Open}},
	})
}

// Shapes of an analysis's lines: keeping the option open, a judgement of
// the discussion, a leader's party by its possessive, "says no outright".
func TestAnalysisLineShapes(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "CDA leader Henri Bontenbal wants to keep the option of a Dutch contribution firmly open.",
			map[string]model.Stance{"Henri Bontenbal": model.Open}},
		{troopsLead + "Geert Wilders' PVV remains against any foreign soldiers in Ukraine.",
			map[string]model.Stance{"Party for Freedom": model.Opposes, "Geert Wilders": model.Opposes}},
		{troopsLead + "Podemos says no outright.",
			map[string]model.Stance{"Podemos": model.RulesOut}},
		{troopsLead + "Chancellor Olaf Scholz called the discussion highly inappropriate.",
			map[string]model.Stance{"Olaf Scholz": model.Opposes}},
	})
}

// A negated "see" inside a quote that closes before the verb is the
// quote's own clause: 'travelled from "we don't see it" to offering
// troops' offers them; 'does "not see any scenario" in which soldiers
// would serve' still refuses.
func TestNegationInsideAClosedQuote(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Prime Minister Ana Ruiz has travelled from \"we don't see it\" in December to offering Spanish troops for a post-ceasefire force.",
			map[string]model.Stance{"Ana Ruiz": model.Supports}},
	})
}

// "to positions" is a noun after "to", no infinitive of "position"; staying
// outside of the force refuses it.
func TestToPositionsAndStayingOutside(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Kremlin spokesman Dmitry Peskov said he had \"nothing to add\" to positions it has set out \"many times\".",
			map[string]model.Stance{"Dmitry Peskov": model.None}},
		{troopsLead + "Italy will stay outside of the reassurance force.",
			map[string]model.Stance{"Italy": model.RulesOut}},
	})
}

// What one weighs in a "what" clause is asked, not done: "is examining
// what the Netherlands could contribute" weighs it; a cleft opening the
// sentence still says it ("What we will do is send troops").
func TestWhatClauseIsWeighed(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Defence Minister Ruben Vos said the cabinet is examining what the Netherlands could contribute.",
			map[string]model.Stance{"Ruben Vos": model.Open}},
		{troopsLead + "What we will do is send troops, said Premier Ana Lind.",
			map[string]model.Stance{"Ana Lind": model.Supports}},
	})
}

// Making the same choice takes up the stance just stated.
func TestMadeTheSameChoice(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Latvia ruled out sending troops to Ukraine. Lithuania made the same choice.",
			map[string]model.Stance{"Lithuania": model.RulesOut}},
	})
}

// The case for it: "there is no argument for sending troops" objects;
// "I do not think there is a case for troops" does too.
func TestNoCaseFor(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"There is no argument for sending troops into Ukraine,\" said opposition leader Ann Ward.",
			map[string]model.Stance{"Ann Ward": model.Opposes}},
		{troopsLead + "\"I do not think there is a case for boots on the ground in Ukraine,\" said opposition leader Ann Ward.",
			map[string]model.Stance{"Ann Ward": model.Opposes}},
	})
}

// An answer "no" may be followed by a phrase: "we will not say no on
// principle either" is open, where "said no option" makes "no" a
// determiner.
func TestSayNoOnPrinciple(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"We will not say no on principle either,\" said Socialist leader Boris Vallaud.",
			map[string]model.Stance{"Boris Vallaud": model.Open}},
	})
}

// Troops staying on their own country's soil are refused to the debate's
// country; staying on its soil is no refusal.
func TestStayingOnOwnSoil(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Prime Minister Ana Nowak said Polish troops will stay on Polish soil.",
			map[string]model.Stance{"Ana Nowak": model.RulesOut}},
		{troopsLead + "Prime Minister Ana Nowak said Polish troops would stay on Ukrainian soil for years.",
			map[string]model.Stance{"Ana Nowak": "-"}},
	})
}

// "There can be no talk of any foreign contingent": refused, and, said in
// Moscow of others' troops, against them.
func TestNoTalkOf(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Foreign Minister Sergei Lavrov said there can be no talk of any foreign contingent, under whatever flag.",
			map[string]model.Stance{"Sergei Lavrov": model.Opposes}},
	})
}

// A modifier the question file does not list may stand after a proposal
// phrase's determiner: "a legal minimum age" names "a minimum age".
func TestModifierInsideAProposalPhrase(t *testing.T) {
	src := `id = "age"
question = "Should social media have a minimum age?"
proposal = ['a minimum age']
acts = ['restrict~']
`
	text := "Age limit\n\nMinisters discussed a minimum age for social media. Norway wants a legal minimum age. Sweden wants a legal framework.\n"
	got := stancesUnder(t, src, text)
	checkWanted(t, got, map[string]model.Stance{"Norway": model.Supports})
	if s := got["Sweden"]; s != model.None && s != "" {
		t.Errorf("Sweden: %s, want no stance (all %v)", s, got)
	}
}

// Judgements of a proposal as news words them: disagreeing with it, a
// blunt tool, risking harm, here to stay.
func TestJudgementsOfALevy(t *testing.T) {
	text := levyLead + "Parcelo said it would comply while continuing to disagree with the levy. " +
		"Consumer group Votra said the levy was a blunt instrument. " +
		"Shipwell argued the levy risked pushing shoppers abroad. " +
		"\"The levy is here to stay,\" said Finance Minister Ida Holm. " +
		"Analyst Jan Berg said the economy risked losing ground.\n"
	got := stancesUnder(t, levyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Parcelo": model.Opposes, "Votra": model.Opposes, "Shipwell": model.Opposes, "Ida Holm": model.Supports})
	if s := got["Jan Berg"]; s != model.None && s != "" {
		t.Errorf("Jan Berg: %s, want no stance", s)
	}
}

// Enforcing a law is carrying it out, and "began enforcing" is the
// subject's; "an EU-wide levy" names "a levy".
func TestEnforcingAndWideModifiers(t *testing.T) {
	text := levyLead + "Portugal began enforcing its levy on small parcels in May. The European Parliament called for an EU-wide levy on small parcels.\n"
	checkWanted(t, stancesUnder(t, levyQuestion, text), map[string]model.Stance{"Portugal": model.Supports, "European Parliament": model.Supports})
}

// A proposal phrase opening with a verb before its object's determiner is
// an act even when the question does not list the verb ("stop the
// clock"); sympathy for it is openness.
func TestVerbPhraseProposalAndSympathy(t *testing.T) {
	src := `id = "clock"
question = "Should the rules be paused?"
proposal = ['stop the clock', 'a postponement']
acts = ['postpone~']
`
	text := "Rules\n\nMinisters discussed a postponement on Monday. \"We are not going to stop the clock,\" Commissioner Ida Holm said. " +
		"Officials in Poland have signalled sympathy for a postponement.\n"
	checkWanted(t, stancesUnder(t, src, text), map[string]model.Stance{"Ida Holm": model.RulesOut, "Poland": model.Open})
}

// A phrase of five or six words matches its text hyphenated or with a
// dash between two names: "the EU-Mercosur trade agreement", "the
// EU–Mercosur trade agreement".
func TestLongPhraseHyphenatedOrDashed(t *testing.T) {
	set, err := newPhraseSet([]string{"the eu mercosur trade agreement"})
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"the EU-Mercosur trade agreement", "the EU–Mercosur trade agreement", "the EU Mercosur trade agreement"} {
		if !phraseOpens(set, text) {
			t.Errorf("%q not matched", text)
		}
	}
}

// "to" after the one urged is an infinitive's: "urging him to follow
// Sweden" follows it, no noun "follow".
func TestUrgingHimTo(t *testing.T) {
	src := `id = "sweden"
question = "Should the country adopt the Swedish model?"
proposal = ['the swedish model']
acts = ['adopt~']

[[frames]]
class = "favor"
pattern = "follow~ sweden"
`
	text := "Model\n\nMinisters discussed the Swedish model on Monday. Campaigner Ana Holm wrote to the premier urging him to follow Sweden.\n"
	checkWanted(t, stancesUnder(t, src, text), map[string]model.Stance{"Ana Holm": model.Supports})
}

// "available for" and "ready for" the proposal, as translations write
// readiness: '"We are not available for a deployment," Crosetto said'.
func TestAvailableForTheProposal(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"We are not available for a deployment to Ukraine,\" Defence Minister Guido Crosetto said.",
			map[string]model.Stance{"Guido Crosetto": model.RulesOut}},
		{troopsLead + "Italy is ready for a deployment of troops to Ukraine.",
			map[string]model.Stance{"Italy": model.Supports}},
	})
}

// "unlikely to send" rules it out, and "not unlikely" is open; it had read
// as the act itself, support. "Britain and its allies" is Britain's.
func TestUnlikelyToSend(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Britain and its allies are \"highly unlikely\" to send troops to Ukraine, Defence Secretary Tom Hale said.",
			map[string]model.Stance{"United Kingdom": model.RulesOut, "Tom Hale": model.RulesOut}},
		{troopsLead + "Spain is not unlikely to send troops to Ukraine.",
			map[string]model.Stance{"Spain": model.Open}},
	})
}

// Preferring something "rather than" or "instead of" the proposal objects
// to it: "wants age ratings rather than a blunt blanket ban".
func TestRatherThanTheProposal(t *testing.T) {
	checkLevy(t, levyLead+"Sweden wants stricter customs checks rather than a levy on small parcels. Denmark backs better tracking instead of a levy on small parcels.\n",
		map[string]model.Stance{"Sweden": model.Opposes, "Denmark": model.Opposes})
}

// Making the proposal a priority, a cause or a signature policy backs it.
func TestMadeItAPriority(t *testing.T) {
	checkLevy(t, levyLead+"Sweden has made the levy on small parcels one of its priorities. Ministers discussed a levy on small parcels again. Denmark has made it a signature policy.\n",
		map[string]model.Stance{"Sweden": model.Supports, "Denmark": model.Supports})
}

// "is a firm backer" and "is a fierce critic" in a passage about the
// proposal say where one stands; "the case for it has not been made"
// objects, where "the case for it" alone backs it. "The Bundesbank under
// Joachim Nagel" is the bank's and its head's.
func TestBackerCriticAndCaseNotMade(t *testing.T) {
	checkLevy(t, levyLead+"The Bundesbank under Joachim Nagel is a firm backer. "+
		"Ministers discussed a levy on small parcels again. Claudio Borghi is a fierce critic. "+
		"Riikka Purra said the case for a levy on small parcels \"has not been made\".\n",
		map[string]model.Stance{"Bundesbank": model.Supports, "Joachim Nagel": model.Supports, "Claudio Borghi": model.Opposes, "Riikka Purra": model.Opposes})
}

// Sending troops "makes us co-belligerents": an objection.
func TestCoBelligerents(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"Putting French or any NATO soldiers in Ukraine makes us co-belligerents, full stop,\" said Mathilde Panot.",
			map[string]model.Stance{"Mathilde Panot": model.Opposes}},
	})
}

// "Sharp criticism came from the Greens": the ones it came from hold it.
func TestCriticismCameFrom(t *testing.T) {
	checkLevy(t, levyLead+"Sharp criticism came from the Greens.\n", map[string]model.Stance{"The Greens": model.Opposes})
}

// "Italian participation in a possible military mission on the ground in
// Ukraine is not foreseen": a long phrase between the participation and
// "foreseen" still refuses it.
func TestParticipationNotForeseenOverALongPhrase(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Prime Minister Giorgia Meloni said Italian participation in a possible military mission on the ground in Ukraine is not foreseen.",
			map[string]model.Stance{"Giorgia Meloni": model.RulesOut}},
	})
}

// The proposal as the subject of a passive of scrapping objects to it:
// "This agreement must be buried, not corrected"; "should not be scrapped"
// turns it round.
func TestProposalMustBeBuried(t *testing.T) {
	checkLevy(t, levyLead+"Anna Bryla said: \"The levy on small parcels must be buried, not corrected.\" Ministers discussed a levy on small parcels again. Per Holm said the levy on small parcels should not be scrapped.\n",
		map[string]model.Stance{"Anna Bryla": model.Opposes, "Per Holm": model.Open})
}

// TestNounDebateAndRequestsNotMade: "the Ukraine debate" is a noun, no one
// debating (it had made Ukraine undecided); not asking for troops is no
// stance, where not supporting them is against.
func TestNounDebateAndRequestsNotMade(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nIn the garrison town, the Ukraine debate about sending troops is no abstraction.",
			map[string]model.Stance{"Ukraine": model.None}},
		{"Troops for Ukraine\n\nGermany will debate sending troops to Ukraine next week.",
			map[string]model.Stance{"Germany": model.Undecided}},
		{"Troops for Ukraine\n\nPresident Volodymyr Zelensky has said Kyiv needs shells first; he has not asked for foreign soldiers.",
			map[string]model.Stance{"Volodymyr Zelensky": model.None, "Ukraine": model.None}},
		{"Troops for Ukraine\n\nPrime Minister Anna Berg does not support sending troops to Ukraine.",
			map[string]model.Stance{"Anna Berg": model.Opposes}},
	})
}

// TestReferenceBeforeANewClause: "I don't want it and I don't think …":
// the "it" refers back to the proposal though another clause follows.
func TestReferenceBeforeANewClause(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan to send troops to Ukraine was discussed on Monday. \"I don't want it and I don't think anyone here is asking for it,\" said Anna Berg.",
			map[string]model.Stance{"Anna Berg": model.Opposes}},
	})
}
