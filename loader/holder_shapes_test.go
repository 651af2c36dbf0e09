package loader

// Who holds a stance, in the shapes real coverage gives it: voices, lead-ins, pronouns, parties.

import (
	"testing"

	"standpoint/model"
)

// What one says a government should not rule out is the speaker's
// openness, not the government's: "Berlin should not rule it out", said
// by an opposition MP.
func TestShouldNotRuleOutIsTheSpeakers(t *testing.T) {
	text := "Troops debate\n\nLeaders discussed sending ground troops to Ukraine on Monday. " +
		"\"Berlin should not rule it out before the talks have even started,\" said Anna Vogel, an opposition MP.\n"
	got := stancesUnder(t, "", text)
	checkWanted(t, got, map[string]model.Stance{"Anna Vogel": model.Open})
	if s := got["Germany"]; s == model.Open {
		t.Errorf("Germany: open, want it left to the speaker (all %v)", got)
	}
}

// The one who wants a thing done holds what the participle says of it:
// "Stegner wants German participation ruled out"; a clause after "than"
// has its own subject ("wants more than the Commission proposed").
func TestWantedDoneIsTheWanters(t *testing.T) {
	text := "Troops debate\n\nLeaders discussed sending ground troops to Ukraine on Monday. " +
		"The minister calls the question open; on the party's left, Jan Horst wants German participation ruled out now.\n"
	checkWanted(t, stancesUnder(t, "", text), map[string]model.Stance{"Jan Horst": model.RulesOut})
	text = "Levy talks\n\nMinisters discussed a levy on small parcels on Thursday. " +
		"The Greens seem to want more than the Commission proposed.\n"
	checkWanted(t, stancesUnder(t, levyQuestion, text), map[string]model.Stance{"European Commission": model.Supports, "The Greens": model.None})
}

// A line of an analysis that opens with a party gives the party what its
// leader says on it: "- Chega: Ana Ruiz says no European soldiers
// belong in Ukraine."
func TestPartyLeadInHoldsItsLeadersWords(t *testing.T) {
	text := "Where the parties stand\n\nLeaders discussed sending ground troops to Ukraine.\n\n" +
		"- **Chega:** Ana Ruiz says no European soldiers belong in Ukraine, ever.\n"
	got := stancesUnder(t, "", text)
	if got["Chega"] != got["Ana Ruiz"] || got["Ana Ruiz"] == model.None || got["Ana Ruiz"] == "" {
		t.Errorf("Chega %q and Ana Ruiz %q, want the same stance (all %v)", got["Chega"], got["Ana Ruiz"], got)
	}
}

// A quote's unnamed voice after "a" speaks for the body its words name:
// "“…,” a Finnish defence ministry spokesman said", "a Meta spokesperson".
func TestUnnamedVoiceAfterAQuote(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"We will not send troops to Ukraine,\" a Finnish defence ministry spokesman said.",
			map[string]model.Stance{"Finland": model.RulesOut}},
		{troopsLead + "\"We will not send troops to Ukraine,\" a German government spokesperson said.",
			map[string]model.Stance{"Germany": model.RulesOut}},
	})
}

// "He cannot tell anyone whether soldiers will go" leaves the question
// open for him, not for "anyone".
func TestCannotTellAnyoneWhether(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Defence Minister Jonas Lind said he cannot yet tell anyone whether Swedish soldiers will go.",
			map[string]model.Stance{"Jonas Lind": model.Undecided}},
	})
}

// Beside a holder's own stance in a sentence, accusing one who backs the
// proposal of something else says nothing more: "was not against British
// troops …, but accused the prime minister of …" stays open.
func TestOwnStanceOutweighsJudgingABacker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Prime Minister Keir Starmer said Britain was ready to send troops to Ukraine. " +
			"Opposition leader Ann Ward said her party was not against British troops helping to secure a peace, but accused Starmer of treating parliament as an afterthought.",
			map[string]model.Stance{"Ann Ward": model.Open}},
	})
}

// A lead-in or label naming a country with its article ("The
// Netherlands.") stands for "the caretaker cabinet" after it.
func TestCountryLeadInWithItsArticle(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\n\n- **The Netherlands.** The caretaker cabinet has said it is ready to contribute troops.",
			map[string]model.Stance{"Netherlands": model.Supports}},
		{troopsLead + "\n\nThe Netherlands.\n\nThe caretaker cabinet has said it is ready to contribute troops.",
			map[string]model.Stance{"Netherlands": model.Supports}},
	})
}

// What one asks "that" another do is the asker's wish, as "asked X to".
func TestAskedThat(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Opposition leader Anna Berg has asked that the government send troops to Ukraine without delay.",
			map[string]model.Stance{"Anna Berg": model.Supports}},
	})
}

// Volunteering by idiom, with the list of volunteers set off by dashes:
// "Smaller states - Estonia, Belgium, Lithuania - have put their hands up."
func TestHandsUpInADashedList(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Smaller states - Estonia, Belgium, Lithuania - have put their hands up.",
			map[string]model.Stance{"Estonia": model.Supports, "Belgium": model.Supports, "Lithuania": model.Supports}},
	})
}

// Not being part of a coalition to do it refuses it, for the one who will
// not be part: "Madrid will not be part of a coalition to send troops".
func TestNotPartOfACoalitionTo(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Madrid will not be part of a coalition to send troops to Ukraine.",
			map[string]model.Stance{"Spain": model.RulesOut}},
	})
	text := levyLead + "Madrid will not be part of a coalition to impose the levy on small parcels.\n"
	checkWanted(t, stancesUnder(t, levyQuestion, text), map[string]model.Stance{"Spain": model.RulesOut})
}

// One who speaks in a fronted "after" clause is not the next sentence's
// "he": the main clause's subject is.
func TestHeAfterASubordinateSpeaker(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "In September, after Prime Minister Jan Berg said ten countries had pledged troops, President Ivan Sokol himself weighed in. " +
			"Speaking in Minsk, he said any foreign troops in Ukraine would be legitimate targets.",
			map[string]model.Stance{"Ivan Sokol": model.Opposes}},
	})
}

// A party refusing support for its own country's troops rules them out, as
// a government would; every international body listed is a gazetteer
// organisation, and NATO's "no" to Irish troops stays an objection.
func TestPartyRefusingItsCountrysTroops(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Sinn Fein will not support Irish troops going into Ukraine.",
			map[string]model.Stance{"Sinn Féin": model.RulesOut}},
		{troopsLead + "NATO does not support Irish troops going into Ukraine.",
			map[string]model.Stance{"NATO": model.Opposes}},
	})
	lex, err := buildLexicon(nil)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, e := range lex.entries {
		if e.kind == model.Organisation {
			known[e.name] = true
		}
	}
	for name := range lex.international {
		if !known[name] {
			t.Errorf("international_bodies.txt: %q is no gazetteer organisation", name)
		}
	}
}

// What a speaker says in their own words of the debate's country is
// their own stance: '"Greenland is not for sale," Frederiksen told
// reporters' is hers as well as the island's.
func TestQuotedSubjectIsTheDebatesCountry(t *testing.T) {
	src := `id = "island"
question = "Should Greenland be sold?"
target = "Greenland"
proposal = ['buy greenland', 'the purchase of greenland']
acts = ['buy~']

[[frames]]
class = "opposes"
pattern = "is|are not for sale"
`
	text := "Island\n\nWashington wants to buy Greenland. \"Greenland is not for sale,\" Prime Minister Mette Frederiksen told reporters.\n"
	checkWanted(t, stancesUnder(t, src, text), map[string]model.Stance{"Mette Frederiksen": model.Opposes})
}

// A refusal of one's own country's troops stays a refusal, not an
// objection, for the party of that country its speaker is named with.
func TestRefusalKeptForOwnTroops(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Party leader Geert Wilders of the PVV said no Dutch soldier will go to Ukraine.",
			map[string]model.Stance{"Party for Freedom": model.RulesOut, "Geert Wilders": model.RulesOut}},
	})
}

// A contracted negative between subject and verb is a gap word, like "will
// not": "Merz won't commit before a ceasefire, but won't exclude a German
// role either" is Merz's openness.
func TestContractedNegativesBetweenSubjectAndVerb(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Chancellor Jan Brandt won't commit before a ceasefire, but won't exclude a German role either.",
			map[string]model.Stance{"Jan Brandt": model.Open}},
	})
}

// A phrase of place after the subject describes it: "The Greens in the
// Landtag oppose" is the Greens'; a lowercase noun after "in" is no place
// ("following Brussels in the escalation" leaves Brussels out).
func TestSubjectBeforeAPhraseOfPlace(t *testing.T) {
	text := "Pact vote\n\nMinisters met on Friday to discuss the Andean pact. " +
		"The Greens in the Landtag oppose the pact. " +
		"Mirela Novak accused the cabinet of following Zagreb in the rush to ratify the pact.\n"
	got := stancesUnder(t, pactQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"The Greens": model.Opposes})
	if s, ok := got["Croatia"]; ok && s != model.None {
		t.Errorf("Croatia: %s, want no stance (all %v)", s, got)
	}
}

// "Hungary under Viktor Orbán refuses": the country and the leader it is
// under; "colleagues in the Greens/EFA group support": members name their
// group, and "in" there is no place.
func TestUnderLeaderAndMembersInGroup(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Hungary under Viktor Orbán refuses to send troops to Ukraine.",
			map[string]model.Stance{"Hungary": model.RulesOut, "Viktor Orbán": model.RulesOut}},
		{troopsLead + "I and my colleagues in the Greens/EFA group support sending troops to Ukraine.",
			map[string]model.Stance{"Greens/EFA": model.Supports}},
		{troopsLead + "MEPs in the S&D group oppose sending troops to Ukraine.",
			map[string]model.Stance{"Socialists and Democrats": model.Opposes}},
	})
}

// A quote's speaker may be a voice for a body named after "for":
// '"…," a spokesperson for the German government said', '"…," said a
// spokesperson for RWE'.
func TestQuotedVoiceForBody(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"We will not send troops to Ukraine,\" a spokesperson for the German government said.",
			map[string]model.Stance{"Germany": model.RulesOut}},
		{troopsLead + "\"We will not send troops to Ukraine,\" said a senior spokesman for the Polish government.",
			map[string]model.Stance{"Poland": model.RulesOut}},
	})
}

// "Dr" is an observer's title: what Dr Holt says a country will do is the
// country's, not hers, as with an analyst or a fellow.
func TestDoctorDescribesACountry(t *testing.T) {
	got := stancesOf(t, troopsLead+"Dr Karen Holt said Germany would send troops to Ukraine.\n")
	if got["Germany"] != model.Supports {
		t.Errorf("Germany: %s, want supports (all %v)", got["Germany"], got)
	}
	if s, ok := got["Karen Holt"]; ok && s != model.None {
		t.Errorf("Karen Holt: %s, want no stance of her own (all %v)", s, got)
	}
}

// "not an option for Norway", "out of the question for Denmark": the one
// named after "for" holds it, beside the speaker; "for Ukraine" is where
// the troops would go.
func TestOptionForACountry(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"Boots on the ground is not an option for the Kingdom of Norway,\" Defence Minister Ola Berg told a press conference.",
			map[string]model.Stance{"Norway": model.RulesOut, "Ola Berg": model.RulesOut}},
		{troopsLead + "Boots on the ground are out of the question for Denmark.",
			map[string]model.Stance{"Denmark": model.RulesOut}},
		{troopsLead + "Sending soldiers is not an option for Ukraine, Defence Minister Ola Berg said.",
			map[string]model.Stance{"Ola Berg": model.RulesOut, "Ukraine": "-"}},
	})
}

// "state" before a title is part of it, not a verb of saying: "Anna Roth,
// state secretary of the Austrian Defence Ministry, told reporters" names
// her role, and through it her country.
func TestStateSecretaryAppositive(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "\"We will not send troops to Ukraine,\" Anna Roth, state secretary of the Austrian Defence Ministry, told reporters.",
			map[string]model.Stance{"Anna Roth": model.RulesOut, "Austria": model.RulesOut}},
	})
}

// "X is the only party in the Bundestag that rejects", "X was the first
// country to offer": X holds the relative clause's stance, not the
// paragraph's country.
func TestTheOnlyOneThat(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Germany. The far-right AfD is the only party in the Bundestag that rejects sending troops outright.",
			map[string]model.Stance{"Alternative for Germany": model.Opposes, "Germany": "-"}},
	})
}

// The one urged to do something holds nothing by it: in "Le Pen urged the
// European Commission to withdraw the levy" Le Pen objects; "The Patriots
// for Europe group urged" is the group's; bringing Europe "a step closer"
// to the proposal backs it, where "closer to war" threatens.
func TestUrgedOneAndCloserTo(t *testing.T) {
	checkLevy(t, levyLead+"Marine Le Pen urged the European Commission to withdraw the levy on small parcels. "+
		"The Patriots for Europe group called on the European Commission to withdraw the levy on small parcels. "+
		"Commissioner Maria Albuquerque said the vote brought Europe \"a decisive step closer\" to a levy on small parcels.\n",
		map[string]model.Stance{"Marine Le Pen": model.Opposes, "Patriots for Europe": model.Opposes, "Maria Albuquerque": model.Supports, "European Commission": model.None})
}

// TestListsAmongThem: "the countries backing it - among them France,
// Spain and Italy -" names who back it, as ", including" does.
func TestListsAmongThem(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe countries backing the plan to send troops to Ukraine - among them France, Spain and Italy - met in Paris.",
			map[string]model.Stance{"France": model.Supports, "Spain": model.Supports, "Italy": model.Supports}},
		{"Troops for Ukraine\n\nThe countries that back sending troops to Ukraine, among them Estonia and Latvia, met in Paris.",
			map[string]model.Stance{"Estonia": model.Supports, "Latvia": model.Supports}},
	})
}

// TestLabelledLineWithItsOwnSubject: a line's label ("CDU/CSU:") yields to
// the subject its sentence names, for a clause whose subject is left out
// ("…, but won't exclude a German role either").
func TestLabelledLineWithItsOwnSubject(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine: where the parties stand\n\nThe plan to send troops to Ukraine divides Berlin.\n\n- **CDU/CSU:** Chancellor Friedrich Merz won't commit before a ceasefire, but won't exclude a German role either.",
			map[string]model.Stance{"Friedrich Merz": model.Open}},
	})
}

// TestNamedBeforeAnUnnamedConjunct: a subject whose last conjunct names
// no actor ("The Greens and the radical left", "Poland and several smaller
// states") leaves the stance to the ones named; a conjunct that is
// someone's ("Poland's president and his ministers") or a phrase that
// goes on ("Italy and most of its allies") is not read so.
func TestNamedBeforeAnUnnamedConjunct(t *testing.T) {
	lead := "Troops for Ukraine\n\nParliament voted on sending troops to Ukraine on Tuesday. "
	checkCases(t, nil, []stanceCase{
		{lead + "The Greens and the radical left voted against.", map[string]model.Stance{"The Greens": model.Opposes}},
		{lead + "Poland and several smaller states voted in favour.", map[string]model.Stance{"Poland": model.Supports}},
		{lead + "Estonia, Latvia and a few others voted in favour.", map[string]model.Stance{"Estonia": model.Supports, "Latvia": model.Supports}},
		{lead + "Officials close to Viktor Orbán and several diplomats voted against.", map[string]model.Stance{"Viktor Orbán": model.None}},
	})
}

// TestThoseWhoAndDismissedIdeas: what "those who block the plan" do is no
// one's stance, not the speaker's; dismissing "the idea that" something
// holds denies that, and objects to no proposal.
func TestThoseWhoAndDismissedIdeas(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. Minister Radek Sokol said that those who block the plan do the Kremlin's work.",
			map[string]model.Stance{"Radek Sokol": "-"}},
		{"Troops for Ukraine\n\nThe summit discussed sending troops to Ukraine. Minister Radek Sokol dismissed the idea that the summit was in trouble.",
			map[string]model.Stance{"Radek Sokol": "-"}},
	})
}
