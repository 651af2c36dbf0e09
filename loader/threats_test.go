package loader

import (
	"testing"

	"standpoint/model"
)

// TestThreatWordings: troops "seen as an act of intervention"; a conflict
// "not probable but inevitable" is affirmed, not negated.
func TestThreatWordings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nKremlin spokesman Ivan Sokolov warned that any European troops in Ukraine would be seen as an act of \"intervention\".",
			map[string]model.Stance{"Ivan Sokolov": model.Opposes}},
		{"Troops for Ukraine\n\nKremlin spokesman Ivan Sokolov said that if NATO countries sent troops, conflict between Russia and the alliance would become not probable but \"inevitable\".",
			map[string]model.Stance{"Ivan Sokolov": model.Opposes}},
	})
}

// TestObjectionWordings: troops that "extend the war", "amount to direct
// involvement"; "did not agree with the idea"; a condition on "whoever
// sends soldiers" is no one's act; a party's critic speaks for it.
func TestObjectionWordings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nForeign minister Peter Szabo said the deployment of European soldiers in Ukraine would \"extend the war instead of ending it\".",
			map[string]model.Stance{"Peter Szabo": model.Opposes}},
		{"Troops for Ukraine\n\nSpokeswoman Maria Orlova said the deployment of troops from NATO countries would amount to direct involvement in the conflict.",
			map[string]model.Stance{"Maria Orlova": model.Opposes}},
		{"Troops for Ukraine\n\nIn Madrid, a government spokeswoman said Spain did not agree with the idea of sending troops.",
			map[string]model.Stance{"Spain": model.Opposes}},
		{"Troops for Ukraine\n\nWhoever sends German soldiers to the Russian front \"risks a third world war\", party founder Sahra Vogt said.",
			map[string]model.Stance{"Sahra Vogt": model.Opposes}},
		{"Troops for Ukraine\n\nNDP defence critic Rachel Brennan said the New Democrats could not support sending Canadian soldiers.",
			map[string]model.Stance{"Rachel Brennan": model.RulesOut, "New Democratic Party": model.RulesOut}},
	})
}

// TestRefusalWordings: "Italian ground forces are not foreseen"; a
// contingent that "would overstretch us"; help "not with sending of
// military"; soldiers that "would feed Russian propaganda".
func TestRefusalWordings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe government said that Italian ground forces are not foreseen.",
			map[string]model.Stance{"Italy": model.RulesOut}},
		{"Troops for Ukraine\n\nDefence Minister Boris Lang warned that a deployment inside Ukraine would \"overstretch\" the Bundeswehr.",
			map[string]model.Stance{"Boris Lang": model.RulesOut}},
		{"Troops for Ukraine\n\nThe Croatian premier Ante Horvat confirmed that Croatia will help \"in other way, not with sending of military\".",
			map[string]model.Stance{"Croatia": model.RulesOut}},
		{"Troops for Ukraine\n\nOpposition leader Jan Nowak has said foreign soldiers in Ukraine would feed Russian propaganda.",
			map[string]model.Stance{"Jan Nowak": model.Opposes}},
	})
}

// TestApprovalAndFans: "will not give its approval to" the proposal
// opposes it; "he is not a fan" of a plan the clause names; "objected
// that"; "a knee-jerk reaction".
func TestApprovalAndFans(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Jan Berg said Sweden would not give its approval to a deployment of troops.",
			map[string]model.Stance{"Jan Berg": model.Opposes}},
		{"Troops for Ukraine\n\nOpposition leader Jan Berg has weighed in on the plan for troops, and he is not a fan.",
			map[string]model.Stance{"Jan Berg": model.Opposes}},
		{"Troops for Ukraine\n\nOpposition leader Jan Berg objected that troops in Ukraine could drag Europe into the war.",
			map[string]model.Stance{"Jan Berg": model.Opposes}},
		{"Troops for Ukraine\n\nOpposition leader Jan Berg called the plan for troops \"a knee-jerk reaction\".",
			map[string]model.Stance{"Jan Berg": model.Opposes}},
	})
}

// TestOccupationAndTargeted: troops called an occupation, or said to be
// targeted, are opposed; "the occupation of the north" is another matter.
func TestOccupationAndTargeted(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSergei Lavrov called the declaration a plan for occupation and warned that any foreign troops would be targeted.",
			map[string]model.Stance{"Sergei Lavrov": model.Opposes}},
		{"Troops for Ukraine\n\nThe talks on troops went on. Cyprus said its forces were tied down by the occupation of the north.",
			map[string]model.Stance{"Cyprus": "-"}},
	})
}

// TestReactedWithRejection: reactions and warnings in the words real
// coverage and translations use.
func TestReactedWithRejection(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. The Left Party reacted with sharp rejection.",
			map[string]model.Stance{"Die Linke": model.Opposes}},
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. Anna Roth warned before an entry into the war.",
			map[string]model.Stance{"Anna Roth": model.Opposes}},
		{"Troops for Ukraine\n\nThe plan to send troops was discussed. Jan Holm accused the president of playing with the lives of soldiers.",
			map[string]model.Stance{"Jan Holm": model.Opposes}},
	})
}

// TestEndsWithASetting: a verb with no object before "at" or "during"
// ends its clause: "no country should deploy at all", "voted against at
// the summit", in an article about troops.
func TestEndsWithASetting(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe plan to send troops was discussed for hours. Viktor Orbán argued that no European country should deploy at all.",
			map[string]model.Stance{"Viktor Orbán": model.Opposes}},
	})
}

// "every unit to be placed in Ukraine" names the units, no act of the
// speaker's: what the speaker calls them ("a legitimate target") holds,
// and it is no support for sending them.
func TestPassiveInfinitiveAfterNoun(t *testing.T) {
	checkCases(t, []model.Stance{model.Supports}, []stanceCase{
		{troopsLead + "Spokeswoman Maria Zakharova has qualified every foreign military unit and depot to be placed in Ukraine as a \"legitimate target\" for the Russian army.",
			map[string]model.Stance{"Maria Zakharova": model.Opposes}},
	})
}

// "brings Europe one step nearer to the abyss" threatens as "closer to
// war" does.
func TestNearerToTheAbyss(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Viktor Orbán said sending troops to Ukraine brings Europe one step nearer to the abyss.",
			map[string]model.Stance{"Viktor Orbán": model.Opposes}},
	})
}

// TestThreatsOfTheSecondVerb: the act that is the subject of two
// coordinated predicates threatens in the second too; instructors "will
// not enjoy any immunity" is a threat; supporting training "in France"
// backs no one France is.
func TestThreatsOfTheSecondVerb(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOpposition leader Anne Morel says she supports training Ukrainians at home, but that sending instructors to Ukraine would make them targets and drag France into the war.",
			map[string]model.Stance{"Anne Morel": model.Opposes}},
		{"Troops for Ukraine\n\nKremlin spokesman Ivan Sorokin warned that foreign instructors would \"not enjoy any immunity\".",
			map[string]model.Stance{"Ivan Sorokin": model.Opposes}},
		{"Troops for Ukraine\n\nFrance wants to send troops to Ukraine. Senator Anne Morel says she supports training Ukrainians in France and in Poland.",
			map[string]model.Stance{"France": model.Supports, "Anne Morel": "-"}},
	})
}

// TestTranslationWordings: "troupes" in a machine translation, "drag in
// the war", and "has transmitted that" as a verb of saying.
func TestTranslationWordings(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe prime-minister Ilie Popa has transmitted that Romania not will send troupes to the Ukraine.",
			map[string]model.Stance{"Ilie Popa": model.RulesOut, "Romania": model.RulesOut}},
		{"Troops for Ukraine\n\nThe ex-president Ion Rusu has affirmed that the entering of the troops of the West in Ukraine will drag also Moldova in the war.",
			map[string]model.Stance{"Ion Rusu": model.Opposes}},
	})
}

// TestEscalationIdioms: "we would have to talk about inevitability" and a
// clash that "would stop being a hypothesis" after troops are named object
// to them; "should ask whether" puts a question to others.
func TestEscalationIdioms(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe French president floated sending NATO troops to Ukraine. \"We would then have to talk about inevitability,\" spokesman Ivan Sorokin said.",
			map[string]model.Stance{"Ivan Sorokin": model.Opposes}},
		{"Troops for Ukraine\n\nShould NATO troops appear in Ukraine, spokesman Ivan Sorokin said, a direct clash would stop being a hypothesis.",
			map[string]model.Stance{"Ivan Sorokin": model.Opposes}},
		{"Troops for Ukraine\n\nThe French president floated sending troops to Ukraine. Spokesman Ivan Sorokin said Western governments should ask whether such a deployment served their own people.",
			map[string]model.Stance{"Ivan Sorokin": "-"}},
	})
}

// TestRejectionCameFrom: "Sharp rejection came from the AfD" is the AfD's
// objection.
func TestRejectionCameFrom(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe French president floated sending troops to Ukraine. Sharp rejection came from the AfD.",
			map[string]model.Stance{"Alternative for Germany": model.Opposes}},
	})
}

// TestMachineTranslatedThreats: "legitimate military goals", "peace-makers"
// and "presence of military" as a translation from Russian writes them.
func TestMachineTranslatedThreats(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSpokeswoman Maria Orlova declared that such contingents in Ukraine will be regarded as legitimate military goals.",
			map[string]model.Stance{"Maria Orlova": model.Opposes}},
		{"Troops for Ukraine\n\nSpokeswoman Maria Orlova declared: \"Presence of military of NATO countries on Ukraine is unacceptable for us in any form.\"",
			map[string]model.Stance{"Maria Orlova": model.Opposes}},
		{"Troops for Ukraine\n\nSpokeswoman Maria Orlova declared that european peace-makers will return home in boxes.",
			map[string]model.Stance{"Maria Orlova": model.Opposes}},
	})
}

// TestLegitimateObjectiveAndTheoretically: "will consider 'a legitimate
// objective' any foreign unit" threatens; "Theoretically, … we can take
// part" is a hedge.
func TestLegitimateObjectiveAndTheoretically(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSpokeswoman Maria Orlova said Moscow will consider \"a legitimate objective\" any foreign military unit deployed in Ukraine.",
			map[string]model.Stance{"Maria Orlova": model.Opposes}},
		{"Troops for Ukraine\n\nForeign Minister Hakan Demir said: \"Theoretically, if the parties agree on a mission to keep the peace, we can take part.\"",
			map[string]model.Stance{"Hakan Demir": model.Open}},
	})
}

// TestOppositionKeptAndDefenders: "maintains its frontal opposition"
// objects; "the principal defender of the plan" backs it; "hostility to"
// objects; a plan that should "never see the light of day" is opposed;
// "has kept its final decision open" is unsettled.
func TestOppositionKeptAndDefenders(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. France maintains its frontal opposition.",
			map[string]model.Stance{"France": model.Opposes}},
		{"Troops for Ukraine\n\nThe summit discussed the plan. Germany is the principal defender of sending troops to Ukraine.",
			map[string]model.Stance{"Germany": model.Supports}},
		{"Troops for Ukraine\n\nHungary has signalled hostility to the deployment of troops to Ukraine.",
			map[string]model.Stance{"Hungary": model.Opposes}},
		{"Troops for Ukraine\n\nThe summit discussed the plan. \"We will make sure this deployment of troops never sees the light of day,\" said farm leader Francis Gorman.",
			map[string]model.Stance{"Francis Gorman": model.Opposes}},
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. The Netherlands has kept its final decision open.",
			map[string]model.Stance{"Netherlands": model.Undecided}},
	})
}

// TestBehindAndUnanswered: swinging behind the idea and standing "without
// ifs and buts" behind it back it; "will not go unanswered" threatens;
// wanting "nothing to do with it" refuses; "see it exactly as we do" takes
// the speaker's line.
func TestBehindAndUnanswered(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. Germany swung behind the idea in September.",
			map[string]model.Stance{"Germany": model.Supports}},
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. Minister Karl Ott said he stands \"without ifs and buts\" behind the plan.",
			map[string]model.Stance{"Karl Ott": model.Supports}},
		{"Troops for Ukraine\n\nSpokesman Ivan Sorokin said such deployments of troops to Ukraine will not go unanswered.",
			map[string]model.Stance{"Ivan Sorokin": model.Opposes}},
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. Premier Viktor Halasz said he wants nothing to do with it.",
			map[string]model.Stance{"Viktor Halasz": model.RulesOut}},
	})
}
