package loader

import (
	"testing"

	"standpoint/model"
)

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
// Britain and France, which is planning a force", the coalition plans, and
// the two countries that lead it hold that with it (not Norway).
func TestRelativeClauseAfterLedBy(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe debate on sending troops to Ukraine goes on. Norway is not part of the coalition of the willing led by Britain and France, which is planning a force to be sent to Ukraine.",
			map[string]model.Stance{"Coalition of the willing": model.Supports, "France": model.Supports, "United Kingdom": model.Supports, "Norway": model.None}},
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

// TestCoordinatedOverBrackets: "The Sahra Wagenknecht Alliance (BSW) and
// the Left party also oppose" has two subjects.
func TestCoordinatedOverBrackets(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The Sahra Wagenknecht Alliance (BSW) and the Left party also oppose sending troops to Ukraine.",
			map[string]model.Stance{"BSW": model.Opposes, "Die Linke": model.Opposes}},
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

// TestLeadersHoldTheirGroupsStance: a group "led by" countries holds its
// stance with them, whether the group or its leaders stand as the
// subject.
func TestLeadersHoldTheirGroupsStance(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition of the willing, led by Britain and France, has pledged troops for Ukraine.",
			map[string]model.Stance{"Coalition of the willing": model.Supports, "United Kingdom": model.Supports, "France": model.Supports}},
		{"Troops for Ukraine\n\nThe prime minister said a coalition of the willing led by Britain and France would send troops to Ukraine.",
			map[string]model.Stance{"Coalition of the willing": model.Supports, "United Kingdom": model.Supports, "France": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition of the willing, backed by Britain and France, has pledged troops for Ukraine.",
			map[string]model.Stance{"Coalition of the willing": model.Supports, "United Kingdom": model.None, "France": model.None}},
	})
}

// TestOwnersOfParticipationAndPosition: "Ireland's participation would
// depend on a UN mandate" and "Italy's position is that no Italian troops
// will go" are the owners' stances.
func TestOwnersOfParticipationAndPosition(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nIreland's participation would depend on a UN mandate, the Taoiseach said.", map[string]model.Stance{"Ireland": model.Open}},
		{"Troops for Ukraine\n\nItaly's position is that no Italian troops will go to Ukraine.", map[string]model.Stance{"Italy": model.RulesOut}},
	})
}

// TestSubjectAfterTwoOpeningPhrases: "Earlier, speaking at the White
// House, Donald Trump praised … but repeated that …": the second verb's
// subject comes after both opening phrases.
func TestSubjectAfterTwoOpeningPhrases(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Earlier, speaking in Brussels, the opposition leader Piet Claes thanked his hosts but repeated that Belgian troops would not be part of any force on the ground.",
			map[string]model.Stance{"Piet Claes": model.RulesOut}},
	})
}

// TestArguingThatOpensAClause: what a speaker goes on to argue after a
// quote is a clause of its own, so the quote's judgement is not tied to
// the troops named in it.
func TestArguingThatOpensAClause(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "“This is a shameful retreat from everything we stood for,” said Petr Fiala, arguing that a Czech unit should serve alongside British and French troops once a deal is reached.",
			map[string]model.Stance{"Petr Fiala": model.Supports}},
	})
}

// TestRelativeClauseOverALightVerb: "Russia, which has made its rejection
// of … a fixed point": the relative clause's antecedent holds the noun's
// stance over the verb that only shows it.
func TestRelativeClauseOverALightVerb(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "None of this is lost on Russia, which has made its rejection of any Western troops in Ukraine a fixed point of every statement.",
			map[string]model.Stance{"Russia": model.Opposes}},
	})
}

// TestIfNotIsNoQuestion: "politically if not yet legally" between the
// subject and its act asks nothing: the subject holds it.
func TestIfNotIsNoQuestion(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "France and Britain have bound themselves, politically if not yet legally, to put troops into Ukraine once the shooting stops.",
			map[string]model.Stance{"France": model.Supports, "United Kingdom": model.Supports}},
	})
}

// TestNoCountrysOwnTroops: "No European country has any business sending
// its soldiers to Ukraine" is a rule for all, not the speaker refusing
// his own country's soldiers.
func TestNoCountrysOwnTroops(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "“No European country has any business sending its soldiers to Ukraine, not the French, not the British, nobody,” the party leader Jan Novak said in a video.",
			map[string]model.Stance{"Jan Novak": model.Opposes}},
	})
}

// TestGovernmentAsThey: a country the sentence opens with is "they" in the
// clause after a semicolon, as speech has it.
func TestGovernmentAsThey(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "“Latvia is still working it through; they have not said yes and they have not said no,” the general said.",
			map[string]model.Stance{"Latvia": model.Undecided}},
		{troopsLead + "Latvia has offered staff officers, but they will not be sent to Ukraine.",
			map[string]model.Stance{"Latvia": model.None}},
	})
}

// TestInHisOpinionOpeningASentence: "In his opinion, …" after a sentence
// naming someone is that person's view.
func TestInHisOpinionOpeningASentence(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The opposition deputy Nikola Grmoja went further. In his opinion, the whole idea that European armies should enter Ukraine is a dangerous adventure.",
			map[string]model.Stance{"Nikola Grmoja": model.Opposes}},
	})
}

// TestArguingThatIsItsOwnClause: the reason given after ", arguing that"
// does not hedge the commitment before it.
func TestArguingThatIsItsOwnClause(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Prime Minister Kristen Michal has said his country is prepared to send a unit to Ukraine as part of a coalition force, arguing that a small state's credibility depends on being seen to share the risk.",
			map[string]model.Stance{"Kristen Michal": model.Supports}},
	})
}

// TestItSaysAfterABody: "It says" opening a sentence after one that named
// a body is the body speaking.
func TestItSaysAfterABody(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The European Commission has put out a short statement. It says it supports, in principle, a British contribution to a multinational force in Ukraine after a ceasefire.",
			map[string]model.Stance{"European Commission": model.Open}},
	})
}

// TestDescribingAsAfterTheMainVerb: ", describing X as a recipe for war"
// is the judgement of the sentence's subject.
func TestDescribingAsAfterTheMainVerb(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Deputy Paul Murphy went further, describing the concept of a Western force in Ukraine as a recipe for a wider war.",
			map[string]model.Stance{"Paul Murphy": model.Opposes}},
		{troopsLead + "The opposition deputy Anna Roth went further, describing the concept of a Western force in Ukraine as a recipe for a wider war.",
			map[string]model.Stance{"Anna Roth": model.Opposes}},
	})
}
