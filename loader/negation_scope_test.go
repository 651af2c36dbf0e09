package loader

import (
	"testing"

	"standpoint/model"
)

// TestNegationAbove: a negation reaches the clause it governs from an
// opinion verb ("don't think … should": should not) and from a subject
// that opens with it further back ("neither … nor", "nobody in").
func TestNegationAbove(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"I don't think any government should be putting troops into Ukraine,\" said Mayor Tom Ashby.",
			map[string]model.Stance{"Tom Ashby": model.Opposes}},
		{"Troops for Ukraine\n\nMayor Tom Ashby said he did not believe Europe should send soldiers to Ukraine.",
			map[string]model.Stance{"Tom Ashby": model.Opposes}},
		{"Troops for Ukraine\n\nThe minister said that neither the Belgian cabinet nor other NATO member states would deploy soldiers to Ukraine.",
			map[string]model.Stance{"NATO": model.RulesOut}},
		{"Troops for Ukraine\n\nKarin Lund said: \"Nobody in our government wants Danish troops in Ukraine.\"",
			map[string]model.Stance{"Karin Lund": model.Opposes}},
	})
}

// TestGapsAndGroups: a frame's gap does not cross "against" ("vowed to
// vote against sending": no vow to send), and a short adverb stays
// inside a verb group ("would only go in").
func TestGapsAndGroups(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOpposition leader Jan Berg promised to vote against sending Swedish soldiers to Ukraine.",
			map[string]model.Stance{"Jan Berg": model.Opposes}},
		{"Troops for Ukraine\n\nDefence Minister Ole Lund said Norwegian troops would only go in once a ceasefire held.",
			map[string]model.Stance{"Ole Lund": model.Supports}},
	})
}

// TestUnsettledAndDetails: "still deciding" and "the question is not
// settled" say the matter is open; declining to say which or who gives
// no stance; admitting the possibility of a deployment is openness; a
// sentence's opening "So" is no part of the name after it.
func TestUnsettledAndDetails(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. Austria, which has been neutral for decades, is still deciding.",
			map[string]model.Stance{"Austria": model.Undecided}},
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. \"The question is not settled,\" said Anna Roth, an MP.",
			map[string]model.Stance{"Anna Roth": model.Undecided}},
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. Jan Holm declined to say which allies had raised the idea.",
			map[string]model.Stance{"Jan Holm": "-"}},
		{"Troops for Ukraine\n\nPresident Anna Kovac admitted the possibility of sending European ground forces to Ukraine.",
			map[string]model.Stance{"Anna Kovac": model.Open}},
		{"Troops for Ukraine\n\nSo Kovac says yes to sending troops.",
			map[string]model.Stance{"Kovac": model.Supports}},
	})
}

// TestCausesAndBases: "would lead to consequences" is a cause and a
// threat, not leading a force; units "based in" a neighbour "rather than
// inside" the debate's country are not going there.
func TestCausesAndBases(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe deployment of NATO contingents in Ukraine would lead to grave consequences, Foreign Minister Ivan Petrov said.",
			map[string]model.Stance{"Ivan Petrov": model.Opposes}},
		{"Troops for Ukraine\n\nChancellor Karl Vogt said German units could be based in a neighbouring allied country rather than inside Ukraine.",
			map[string]model.Stance{"Karl Vogt": model.RulesOut}},
	})
}

// TestJudgingSubjects: the active subject of a verb of judging judges;
// it is no topic ("his country's job was to defend the border" says
// nothing of the soldiers), and "was to defend" is no passive.
func TestJudgingSubjects(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMEP Jan Nowicki said Polish soldiers would not go to Ukraine, because his country's job was to defend the eastern border. Anna Ricci, an Italian MEP, took the same position.",
			map[string]model.Stance{"Jan Nowicki": model.RulesOut, "Anna Ricci": model.RulesOut}},
	})
}

// TestSecondClausesAndExceptions: "nothing is decided and nothing is
// excluded" is two clauses, the second open; "will provide logistics, but
// not ground troops" sets the proposal apart from what is given.
func TestSecondClausesAndExceptions(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOn sending soldiers, Prime Minister Paul Roux said that \"nothing is decided and nothing is excluded\".",
			map[string]model.Stance{"Paul Roux": model.Open}},
		{"Troops for Ukraine\n\nNorway will provide logistics and intelligence, but not ground troops.",
			map[string]model.Stance{"Norway": model.RulesOut}},
	})
}

// TestOthersAndSuchAdventures: what "a number of states" are said to
// discuss is theirs, not the speaker's; "such adventures" points back to
// the proposal just named.
func TestOthersAndSuchAdventures(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Jan Novak, who revealed that a number of Western states were discussing the dispatch of troops to Ukraine, confirmed that his country would not participate in such adventures.",
			map[string]model.Stance{"Jan Novak": model.RulesOut}},
	})
}

// TestNoneAdverbials: "in no form", "under no circumstances" negate the
// clause; "providing" without "that" is a verb, not a condition.
func TestNoneAdverbials(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMoscow has repeatedly declared that it will accept soldiers of Western states in Ukraine in no form whatsoever.",
			map[string]model.Stance{"Russia": model.Opposes}},
		{"Troops for Ukraine\n\nPresident Anna Kovac said that 20 states had committed to sending soldiers to Ukraine or providing other support.",
			map[string]model.Stance{"Anna Kovac": model.Supports}},
	})
}

// TestNotForNotAgainst: "not for, not against" is undecided; being "the
// most enthusiastic" in an article about the proposal favours it.
func TestNotForNotAgainst(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan to send troops was debated. MP Eva Novak said her group is \"not for, not against\" sending troops.",
			map[string]model.Stance{"Eva Novak": model.Undecided}},
	})
}

// TestPronounsAndQuestionSubjects: "will not send them" refers back to the
// troops just named; "its military" after a verb of sending is its troops;
// "whether troops would go is an open question" is undecided, the
// question being the subject, not the object of "go".
func TestPronounsAndQuestionSubjects(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nLatvian soldiers are on the border. \"Latvia will not send them away from our own border,\" said Defence Minister Ivars Ozols.",
			map[string]model.Stance{"Ivars Ozols": model.RulesOut}},
		{"Troops for Ukraine\n\nPrime Minister Anna Ricci said that Italy will not send its military to Ukraine.",
			map[string]model.Stance{"Anna Ricci": model.RulesOut}},
		{"Troops for Ukraine\n\nDefence Minister Ari Lahti acknowledged that whether Finnish troops would go \"is genuinely an open question\".",
			map[string]model.Stance{"Ari Lahti": model.Undecided}},
	})
}

// TestWhetherAlternatives: "whether Irish, British or French" in an aside
// asks nothing; bringing war closer objects.
func TestWhetherAlternatives(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"European troops in Ukraine, whether Irish, British or French, would take us closer to a war,\" said MP Paul Reilly.",
			map[string]model.Stance{"Paul Reilly": model.Opposes}},
	})
}

// TestSaidTheSameThing: "has said the same thing" takes up the stance
// just stated.
func TestSaidTheSameThing(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Anna Kovac ruled out sending Croatian troops to Ukraine. Defence Minister Ivo Maric has said the same thing in sterner language.",
			map[string]model.Stance{"Ivo Maric": model.RulesOut}},
	})
}

// A negated noun predicate turns the judgement round: "sending troops is
// not a mistake" and "is not a taboo" are open, where "is a mistake"
// objects; they had read as the objection and the refusal.
func TestNegatedNounPredicate(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Defence Minister Per Berg said sending troops is not a mistake.", map[string]model.Stance{"Per Berg": model.Open}},
		{troopsLead + "Defence Minister Per Berg said sending troops is not a taboo.", map[string]model.Stance{"Per Berg": model.Open}},
		{troopsLead + "Defence Minister Per Berg said sending troops is a mistake.", map[string]model.Stance{"Per Berg": model.Opposes}},
	})
}

// TestUniversalExclusions: excluding "no option", throwing none away and
// judging exclusion unwise keep the option open; "never will not send",
// as translations from languages of negative concord write it, is one
// refusal.
func TestUniversalExclusions(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe summit discussed sending ground troops to Ukraine. Premier Ivo Laar said again that he was excluding no option.",
			map[string]model.Stance{"Ivo Laar": model.Open}},
		{"Troops for Ukraine\n\nThe summit discussed sending ground troops to Ukraine. Minister Lina Vos said no option could be thrown away before the talks began.",
			map[string]model.Stance{"Lina Vos": model.Open}},
		{"Troops for Ukraine\n\nThe summit discussed sending ground troops to Ukraine. President Ota Brun said that to exclude every variant in advance is \"not wise\".",
			map[string]model.Stance{"Ota Brun": model.Open}},
		{"Troops for Ukraine\n\nPremier Jozef Kral said Slovakia never will not send its soldier to the war in Ukraine.",
			map[string]model.Stance{"Jozef Kral": model.RulesOut, "Slovakia": model.RulesOut}},
	})
}

// TestComesIntoQuestion: "comes … not into question", as translations
// from German write it, rules out; the "not" may stand inside the phrase.
func TestComesIntoQuestion(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nA deployment of German troops to Ukraine comes for the Federal Government not into question, said Minister Karl Weber.",
			map[string]model.Stance{"Karl Weber": model.RulesOut}},
	})
}

// TestRoadsAndCounterfactuals: "ready to go down that road" takes the step
// the debate names; "would have said no" ten years ago says nothing of
// now.
func TestRoadsAndCounterfactuals(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. Premier Mette Holm said Denmark would go down that road.",
			map[string]model.Stance{"Mette Holm": model.Supports}},
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. \"Ten years ago I would have said no,\" said Premier Mette Holm.",
			map[string]model.Stance{"Mette Holm": "-"}},
	})
}

// TestNotAssumed: "the sending of … is not assumed", as a translation
// from Japanese writes "not envisaged", rules it out.
func TestNotAssumed(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Aiko Mori told reporters: \"The sending of a Self-Defense Force unit into Ukraine is not assumed.\"",
			map[string]model.Stance{"Aiko Mori": model.RulesOut}},
	})
}

// TestNoOptionAndNearness: the proposal called "no option" is ruled out;
// soldiers sent "anywhere near Russia" are no troops bound for another
// country than the debate's.
func TestNoOptionAndNearness(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDefence Minister Karl Weber described a sending of German soldiers as \"no option\".",
			map[string]model.Stance{"Karl Weber": model.RulesOut}},
		{"Troops for Ukraine\n\nSenator Pauline Hart said no Western country should be sending soldiers anywhere near Russia.",
			map[string]model.Stance{"Pauline Hart": model.Opposes}},
	})
}

// TestSignalSentElsewhere: "a signal we send to Russia" sends no troops
// there, so the clause is still about troops for the debate's country.
func TestSignalSentElsewhere(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. Minister Kaja Tamm said: \"It is also a signal we send to Russia, that we do not rule things out.\"",
			map[string]model.Stance{"Kaja Tamm": model.Open}},
	})
}

// TestOpenedDoorAndExcludedFrom: opening the door to the proposal is
// openness; "excluded from the talks" is being left out, no refusal.
func TestOpenedDoorAndExcludedFrom(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Pedro Ruiz has opened the door to the participation of the Spanish Armed Forces in a multinational mission in Ukraine.",
			map[string]model.Stance{"Pedro Ruiz": model.Open}},
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. The Vox party, excluded from the round of contacts, was more forceful.",
			map[string]model.Stance{"Vox": "-"}},
	})
}

// TestTakingPartInATalk: taking part in the debate about soldiers is no
// act on soldiers; taking part in a mission is.
func TestTakingPartInATalk(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMinister Anna Lenz did not want to take part in the debate about soldiers.",
			map[string]model.Stance{"Anna Lenz": "-"}},
		{"Troops for Ukraine\n\nMinister Anna Lenz said Austrian soldiers would take part in a mission in Ukraine.",
			map[string]model.Stance{"Anna Lenz": model.Supports}},
	})
}

// TestSimplyNotSettled: "a question that had simply not been settled" is
// unsettled.
func TestSimplyNotSettled(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nAsked whether Finnish soldiers could serve in Ukraine, President Aleksi Stenberg said it was a question that had simply not been settled.",
			map[string]model.Stance{"Aleksi Stenberg": model.Undecided}},
	})
}

// TestDeclinedToExclude: "declined to exclude a Canadian presence" keeps
// it open, while "refuse to play any Russian team" still refuses; "no
// legal basis to station troops" rules them out; "which way its MPs would
// go" asks, and says nothing.
func TestDeclinedToExclude(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nIn Kyiv, Prime Minister Mark Cole declined to exclude a Canadian presence on the ground.",
			map[string]model.Stance{"Mark Cole": model.Open}},
		{"Troops for Ukraine\n\nDefence Minister Gen Nakai said there is \"no legal basis\" to station Japanese troops in Ukraine.",
			map[string]model.Stance{"Japan": model.RulesOut}},
		{"Troops for Ukraine\n\nThe Bloc Québécois demanded a vote before any deployment of troops to Ukraine, without indicating which way its MPs would go.",
			map[string]model.Stance{"Bloc Québécois": "-"}},
	})
}
