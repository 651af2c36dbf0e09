package loader

import (
	"testing"

	"standpoint/model"
)

const currencyQuestion = `id = "currency"
question = "Should the country adopt the common currency?"
proposal = ['the common currency', 'the currency union']
acts = ['adopt~', 'join~']
`

// TestPathsStepsAndFights: steps "leading to" the proposal are taken
// towards it (so refusing them rules it out); setting a country "on a
// path to" it carries it out; a promise "to fight" it is no promise of it;
// telling "supporters" something is no support.
func TestPathsStepsAndFights(t *testing.T) {
	text := "Currency debate\n\nFinance Minister Ana Berg said the cabinet would not take any steps leading to the common currency. " +
		"Party leader Tom Vik has promised to fight the common currency in every town hall. " +
		"Opposition leader Lea Moss told supporters in Tartu that her government would put the country on a path to the common currency. " +
		"Senator Ivo Kask has vowed to set the country on course for the currency union.\n"
	got := stancesUnder(t, currencyQuestion, text)
	want := map[string]model.Stance{"Ana Berg": model.RulesOut, "Tom Vik": model.Opposes, "Lea Moss": model.Supports, "Ivo Kask": model.Supports}
	checkWanted(t, got, want)
}

// TestLeadingAForce: leading a force is carrying the proposal out, with or
// without a determiner before it.
func TestLeadingAForce(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nBritain is ready to lead a European force in Ukraine after a ceasefire.",
			map[string]model.Stance{"United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nFrance offered to lead any such mission.",
			map[string]model.Stance{"France": model.Supports}},
	})
}

// TestNotWantingToDoItOneself: not wanting to send one's troops rules them
// out; not wanting troops there, or another to send them, opposes it.
func TestNotWantingToDoItOneself(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPoland does not want to send troops to Ukraine.", map[string]model.Stance{"Poland": model.RulesOut}},
		{"Troops for Ukraine\n\nPoland would not seek to send troops to Ukraine.", map[string]model.Stance{"Poland": model.RulesOut}},
		{"Troops for Ukraine\n\nPoland does not want troops in Ukraine.", map[string]model.Stance{"Poland": model.Opposes}},
		{"Troops for Ukraine\n\nPoland does not want Germany to send troops.", map[string]model.Stance{"Poland": model.Opposes}},
	})
}

// TestNoScenarioInWhich: "no scenario in which" one's troops go refuses
// them in every case; "no deployment has been decided" is unsettled, not a
// refusal.
func TestNoScenarioInWhich(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDefence minister Jan Nowak said \"there is no scenario, in which a Polish battalion goes to Ukraine\".",
			map[string]model.Stance{"Jan Nowak": model.RulesOut, "Poland": model.RulesOut}},
		{"Troops for Ukraine\n\nThere is no situation where Dutch troops would be sent, Prime Minister Dick Schoof said.",
			map[string]model.Stance{"Dick Schoof": model.RulesOut}},
		{"Troops for Ukraine\n\nCopenhagen says it is ready in principle to contribute, while officials stress that no specific deployment has been decided.",
			map[string]model.Stance{"Denmark": model.Open}},
	})
}

// TestGovernorTiedByItsObject: a verb with no tie of its own to the
// proposal takes one from the frame right after it, its object, and
// governs it: never accepting the giving up of the old currency opposes
// the new one.
func TestGovernorTiedByItsObject(t *testing.T) {
	q := currencyQuestion + `
[[frames]]
class = "favor"
pattern = "give~ up the crown"
`
	text := "Currency debate\n\nThe Liberals want the country to adopt the common currency. Party spokesman Oscar Lind said the party would \"never accept\" giving up the crown.\n"
	checkWanted(t, stancesUnder(t, q, text), map[string]model.Stance{"Oscar Lind": model.Opposes})
}

// TestNobodyWillAndOtherRefusals: "nobody is going to send" is the
// speaker's refusal (while "nobody has asked" holds nothing); a share
// "thinkable only under the UN flag" is weighed; "not something he could
// see happening" rules it out; "not a proposal that Spain shares" opposes
// it for the one inside.
func TestNobodyWillAndOtherRefusals(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"Nobody is going to send soldiers from a European country to fight in Ukraine,\" Chancellor Olaf Scholz said.",
			map[string]model.Stance{"Olaf Scholz": model.RulesOut}},
		{"Troops for Ukraine\n\nNobody has asked Norway to send troops, Prime Minister Jonas Gahr Store said.",
			map[string]model.Stance{"Jonas Gahr Store": "-", "Norway": "-"}},
		{"Troops for Ukraine\n\nForeign Minister Antonio Tajani said that a participation would be thinkable only under the flag of the United Nations.",
			map[string]model.Stance{"Antonio Tajani": model.Open}},
		{"Troops for Ukraine\n\nOpposition leader Peter Dutton said putting Australian soldiers in Ukraine was not something he could see happening.",
			map[string]model.Stance{"Peter Dutton": model.RulesOut}},
		{"Troops for Ukraine\n\nMacron floated sending troops. \"This is not a proposal that Spain shares,\" government spokeswoman Pilar Alegria said.",
			map[string]model.Stance{"Spain": model.Opposes, "Pilar Alegria": model.Opposes}},
	})
}

// TestBanksAndCourtsAreBodies: a capitalised name that ends with "Bank",
// "Court" or "Tribunal" is a body, with the nationality that opens it;
// "the West Bank" is a place.
func TestBanksAndCourtsAreBodies(t *testing.T) {
	text := "Currency debate\n\nThe Vardan National Bank said it backs the common currency. " +
		"The Constitutional Court rejected the currency union. Settlers in the West Bank clashed with police.\n"
	got := stancesUnder(t, currencyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Vardan National Bank": model.Supports, "Constitutional Court": model.Opposes})
	if _, ok := got["West Bank"]; ok {
		t.Errorf("the West Bank is an actor: %v", got)
	}
}

// TestProtestsAndSoIs: the subject of a verb over "protests against" holds
// the objection, also in a relative clause after a party's noun; "and so
// is|has Estonia" takes the stance before, as "so does" does.
func TestProtestsAndSoIs(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe far-right AfD party, which has been leading street protests against sending troops, called the reports a provocation.",
			map[string]model.Stance{"Alternative for Germany": model.Opposes}},
		{"Troops for Ukraine\n\nThe Greens organised rallies against sending troops.", map[string]model.Stance{"The Greens": model.Opposes}},
		{"Troops for Ukraine\n\nPoland is ready to send troops, and so is Estonia.", map[string]model.Stance{"Estonia": model.Supports}},
		{"Troops for Ukraine\n\nItaly has ruled out troops, and so has Spain.", map[string]model.Stance{"Spain": model.RulesOut}},
	})
}

// TestGoalsAndBeingFor: making the proposal one's goal, being "for" it and
// its remaining someone's objective favour it; "Your party" names no
// party; "not from the countries which are ready for to send" is no one
// being for troops.
func TestGoalsAndBeingFor(t *testing.T) {
	text := "Currency debate\n\nThe Vardan Unity party has made the common currency its flagship goal. " +
		"Senator Ivo Kask is for the currency union, the sooner the better. " +
		"The common currency remains Estonia's objective, Prime Minister Kristen Michal said. " +
		"Interviewer: Your party has wanted it for a long time.\n"
	got := stancesUnder(t, currencyQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Vardan Unity": model.Supports, "Ivo Kask": model.Supports, "Kristen Michal": model.Supports})
	if _, ok := got["Your"]; ok {
		t.Errorf("\"Your party\" is an actor: %v", got)
	}
}

const billQuestion = `id = "smoking-ban"
question = "Should the generational smoking ban be passed?"
proposal = ['the smoking ban', 'the tobacco bill']
acts = ['pass~']
`

// TestNeutralityDroppedOppositionAndChurches: neutrality on the proposal
// is undecided; dropping one's opposition to it is letting it pass; "the
// Church of England" is a body, not England; "profoundly illiberal" judges
// it.
func TestNeutralityDroppedOppositionAndChurches(t *testing.T) {
	text := "Smoking ban vote\n\nMinister Ann Cole said she was neutral on the smoking ban. " +
		"The BMA dropped its opposition to the tobacco bill. " +
		"The Church of England has urged MPs to reject the tobacco bill. " +
		"Former prime minister Liz Truss called the smoking ban profoundly illiberal.\n"
	got := stancesUnder(t, billQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Ann Cole": model.Undecided, "BMA": model.Open, "Church of England": model.Opposes, "Liz Truss": model.Opposes})
	if _, ok := got["England"]; ok {
		t.Errorf("England is an actor: %v", got)
	}
}

// TestNotForAndNotAgainstAndWantingToKnow: "not for it and not against
// it" is undecided; wanting to know what the mission is wants no mission.
func TestNotForAndNotAgainstAndWantingToKnow(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOn sending troops, MP Phillip Thompson said: \"I'm not for it and I'm not against it until I see the plan.\"",
			map[string]model.Stance{"Phillip Thompson": model.Undecided}},
		{"Troops for Ukraine\n\n\"Before anyone talks about sending diggers, I want to know what the mission is,\" MP Phillip Thompson said.",
			map[string]model.Stance{"Phillip Thompson": "-"}},
		{"Troops for Ukraine\n\nPoland wants to see a European force in Ukraine.", map[string]model.Stance{"Poland": model.Supports}},
	})
}

// TestWithoutDoingIt: "without sending troops" is not sending them, held
// by the sentence's subject and no object of the verb before it; after a
// negation ("cannot be secured without sending troops") it is needed.
func TestWithoutDoingIt(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nItaly will support the mission without sending troops.", map[string]model.Stance{"Italy": model.RulesOut}},
		{"Troops for Ukraine\n\nSpain backs a ceasefire force without committing its own soldiers, Prime Minister Pedro Sanchez said.",
			map[string]model.Stance{"Spain": model.RulesOut}},
		{"Troops for Ukraine\n\nPrime Minister Keir Starmer said peace cannot be secured without sending troops.",
			map[string]model.Stance{"Keir Starmer": model.Supports}},
	})
}

const phoneQuestion = `id = "phone-ban"
question = "Should smartphones be banned in schools?"
proposal = ['the phone ban', 'a ban on phones in schools']
acts = ['ban~']
`

// TestABanThatIsTheProposal: calling for "a ban on phones in schools",
// which is the proposal, backs it rather than halting it; "divided on" is
// undecided and "a distraction" judges it.
func TestABanThatIsTheProposal(t *testing.T) {
	text := "Phones in schools\n\nThe Conservatives have called for a ban on phones in schools to be made statutory. " +
		"Headteacher Anna Cole is divided on the phone ban. " +
		"The NEU warned the phone ban was a distraction from real problems.\n"
	checkWanted(t, stancesUnder(t, phoneQuestion, text), map[string]model.Stance{"Conservative Party": model.Supports, "Anna Cole": model.Undecided, "NEU": model.Opposes})
}

const meatTaxQuestion = `id = "meat-tax"
question = "Should a tax on meat be introduced?"
proposal = ['a meat tax']
acts = ['introduce~']
`

// TestAnyDeterminerOpensAPhrase: a proposal written with "a" also reads
// with "the", "any", "such a" or a possessive.
func TestAnyDeterminerOpensAPhrase(t *testing.T) {
	text := "Meat tax\n\nThe CDU would scrap any meat tax, its leader said. " +
		"Farmers' leader Minette Batters said the meat tax would be a disaster for rural communities. " +
		"Senator Ivo Kask said such a meat tax was overdue and he backed it.\n"
	checkWanted(t, stancesUnder(t, meatTaxQuestion, text), map[string]model.Stance{"CDU": model.Opposes, "Minette Batters": model.Opposes})
}

// TestNotDrawnOnIt: refusing to be drawn on the proposal gives no answer:
// undecided. (Not being drawn into who sends what stays no position.)
func TestNotDrawnOnIt(t *testing.T) {
	text := "Meat tax\n\nFinance Minister Lars Klingbeil refused to be drawn on a meat tax. Minister Ana Berg would not be drawn on the meat tax.\n"
	checkWanted(t, stancesUnder(t, meatTaxQuestion, text), map[string]model.Stance{"Lars Klingbeil": model.Undecided, "Ana Berg": model.Undecided})
}

// TestOwnersOfRefusals: the country whose soldiers a refusal names holds
// it, with closing the door, brushing aside, "unthinkable".
func TestOwnersOfRefusals(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe chancellor closed the door to German soldiers in Ukraine.", map[string]model.Stance{"Germany": model.RulesOut}},
		{"Troops for Ukraine\n\nThe French president has brushed aside any sending of French soldiers in the short term.", map[string]model.Stance{"France": model.RulesOut}},
		{"Troops for Ukraine\n\nSpanish soldiers in Ukraine are unthinkable, a minister said.", map[string]model.Stance{"Spain": model.RulesOut}},
	})
}

// TestFewBelieve: what "few" believe is no one's stance; "a few officials"
// still say it.
func TestFewBelieve(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nFew in Berlin believe German soldiers will ever be sent to Ukraine.", map[string]model.Stance{"Germany": "-"}},
		{"Troops for Ukraine\n\nA few officials think Polish troops could go.", map[string]model.Stance{"Poland": model.Supports}},
	})
}

// TestRejectedAsAPathToWar: what something is rejected "as" describes it
// and is no object of the rejection; being prepared to consider troops is
// weighing them, not preparing them.
func TestRejectedAsAPathToWar(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nViktor Orban's government rejects the whole idea of foreign troops in Ukraine as a path to war with Russia.",
			map[string]model.Stance{"Hungary": model.Opposes, "Viktor Orban": model.Opposes}},
		{"Troops for Ukraine\n\nCopenhagen and Stockholm both say they are prepared to consider ground troops once the terms of a ceasefire are clear.",
			map[string]model.Stance{"Denmark": model.Open, "Sweden": model.Open}},
	})
}

// TestPartnersAndParliamentsAreNoDestinations: a country after
// "alongside" is a partner and a parliament after "in" is where a vote is
// held: neither is where the troops go. "Nothing to do in Ukraine" refuses.
func TestPartnersAndParliamentsAreNoDestinations(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDefence Secretary John Healey said the government would put any deployment to a vote in the Commons and that the UK was \"ready to lead\" the force alongside France.",
			map[string]model.Stance{"John Healey": model.Supports, "United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nGermany will send troops to Lithuania.", map[string]model.Stance{"Germany": "-"}},
		{"Troops for Ukraine\n\nEstonian soldiers have nothing to do in Ukraine, Martin Helme said.", map[string]model.Stance{"Martin Helme": model.RulesOut}},
	})
}

// TestAcronymOpeningASaying: an unknown acronym that opens the sentence
// before a verb of saying is a body; an outlet that reports is not.
func TestAcronymOpeningASaying(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nEKRE has said it is against sending troops. AFP reported that France would send troops.")
	if got["EKRE"] != model.Opposes {
		t.Errorf("EKRE = %q, want opposes (all %v)", got["EKRE"], got)
	}
	if _, ok := got["AFP"]; ok {
		t.Errorf("an outlet that reported is an actor: %v", got)
	}
}

// TestPossibleAfterACopula: the proposal "would be possible" is weighed;
// wanting it "as soon as possible" is wanting it.
func TestPossibleAfterACopula(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Volodymyr Zelensky wants the force as soon as possible.", map[string]model.Stance{"Volodymyr Zelensky": model.Supports}},
		{"Troops for Ukraine\n\nA Danish contribution to the force would be possible, Prime Minister Mette Frederiksen said.", map[string]model.Stance{"Mette Frederiksen": model.Open}},
	})
}

// TestOrganisationNamesOverSmallWords: an unknown organisation's name may
// hold a small word between its capitalised ones.
func TestOrganisationNamesOverSmallWords(t *testing.T) {
	text := "Smoking ban vote\n\nCampaign group Dignity in Smoking said the tobacco bill was a turning point. The campaign group Friends at the End backs the tobacco bill.\n"
	checkWanted(t, stancesUnder(t, billQuestion, text), map[string]model.Stance{"Friends at the End": model.Supports})
	if got := stancesUnder(t, billQuestion, text); got["Dignity"] != "" {
		t.Errorf("the name stops at its small word: %v", got)
	}
}

// TestWantingItToFail: wanting the proposal to fail objects to it.
func TestWantingItToFail(t *testing.T) {
	text := "Smoking ban vote\n\nLord Frost has said quite openly that he wants the tobacco bill to fail.\n"
	checkWanted(t, stancesUnder(t, billQuestion, text), map[string]model.Stance{"Lord Frost": model.Opposes})
}

// TestRestatedTheirOpposition: restating one's opposition, with the
// proposal the article's subject, objects to it.
func TestRestatedTheirOpposition(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSending troops was debated. Hungary and Slovakia have all restated their opposition.",
			map[string]model.Stance{"Hungary": model.Opposes, "Slovakia": model.Opposes}},
	})
}

// TestConsideredAsTargetsAndDeployingThere: considering troops "as
// legitimate targets" threatens them (not weighing them, nor placing
// them); an act bound "to Ukraine" is tied to the proposal; running the
// mission carries it out.
func TestConsideredAsTargetsAndDeployingThere(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nRussia will consider any military contingents of Western countries which will be placed on territory of Ukraine as legitimate targets, Maria Zakharova said.",
			map[string]model.Stance{"Russia": model.Opposes, "Maria Zakharova": model.Opposes}},
		{"Troops for Ukraine\n\nNATO Secretary General Mark Rutte said the alliance as such would not deploy to Ukraine.",
			map[string]model.Stance{"NATO": model.RulesOut, "Mark Rutte": model.RulesOut}},
		{"Troops for Ukraine\n\nMark Rutte has said the alliance will not run this mission.", map[string]model.Stance{"NATO": model.RulesOut}},
		{"Troops for Ukraine\n\nBritain will deploy to Estonia next year.", map[string]model.Stance{"United Kingdom": "-"}},
	})
}
