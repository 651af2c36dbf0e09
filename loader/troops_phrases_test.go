package loader

import (
	"testing"

	"standpoint/model"
)

// troopsLead opens the sentence tests' articles: a headline and a sentence
// that names the proposal, so that the sentence after it is read as about it.
const troopsLead = "Troops for Ukraine\n\nSending troops to Ukraine was discussed. "

// TestMilitaryHubsNameTheDeployment: coverage names the planned
// deployment by its "military hubs"; hubs elsewhere are no part of it.
func TestMilitaryHubsNameTheDeployment(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Tom Reed has promised military hubs across the country.",
			map[string]model.Stance{"Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed said Britain would provide hubs in Ukraine after a ceasefire.",
			map[string]model.Stance{"Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed has promised new transport hubs in Leeds.",
			map[string]model.Stance{"Tom Reed": "-"}},
	})
}

// TestPlacesOfOtherClauses: "parliament in The Hague would have the final
// word" names where the parliament sits, not where the force goes; "a
// presence on the ground" names the deployment.
func TestPlacesOfOtherClauses(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed sending troops. The Dutch government has said it is prepared in principle to contribute to a force but that parliament in The Hague would have the final word.",
			map[string]model.Stance{"Netherlands": model.Open}},
		{"Troops for Ukraine\n\nDefence Minister Ruben Brekel said The Hague was looking at logistics and \"possibly a presence on the ground.\"",
			map[string]model.Stance{"Ruben Brekel": model.Open}},
		{"Troops for Ukraine\n\nPrime Minister Jan Berg said Sweden was ready to send troops to Poland.",
			map[string]model.Stance{"Jan Berg": "-"}},
	})
}

// TestAForceNamesTheProposal: "a force", "the future force" name it; "by
// force" and "the air force" do not; "is not foreseen to participate"
// refuses.
func TestAForceNamesTheProposal(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Jan Berg said Sweden would contribute to a force after a ceasefire.",
			map[string]model.Stance{"Jan Berg": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Jan Berg said Sweden would never change borders by force.",
			map[string]model.Stance{"Jan Berg": "-"}},
		{"Troops for Ukraine\n\nPrime Minister Jan Berg said the air force would contribute to the exercise.",
			map[string]model.Stance{"Jan Berg": "-"}},
		{"Troops for Ukraine\n\nPremier Anna Rossi has repeated that Italy \"is not foreseen\" to participate with own soldiers in a force on the ground in Ukraine.",
			map[string]model.Stance{"Italy": model.RulesOut}},
	})
}

// TestLegislationRefersBack: in an article about the proposal, "the
// legislation", "the law" and "the draft" refer back to it.
func TestLegislationRefersBack(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nParliament debated a bill to send troops to Ukraine. Senator Ann Lee said she would oppose the legislation.",
			map[string]model.Stance{"Ann Lee": model.Opposes}},
	})
}

// TestArmyKeptAtHome: an army kept or wanted at home is one's own troops
// not sent.
func TestArmyKeptAtHome(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe ceasefire talks went on. Poland's defence minister said Poland must keep its army at home, facing Belarus.",
			map[string]model.Stance{"Poland": model.RulesOut}},
		{"Troops for Ukraine\n\nThe ceasefire talks went on. Slovakia says its army will stay at home.",
			map[string]model.Stance{"Slovakia": model.RulesOut}},
	})
}

// TestSignedTheDeclaration: signing the declaration the article is about
// backs it; not signing it says nothing more. Soldiers kept on national
// soil are one's own not sent.
func TestSignedTheDeclaration(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition agreed on a force to send troops to Ukraine.\n\nPrime Minister Tom Reed signed the declaration alongside the French president.",
			map[string]model.Stance{"Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nThe coalition agreed on a force to send troops to Ukraine.\n\nThe United States did not sign the declaration.",
			map[string]model.Stance{"United States": "-"}},
		{"Troops for Ukraine\n\nThe coalition agreed on a force for Ukraine.\n\nPoland says Polish soldiers will stay on home soil.",
			map[string]model.Stance{"Poland": model.RulesOut}},
	})
}

// TestWillBeInAndSitAndWatch: "will be in" takes part; "would not sit and
// watch" if troops came is a warning.
func TestWillBeInAndSitAndWatch(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe coalition discussed a reassurance force. Belgium's defence minister said Belgium \"will be in\", though he would not give a figure.",
			map[string]model.Stance{"Belgium": model.Supports}},
		{"Troops for Ukraine\n\nIn Minsk, President Alexander Lukashenko said Belarus would \"not sit and watch\" if NATO troops appeared in Ukraine.",
			map[string]model.Stance{"Alexander Lukashenko": model.Opposes}},
	})
}

// TestAnySuchRefersBack: "any such mandate" refers back to troops just
// named; in an article about something else it names no proposal ("such"
// is no head noun of the question's phrases).
func TestAnySuchRefersBack(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe government asked parliament to approve sending troops to Ukraine. Martin Holm said his party would vote against any such mandate.",
			map[string]model.Stance{"Martin Holm": model.Opposes}},
		{"Sugar levy\n\nThe Greens said they would vote for any such measure in parliament.",
			map[string]model.Stance{"The Greens": "-"}},
	})
}

// A conjunction with a new subject after it opens a clause of its own: a
// cue there is no part of an earlier frame's object ("kept her options
// open on the force as the Greens demanded …").
func TestNewSubjectClauseIsNoObject(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Elin Sand kept her options open on sending troops as Anders Voll ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Elin Sand": model.Open, "Anders Voll": model.RulesOut}},
	})
}

// A judging verb in the passive with no agent judges its subject, who is
// no judge: "was criticised for backing troops" backs them; with an agent
// ("was rejected by Hungary") the agent holds it, and "is opposed" is an
// adjective, the subject's own stance.
func TestPassiveJudgementHolders(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nAnna Berg was criticised for backing troops for Ukraine.",
			map[string]model.Stance{"Anna Berg": model.Supports}},
		{"Troops for Ukraine\n\nSending troops to Ukraine was rejected by Hungary. The Left Party is opposed to sending troops to Ukraine.",
			map[string]model.Stance{"Hungary": model.Opposes, "Die Linke": model.Opposes}},
	})
}

// "it" inside a quote is the government named before it in the same
// quote, not the speaker's country: '"Canada has announced that it is
// backing troops for Ukraine," he wrote' is Canada's.
func TestQuotedItIsTheGovernmentNamedInTheQuote(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nDonald Trump wrote on his platform on Tuesday. \"Canada has just announced that it is backing troops for Ukraine,\" he wrote.",
			map[string]model.Stance{"Canada": model.Supports, "Donald Trump": model.None, "United States": "-"}},
	})
}

// "back" that closes a clause after the object of a verb of motion is an
// adverb: "vowed to bring the troops back" backs nothing.
func TestBackClosingAnObject(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe debate on troops for Ukraine went on. Anna Holm said she would bring the soldiers back.",
			map[string]model.Stance{"Anna Holm": model.None}},
	})
}

// A known leader's name before "government", "administration" or
// "cabinet" names the leader's government: "The Tusk government ruled out
// …" is Poland's, not Tusk's own word.
func TestLeaderGovernment(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Tusk government ruled out sending troops to Ukraine. The Meloni cabinet has not ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Poland": model.RulesOut, "Italy": model.Open, "Donald Tusk": "-", "Giorgia Meloni": "-"}},
	})
}

// A quoted phrase inside a sentence is its subject's ('Anna Berg
// denounces "an irresponsible escalation"'), and a live blog's timestamp
// is no part of the subject ("08:41 - Anna Berg denounces …").
func TestQuotedFragmentAndTimestamp(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMacron floated sending troops to Ukraine.\n\nAnna Berg denounces \"an irresponsible escalation\".",
			map[string]model.Stance{"Anna Berg": model.Opposes}},
		{"Troops for Ukraine\n\nMacron floated sending troops to Ukraine.\n\n08:41 - Erik Lund denounces \"an irresponsible escalation\".",
			map[string]model.Stance{"Erik Lund": model.Opposes}},
	})
}

// A party's name before "faction" or "parliamentary group" opening the
// sentence makes the party its subject: "The PiS faction supports …".
func TestPartyFactionSubject(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMacron floated sending troops to Ukraine.\n\nThe PiS faction supports the participation.",
			map[string]model.Stance{"Law and Justice": model.Supports}},
	})
}

// A country's official name is the country: "the Slovak Republic", "the
// Hellenic Republic".
func TestOfficialCountryNames(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Slovak Republic will not send its soldiers to Ukraine. The Hellenic Republic will not send troops to Ukraine either.",
			map[string]model.Stance{"Slovakia": model.RulesOut, "Greece": model.RulesOut}},
	})
}

// Saying yes backs it, and a yes not said commits to nothing; not standing in the way lets it happen;
// hostility closing its clause is against it; a role limited to logistics
// is one's own troops not sent; a second negation inside the phrase
// repeats the first.
func TestYesDrawnInTheWayAndLogistics(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Denmark has said yes. Minister Anna Berg did not say yes.",
			map[string]model.Stance{"Denmark": model.Supports, "Anna Berg": model.Undecided}},
		{troopsLead + "Jan Holm said his party would not stand in the way of sending troops to Ukraine.",
			map[string]model.Stance{"Jan Holm": model.Open}},
		{troopsLead + "Nigel Brown was, as expected, hostile.",
			map[string]model.Stance{"Nigel Brown": model.Opposes}},
		{troopsLead + "Polish Prime Minister Adam Nowak repeated that Poland's role would be logistical.",
			map[string]model.Stance{"Poland": model.RulesOut}},
		{troopsLead + "The presidency said Moldova will not participate with soldiers in no such mission.",
			map[string]model.Stance{"Moldova": model.RulesOut}},
	})
}

// "and" or "but" before an auxiliary or a verb of saying opens a second
// predicate, which ends the act's clause: "said Spain would take part and
// has begun consultations" in an article about troops.
func TestSecondPredicateEndsTheAct(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe debate on sending troops to Ukraine went on.\n\nPrime Minister Pedro Sanz said Spain would take part and has begun consultations with the parties.",
			map[string]model.Stance{"Spain": model.Supports}},
	})
}

// "League MPs" are the League's, and "MPs" is no one's name; "Greenpeace
// Germany" is Greenpeace's national branch, an actor of its own, not the
// German government.
func TestPartyMembersAndNationalBranches(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "League MPs have warned against sending troops to Ukraine. Greenpeace Germany called for troops to be sent to Ukraine.",
			map[string]model.Stance{"League": model.Opposes, "Greenpeace Germany": model.Supports, "Germany": "-", "MPs": "-"}},
	})
}

// "Washington-based" says where a body sits: no mention of the United
// States, and the body after it is the subject.
func TestBasedCompoundIsAPlace(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The Washington-based Tax Foundation goes further, arguing that no country should send troops to Ukraine.",
			map[string]model.Stance{"Tax Foundation": model.Opposes, "United States": "-"}},
	})
}

// A closed question is a refusal; "on Friday evening" and "in an
// interview" stand between a subject and its verb of saying; a negated
// verb of seeing reaches over a quote mark and a relative clause ('does
// "not see any scenario" in which soldiers would serve').
func TestClosedQuestionAndGaps(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Defence Minister Jan Nowak, who in an interview stated that the question of sending Polish troops is closed, left early.",
			map[string]model.Stance{"Jan Nowak": model.RulesOut}},
		{"Troops for Ukraine\n\nPrime Minister Jan Kowal on Friday evening once more underlined that Polish soldiers will not be part of a contingent in Ukraine.",
			map[string]model.Stance{"Jan Kowal": model.RulesOut}},
		{troopsLead + "Defence Minister Ewa Lis said she \"does not see any scenario\" in which Polish soldiers would serve in Ukraine.",
			map[string]model.Stance{"Ewa Lis": model.RulesOut}},
	})
}

// "held back" and "hold back" are no backing: "Germany, as expected,
// held back from an in-country role".
func TestHeldBackIsNoBacking(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Germany, as expected, held back from an in-country role.",
			map[string]model.Stance{"Germany": "-"}},
	})
}

// Making forces available is doing it; wanting another to send troops is
// backing it; "back" before a preposition is no backing ("quoted back at
// him"); an actor inside a relative clause between a subject and its cue
// does not stand in the subject's way.
func TestAvailableWantsOthersAndBackParticles(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Germany, the chancellor said, would make forces available after a ceasefire.",
			map[string]model.Stance{"Germany": model.Supports}},
		{troopsLead + "Anna Berg wants Sweden to send troops to Ukraine.",
			map[string]model.Stance{"Anna Berg": model.Supports}},
		{troopsLead + "Then came the line that Erik Lund quoted back at him: troops are a mistake.",
			map[string]model.Stance{"Erik Lund": "-"}},
		{troopsLead + "Jan Holm, who visited Norway, called sending troops to Ukraine a mistake.",
			map[string]model.Stance{"Jan Holm": model.Opposes}},
	})
}

// "the right thing to do" backs it; a question on opposing it answered
// "yes" opposes it.
func TestRightThingAndAnsweredObjection(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Ed Barnes said British troops helping to keep the peace would be \"the right thing to do\".",
			map[string]model.Stance{"Ed Barnes": model.Supports}},
		{troopsLead + "Asked whether he opposed a deployment of troops outright, Nils Dahl said: \"On the current terms, yes.\"",
			map[string]model.Stance{"Nils Dahl": model.Opposes}},
	})
}

// A translation's inverted perfect names the quote's speaker ('"…," has
// said the premier'), and "the government of" a known leader is the
// leader's country.
func TestInvertedPerfectAndGovernmentOf(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"It is difficult and it is dangerous,\" has said Prime Minister Anna Rossi to the journalists.",
			map[string]model.Stance{"Anna Rossi": model.Opposes}},
		{troopsLead + "The government of Donald Tusk ruled out sending troops to Ukraine.",
			map[string]model.Stance{"Poland": model.RulesOut}},
	})
}

// The country troops are for is no subject: "said troops for Ukraine were
// not on the table" is the speaker's, not Ukraine's.
func TestTroopsForTheTargetIsNoSubject(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Prime Minister Bart De Wever said troops for Ukraine were not on the table of this government.",
			map[string]model.Stance{"Bart De Wever": model.RulesOut, "Ukraine": "-"}},
	})
}

// An act placed beside the debate's country says nothing of the proposal:
// "offered forces on neighbouring NATO territory", "could station troops
// in countries bordering Ukraine"; "sent troops to Ukraine" is in it.
func TestActPlacedBesideTheTarget(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Chancellor Lena Hofer offered forces on neighbouring NATO territory.",
			map[string]model.Stance{"Lena Hofer": "-"}},
		{troopsLead + "Prime Minister Jan Vos said the Netherlands would station troops in countries bordering Ukraine.",
			map[string]model.Stance{"Jan Vos": "-", "Netherlands": "-"}},
		{troopsLead + "Prime Minister Eva Berg said Sweden would send troops to Ukraine.",
			map[string]model.Stance{"Eva Berg": model.Supports}},
	})
}

// An article that names the proposal three times or more is about it from
// its first sentence: "Sweden is ready to take part" before any troops are
// named is read as it would be after.
func TestArticleAboutTheProposalThroughout(t *testing.T) {
	text := "Nordic leaders meet\n\nSweden is ready to take part, Prime Minister Eva Berg said on Monday.\n\n" +
		"The talks were about troops. Troops for Ukraine were discussed at length. Several countries might send soldiers to Ukraine later.\n"
	checkCases(t, nil, []stanceCase{{text, map[string]model.Stance{"Sweden": model.Supports}}})
}

// "must make a substantial contribution with ground forces" backs it, and
// a translation's "let open" leaves it open.
func TestContributionWithForcesAndLetOpen(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Germany must make a substantial contribution with ground forces, Roderich Kiesewetter said.",
			map[string]model.Stance{"Roderich Kiesewetter": model.Supports}},
		{troopsLead + "Whether the party would send troops to Ukraine, Matthias Miersch let open.",
			map[string]model.Stance{"Matthias Miersch": model.Open}},
	})
}

// "the debate over sending soldiers" is a noun: no one asks the question,
// and the countries named with it hold nothing; "avoided committing to a
// deployment" is undecided.
func TestDebateNounAndAvoidedCommitting(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nFor the leaders of Italy and Spain, the debate over sending soldiers to Ukraine is about their parliaments.",
			map[string]model.Stance{"Italy": "-", "Spain": "-"}},
		{troopsLead + "Elly Schlein has avoided committing to a deployment of troops.",
			map[string]model.Stance{"Elly Schlein": model.Undecided}},
	})
}

// "told the waiting press" is no waiting on the proposal.
func TestWaitingAfterAnArticle(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Prime Minister Anna Berg told the waiting press that the talks went well.",
			map[string]model.Stance{"Anna Berg": "-"}},
	})
}

// "Prime Minister Evika Siliņa's government says …": the country holds
// it, and so does the leader whose government it is.
func TestLeadersGovernmentHoldsWithTheLeader(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Donald Tusk's government says Poland will not send troops to Ukraine.",
			map[string]model.Stance{"Poland": model.RulesOut, "Donald Tusk": model.RulesOut}},
	})
}

// A place in a relative clause or a comparison set off by commas is the
// speaker's past, not where the clause's troops go: "who led a battalion
// in Latvia" does not make the sentence about troops for Latvia.
func TestPlaceInAsideIsNoDestination(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + `General Tom Reed, who led a battalion in Latvia, wrote that sending British troops "would be reckless".`,
			map[string]model.Stance{"Tom Reed": model.Opposes}},
		{troopsLead + "Party leader Ana Horvat said Croatia should be ready to contribute a contingent, as it did in Afghanistan and Kosovo.",
			map[string]model.Stance{"Ana Horvat": model.Supports}},
		{troopsLead + "Norway will send a battalion to Latvia.", map[string]model.Stance{"Norway": "-"}},
	})
}

// A portfolio in lower case between a country's possessive and the title
// ("Germany's interior minister Karl Vogt") still makes the minister speak
// for the country, as "Sweden's defence minister" does.
func TestPortfolioMinisterSpeaksForCountry(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Germany's interior minister Karl Vogt said sending troops to Ukraine would be a mistake. " +
			"France's economy minister Paul Roux said sending troops was reckless.",
			map[string]model.Stance{"Karl Vogt": model.Opposes, "Germany": model.Opposes, "Paul Roux": model.Opposes, "France": model.Opposes}},
	})
}

// "Defence Minister Ole Lund of Norway said Norway would not …": the
// country after a titled name is the role's, and the minister, not
// Norway, is the one who said it.
func TestTitledNameOfCountry(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Defence Minister Ole Lund of Norway said Norway would not send troops.",
			map[string]model.Stance{"Ole Lund": model.RulesOut, "Norway": model.RulesOut}},
	})
}

// TestOffersButNotTroops: what a government offers, listed with commas,
// and the troops set apart after "but not", quoted or not; troops that
// "form part of the force" are sent.
func TestOffersButNotTroops(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Ana Pop has said Romania will offer logistics, training and the use of its territory, but \"not troops\" in Ukraine.",
			map[string]model.Stance{"Ana Pop": model.RulesOut, "Romania": model.RulesOut}},
		{"Troops for Ukraine\n\nRomania will offer training, but not troops, in Ukraine.",
			map[string]model.Stance{"Romania": model.RulesOut}},
		{"Troops for Ukraine\n\nThe prime minister said British troops would form part of the force in Ukraine.",
			map[string]model.Stance{"United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nRomania will offer logistics; troops, training and bases were discussed.",
			map[string]model.Stance{"Romania": model.None}},
	})
}

// TestOperatingThereAndVotingTheSending: to operate on Ukrainian soil is
// to deploy there; a translation's "will not vote the sending of
// soldiers" refuses it, "voted the sending" carries it out.
func TestOperatingThereAndVotingTheSending(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nBelgium's Defence Minister Jan Peeters said his country was ready to operate on Ukrainian soil once a truce holds.",
			map[string]model.Stance{"Jan Peeters": model.Supports, "Belgium": model.Supports}},
		{"Troops for Ukraine\n\nThe deputy Rui Costa said that his party \"will not vote never\" the sending of the soldiers portuguese for Ukraine.",
			map[string]model.Stance{"Rui Costa": model.RulesOut}},
		{"Troops for Ukraine\n\nThe Belgian navy will operate in the North Sea, Defence Minister Jan Peeters said.",
			map[string]model.Stance{"Jan Peeters": model.None}},
	})
}

// TestDemandThatAndScrappingAPlan: "demand that" reports what its subject
// wants, and scrapping a plan to do the act objects to the act.
func TestDemandThatAndScrappingAPlan(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Greens demand that the coalition withdraws the troops from Ukraine.",
			map[string]model.Stance{"The Greens": model.Opposes}},
		{"Troops for Ukraine\n\nThe Greens called on the government to scrap the plan to send troops to Ukraine.",
			map[string]model.Stance{"The Greens": model.Opposes}},
	})
}

// TestIdiomsOfCoolnessAndWarmth: news idioms for objection, backing,
// warming, doubt and a legal bar.
func TestIdiomsOfCoolnessAndWarmth(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nGermany poured cold water on the idea of sending troops to Ukraine.", map[string]model.Stance{"Germany": model.Opposes}},
		{"Troops for Ukraine\n\nSpain threw its weight behind the plan to deploy troops in Ukraine.", map[string]model.Stance{"Spain": model.Supports}},
		{"Troops for Ukraine\n\nPoland has been cool on the idea of sending troops to Ukraine.", map[string]model.Stance{"Poland": model.Opposes}},
		{"Troops for Ukraine\n\nNorway has warmed to the idea of sending troops to Ukraine.", map[string]model.Stance{"Norway": model.Open}},
		{"Troops for Ukraine\n\nHungary pushed back against the plan to send troops to Ukraine.", map[string]model.Stance{"Hungary": model.Opposes}},
		{"Troops for Ukraine\n\nFinland is lukewarm about sending troops to Ukraine.", map[string]model.Stance{"Finland": model.Undecided}},
		{"Troops for Ukraine\n\nSlovenia has expressed reservations about sending troops to Ukraine.", map[string]model.Stance{"Slovenia": model.Undecided}},
		{"Troops for Ukraine\n\nAustria said sending troops to Ukraine was incompatible with its neutrality.", map[string]model.Stance{"Austria": model.RulesOut}},
	})
}

// TestImpossibleRiskyAndMeaningWar: the proposal judged impossible, a
// colossal risk, or what would mean the beginning of a war is objected to;
// "told us it was impossible" about something else is not.
func TestImpossibleRiskyAndMeaningWar(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nRussian officials have repeatedly stated that the presence of foreign troops in Ukraine is impossible.", map[string]model.Stance{"Russia": model.Opposes}},
		{"Troops for Ukraine\n\n\"To deploy troops in Ukraine without our consent is a colossal risk,\" the Russian envoy Mikhail Ulyanov said.", map[string]model.Stance{"Mikhail Ulyanov": model.Opposes}},
		{"Troops for Ukraine\n\nMedvedev said the deployment of troops to Ukraine would mean the beginning of a war between NATO and Russia.", map[string]model.Stance{"Dmitry Medvedev": model.Opposes}},
		{"Troops for Ukraine\n\nMayor Anna Berg backs sending troops to Ukraine. \"Everybody told us it was impossible to build the bridge,\" she said.", map[string]model.Stance{"Anna Berg": model.Supports}},
	})
}

// TestTranslatedCalques: a translation's "disposed to send", "declared
// himself contrary to the sending", "has not wanted to pronounce himself
// on" say what their English would.
func TestTranslatedCalques(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSpain is disposed to send troops to Ukraine, the minister said.", map[string]model.Stance{"Spain": model.Supports}},
		{"Troops for Ukraine\n\nThe Polish president has declared himself contrary to the sending of soldiers in Ukraine.", map[string]model.Stance{"Poland": model.Opposes}},
		{"Troops for Ukraine\n\nThe premier Ana Ruiz has not wanted to pronounce herself on the sending of troops to Ukraine.", map[string]model.Stance{"Ana Ruiz": model.Undecided}},
	})
}

// TestFrontedProposalAndAppetite: "Sending troops is something Britain is
// prepared to do" backs it; "no appetite for sending troops" refuses it;
// "prepared to do more for Ukraine" says nothing of troops.
func TestFrontedProposalAndAppetite(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSending troops is something Britain is prepared to do, Prime Minister Jon Hale said.", map[string]model.Stance{"United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nSpain has no appetite for sending troops to Ukraine.", map[string]model.Stance{"Spain": model.RulesOut}},
		{"Troops for Ukraine\n\nBritain is prepared to do more for Ukraine, Prime Minister Jon Hale said.", map[string]model.Stance{"United Kingdom": model.None}},
	})
}

// A "the" inside a phrase, after its first word, also reads another
// determiner there: "bring the plants back" reads "will not bring their
// plants back"; a phrase's first "the" stays exact.
func TestInnerDeterminerOfAPhrase(t *testing.T) {
	const plantsQuestion = `id = "plants"
question = "Should the plants come back?"
proposal = ['bring the plants back']
acts = ['restart~']
`
	got := stancesUnder(t, plantsQuestion, "Plants\n\nThe operators discussed whether to bring the plants back. RWE said it will not bring its plants back. EnBW said it will bring their plants back.\n")
	checkWanted(t, got, map[string]model.Stance{"RWE": model.RulesOut, "EnBW": model.Supports})
}

// A common adjective after a phrase's determiner leaves it the phrase:
// "a blunt blanket ban" is "a blanket ban", "a sweeping ban" a ban.
func TestMoreInsertedModifiers(t *testing.T) {
	const banQuestion = `id = "app-ban"
question = "Should the app be banned?"
proposal = ['a (?:blanket )?ban']
acts = ['ban~']
`
	got := stancesUnder(t, banQuestion, "App ban\n\nMinisters discussed a ban on Monday. Sweden rejected a blunt blanket ban. Norway rejected a sweeping ban.\n")
	checkWanted(t, got, map[string]model.Stance{"Sweden": model.Opposes, "Norway": model.Opposes})
}

// TestPartnersOnTheGround: asking for partners on the ground is asking
// for their troops; the allies alone name no troops.
func TestPartnersOnTheGround(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"We want partners on the ground, in the air and at sea as soon as the guns stop,\" said President Petro Koval.",
			map[string]model.Stance{"Petro Koval": model.Supports}},
		{"Troops for Ukraine\n\nWestern allies continue to evaluate a spectrum of support options.",
			map[string]model.Stance{"Western allies": "-"}},
	})
}

// TestBoysAndReopening: "Polish boys" sent are Polish soldiers; "no reason
// to reopen the question" keeps a refusal.
func TestBoysAndReopening(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPresident Jan Nowak said he will not send Polish boys to Ukraine.",
			map[string]model.Stance{"Jan Nowak": model.RulesOut}},
		{"Troops for Ukraine\n\nThe chancellor has ruled out sending German troops to Ukraine. His spokesman Paul Lenz said he sees no reason to reopen the question.",
			map[string]model.Stance{"Paul Lenz": model.RulesOut}},
	})
}

// TestGoingToAndNeededAtHome: "is not going to deploy in Ukraine" refuses
// the deployment (the "going to" is a future, not a going); "our soldiers
// are not going to Ukraine" still goes; troops "needed on their own
// border" are kept home.
func TestGoingToAndNeededAtHome(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSecretary General Mark Hale said the alliance is not going to deploy in Ukraine.",
			map[string]model.Stance{"NATO": model.RulesOut}},
		{"Troops for Ukraine\n\nPremier Jan Novak said: \"Our soldiers are not going to Ukraine.\"",
			map[string]model.Stance{"Jan Novak": model.RulesOut}},
		{"Troops for Ukraine\n\nPrime Minister Adam Nowak said that Polish troops are needed on their own border.",
			map[string]model.Stance{"Adam Nowak": model.RulesOut}},
	})
}

// TestHyphenatedTroops: "no US-soldiers would be stationed" names troops,
// as German-style translations join the words.
func TestHyphenatedTroops(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Grant visits Berlin\n\nSecretary Paul Grant ruled out US-soldiers for now.",
			map[string]model.Stance{"Paul Grant": model.RulesOut}},
		{"Troops for Ukraine\n\nThe French president floated sending troops to Ukraine. Spokesman Ivan Sorokin said: \"We would need to talk not about the probability but about the inevitability.\"",
			map[string]model.Stance{"Ivan Sorokin": model.Opposes}},
	})
}
