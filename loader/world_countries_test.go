package loader

import (
	"testing"

	"standpoint/model"
)

// TestSmallStatesAreActors: every sovereign state can hold a position,
// not only the ones troops debates name most.
func TestSmallStatesAreActors(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nFiji and Palau said they were ready to send troops to Ukraine. Papua New Guinea ruled out sending troops.",
			map[string]model.Stance{"Fiji": model.Supports, "Palau": model.Supports, "Papua New Guinea": model.RulesOut}},
		{"Troops for Ukraine\n\nJordan said it would not send troops to Ukraine.",
			map[string]model.Stance{"Jordan": model.RulesOut}},
	})
}

// TestFirstNamesThatArePlaces: "Jordan Bardella" is a man, not the
// kingdom; "Victoria Collins" a woman, not a capital.
func TestFirstNamesThatArePlaces(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nJordan Bardella said France must not send troops to Ukraine.",
			map[string]model.Stance{"Jordan Bardella": model.Opposes, "Jordan": "-"}},
		{"Troops for Ukraine\n\nVictoria Collins said Britain should send troops to Ukraine.",
			map[string]model.Stance{"Victoria Collins": model.Supports}},
	})
}

// TestPartyInBracketsIsNoSecondSubject: "Hendrik Streeck (CDU), a critic
// of it," gives the stance to Streeck; the bracket names his party, not
// another actor between the subject and the cue.
func TestPartyInBracketsIsNoSecondSubject(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe debate on troops for Ukraine goes on. Hendrik Streeck (CDU), a declared critic of sending troops to Ukraine, spoke on Monday.",
			map[string]model.Stance{"Hendrik Streeck": model.Opposes}},
	})
}

// TestInItsTurnBetweenSubjectAndVerb: "in its turn" and "on their side"
// stand between a subject and its verb as "for its part" does.
func TestInItsTurnBetweenSubjectAndVerb(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe debate on sending troops to Ukraine goes on. The Left Alliance in its turn is against the whole force.",
			map[string]model.Stance{"Left Alliance": model.Opposes}},
	})
}

// TestRelativeClauseAfterLedBy: in "the coalition of the willing led by
// Britain and France, which is planning a force", the coalition plans, not
// the two countries that lead it.
func TestRelativeClauseAfterLedBy(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe debate on sending troops to Ukraine goes on. Norway is not part of the coalition of the willing led by Britain and France, which is planning a force to be sent to Ukraine.",
			map[string]model.Stance{"Coalition of the willing": model.Supports, "France": "-", "United Kingdom": "-"}},
	})
}

// TestUnknownTitleBeforeAName: a title-shaped word the lexicon does not
// know before a known first name and a surname is the person's title
// ("Assemblymember Dana Whitcomb"); a name of three words is not split
// ("Thorgerdur Katrin Gunnarsdottir").
func TestUnknownTitleBeforeAName(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Assemblymember Dana Whitcomb, a Democrat from Santa Cruz, said she opposed sending troops to Ukraine.",
			map[string]model.Stance{"Dana Whitcomb": model.Opposes}},
		{troopsLead + "Thorgerdur Katrin Gunnarsdottir said she opposed sending troops to Ukraine.",
			map[string]model.Stance{"Thorgerdur Katrin Gunnarsdottir": model.Opposes}},
	})
}

// TestWhosePartyAndRoleOpeners: "X, whose Party for Freedom (PVV) lost
// ground, said" gives the party its leader's stance, as "whose PVV party"
// does; "says Chamber member Anna Berg" makes no person "Chamber".
func TestWhosePartyAndRoleOpeners(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Geert Wilders, whose Party for Freedom (PVV) lost ground, said he opposed sending troops to Ukraine.",
			map[string]model.Stance{"Geert Wilders": model.Opposes, "Party for Freedom": model.Opposes}},
		{troopsLead + "\"We do not say no, we do not say yes to troops in Ukraine,\" says Chamber member Anna Berg (Vooruit).",
			map[string]model.Stance{"Chamber": "-"}},
	})
}

// TestInvertedSpeakerAfterARole: "“…,” said the group's co-founder,
// Maureen Haller," and "“…,” said its deputy Agnieszka Sowa" name the
// quote's speaker after the role.
func TestInvertedSpeakerAfterARole(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"Sending troops to Ukraine would be a grave mistake,\" said the group's co-founder, Maureen Haller, of South Haven.",
			map[string]model.Stance{"Maureen Haller": model.Opposes}},
		{troopsLead + "\"We are ready to talk about troops in Ukraine,\" said its deputy Agnieszka Sowa.",
			map[string]model.Stance{"Agnieszka Sowa": model.Open}},
	})
}

// TestPassiveAgentsWithModifiers: "was backed by the opposition
// Conservatives and the right-wing Progress Party" names two agents.
func TestPassiveAgentsWithModifiers(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The plan to send troops to Ukraine was backed by the opposition Conservatives and the right-wing Progress Party.",
			map[string]model.Stance{"Conservative Party": model.Supports, "Progress Party": model.Supports}},
	})
}

// TestLeadersCoalition: "Meloni's coalition" is her government, as
// "Meloni's government" is; "Macron's coalition of the willing" is not.
func TestLeadersCoalition(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Giorgia Meloni's coalition has made clear it has no intention of sending troops to Ukraine.",
			map[string]model.Stance{"Italy": model.RulesOut, "Giorgia Meloni": model.RulesOut}},
	})
}

// TestPluralPossessiveBeforeARole: "The Greens' spokesperson Anna Berg"
// speaks for the Greens, as "The SNP's spokesperson" does for the SNP.
func TestPluralPossessiveBeforeARole(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The Liberal Democrats' spokesperson, Alison Creed, said her party would support sending troops to Ukraine.",
			map[string]model.Stance{"Alison Creed": model.Supports, "Liberal Democrats": model.Supports}},
	})
}

// TestPartiesByTranslatedNames: parties named as translations write them
// ("the Movement 5 Stars", "France Insubmissive") are the gazetteer's.
func TestPartiesByTranslatedNames(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The Movement 5 Stars rejected sending troops to Ukraine. France Insubmissive opposed sending troops to Ukraine.",
			map[string]model.Stance{"Five Star Movement": model.Opposes, "La France Insoumise": model.Opposes}},
	})
}

// TestCoordinatedOverBrackets: "The Sahra Wagenknecht Alliance (BSW) and
// the Left party also oppose" has two subjects.
func TestCoordinatedOverBrackets(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The Sahra Wagenknecht Alliance (BSW) and the Left party also oppose sending troops to Ukraine.",
			map[string]model.Stance{"BSW": model.Opposes, "Die Linke": model.Opposes}},
	})
}

// TestLongAppositiveBeforeSaying: a person's appositive of more than a
// dozen words still leaves the person the speaker of "stated that “…”",
// and of the quote's next sentence.
func TestLongAppositiveBeforeSaying(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Anna Berg, a member of the House of Representatives from the Constitutional Democratic Party of Japan (CDP), stated that \"if the government has any intention to send troops, it must first come to the Diet and explain. Before that, we cannot say yes or no.\"",
			map[string]model.Stance{"Anna Berg": model.Undecided}},
	})
}

// TestGroupsSayTheirOwn: "“In parliament, the far left says no soldier
// should go,” said X" reports the far left's view, not X's; "Russian
// officials have said" names Russia, whose view it is.
func TestGroupsSayTheirOwn(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"In parliament, the far left says no soldier should go to Ukraine,\" said Marc Dewaele.",
			map[string]model.Stance{"Marc Dewaele": "-"}},
		{troopsLead + "Dmitry Peskov said the position was known, and Russian officials have repeatedly said any Western troops in Ukraine would be treated as targets.",
			map[string]model.Stance{"Russia": model.Opposes}},
	})
}

// TestAnswersToAQuestion: a question the article asks ("Which countries
// would actually send soldiers?", "The question is whether any country
// will") holds no stance, and a next sentence that answers it with its
// verb left out ("Britain and France have said that they would") does.
func TestAnswersToAQuestion(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Which countries would actually send soldiers to Ukraine? That is the question officials least like to answer. Britain and France have said plainly that they would.",
			map[string]model.Stance{"United Kingdom": model.Supports, "France": model.Supports}},
		{troopsLead + "The question is whether any European country will put soldiers on the ground in Ukraine. Poland has said that it would not.",
			map[string]model.Stance{"Poland": model.RulesOut}},
	})
}

// TestVoicesInACapital: "A spokesperson in Warsaw said" speaks for
// Poland's government, as "In Warsaw, officials said" does.
func TestVoicesInACapital(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "A spokesperson in Warsaw said the government had not yet decided whether to send troops to Ukraine.",
			map[string]model.Stance{"Poland": model.Undecided}},
	})
}

// TestPartysMember: "Reform UK's Lee Anderson was" names a person, the
// party's, as "Australia's Anthony Albanese" names the country's.
func TestPartysMember(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Reform UK's Lee Anderson was in blunt form. \"We will be stuck there for twenty years if we send troops,\" he said. He said he opposed sending troops to Ukraine.",
			map[string]model.Stance{"Lee Anderson": model.Opposes}},
	})
}

// TestPassiveSayingNamesNoSpeaker: in "Western units, whatever they are
// called, would be legitimate targets, she said", "are called" names no
// speaker: the quote is hers; "is described as open" still gives its
// subject the stance, and "was telling" is no passive.
func TestPassiveSayingNamesNoSpeaker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Russia's foreign ministry spokeswoman, Maria Zakharova, repeated the warning. Western units on Ukrainian territory, whatever they are called, would be \"legitimate military targets\", she said.",
			map[string]model.Stance{"Maria Zakharova": model.Opposes, "Western allies": "-"}},
	})
}
