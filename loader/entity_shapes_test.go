package loader

// Actors found in the shapes real coverage names them, and words that name no one.

import (
	"testing"
	"testing/fstest"

	"standpoint/model"
)

// Organisations no lexicon knows, named as real coverage names them: a
// CamelCase name before a long relative clause and "has said", a body
// named "Project", a demonym before "Council for …", a "campaign" after
// its name.
func TestUnknownBodiesInTheirShapes(t *testing.T) {
	text := "Pact row\n\nMinisters met on Friday to discuss the Andean pact. " +
		"TradeWatchers, which has tracked every clause of the text since the talks began in Lima, has said it opposes the pact. " +
		"The Open Markets Project, which filed a complaint last month, said it backed the pact. " +
		"The Chilean Council for Fair Trade has warned against the pact. " +
		"The Fair Fields campaign, which has been lobbying deputies, said it rejected the pact.\n"
	got := stancesUnder(t, pactQuestion, text)
	checkWanted(t, got, map[string]model.Stance{
		"TradeWatchers":                  model.Opposes,
		"Open Markets Project":           model.Supports,
		"Chilean Council for Fair Trade": model.Opposes,
		"Fair Fields":                    model.Opposes,
	})
	for _, wrong := range []string{"Fair Trade", "Markets Project", "Chile"} {
		if s, ok := got[wrong]; ok && s != model.None {
			t.Errorf("%s: %s, want no such actor (all %v)", wrong, s, got)
		}
	}
}

// US states, Canadian provinces and Australian states make laws of their
// own: "Utah, Tennessee and Louisiana have passed bans" names three actors.
func TestStatesAndProvincesAreGovernments(t *testing.T) {
	text := "Pact row\n\nMinisters met on Friday to discuss the Andean pact. " +
		"Utah, Tennessee and Alberta said they would back the pact.\n"
	got := stancesUnder(t, pactQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Utah": model.Supports, "Tennessee": model.Supports, "Alberta": model.Supports})
}

// "Leaders in Germany, Poland and Spain" are those countries' governments;
// "EU leaders in Brussels" meet in a capital and name no Belgian voice.
func TestLeadersInCountries(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Leaders in Germany, Poland and Spain had said they had no intention of sending troops to Ukraine. EU leaders in Brussels said troops were not on the agenda.",
			map[string]model.Stance{"Germany": model.RulesOut, "Poland": model.RulesOut, "Spain": model.RulesOut, "Belgium": "-"}},
	})
}

// A pronoun or an adverb opening a sentence before a verb of saying is no
// organisation ("You called it something else.", "Quickly does not mean
// without Parliament."); a name before ", the S&D MEP who" is a person.
func TestOpeningNonNamesAndTitledAppositives(t *testing.T) {
	text := levyLead + "You called it something else. Quickly does not mean without parliament. " +
		"Dario Venturelli, the S&D MEP who steered the file, said he backed the levy on small parcels.\n"
	got := stancesUnder(t, levyQuestion, text)
	for _, wrong := range []string{"You", "Quickly"} {
		if _, ok := got[wrong]; ok {
			t.Errorf("an actor %q (all %v)", wrong, got)
		}
	}
	checkWanted(t, got, map[string]model.Stance{"Dario Venturelli": model.Supports})
}

// A title after a comma that opens the next clause's subject is no
// apposition: "In an interview with Fox News, the vice-president said".
func TestTitleOpeningTheNextClause(t *testing.T) {
	got := stancesUnder(t, "", troopsLead+"In an interview with Fox News, the vice-president said: \"I don't see American troops going into Ukraine.\"\n")
	if _, ok := got["Fox News"]; ok {
		t.Errorf("Fox News made an actor: %v", got)
	}
}

// A name of several words whose later words a translation writes small
// is the name still ("The Rassemblement national also voted"); a lone
// small word is not ("us" is no "US").
func TestLaterWordsOfANameWrittenSmall(t *testing.T) {
	got := stancesUnder(t, "", troopsLead+"The Rassemblement national also voted against sending troops to Ukraine. Tell us about troops for Ukraine.\n")
	checkWanted(t, got, map[string]model.Stance{"National Rally": model.Opposes})
	if _, ok := got["United States"]; ok {
		t.Errorf("\"us\" read as the United States: %v", got)
	}
}

// A lone group noun is no one's name, even where a name would speak:
// "The remarks by Officials in Rome" makes no person "Officials", so a
// corpus does not credit every officials' sentence to one.
func TestGroupNounIsNoPersonsName(t *testing.T) {
	text := "Pact talks\n\nMinisters met on Friday to discuss the Andean pact. " +
		"The remarks by Officials in Lima came a day after talks in Quito. " +
		"Officials in Lima said Peru will vote against the pact.\n"
	got := stancesUnder(t, pactQuestion, text)
	if _, ok := got["Officials"]; ok {
		t.Errorf("a person named Officials: %v", got)
	}
}

// An interview's question label opens the sentence after it: "Q: Critics
// say a ban goes too far" makes no person "Critics".
func TestQuestionLabelOpensTheSentence(t *testing.T) {
	got := stancesUnder(t, levyQuestion, levyLead+"\n\nQ: Critics say the levy on small parcels goes too far.\n\nA: I disagree.\n")
	if _, ok := got["Critics"]; ok {
		t.Errorf("a person \"Critics\": %v", got)
	}
}

// A sentence adverb or an auxiliary is never a surname alone: "Elsewhere,
// the French prime minister, Francois Bayrou, is …", "Iceland: Has no
// armed forces".
func TestWordsThatAreNoSurname(t *testing.T) {
	got := stancesUnder(t, "", troopsLead+"Elsewhere, the French prime minister, Francois Bayrou, is still looking for votes.\n\nIceland: Has no armed forces and will contribute money.\n")
	for _, wrong := range []string{"Elsewhere", "Has"} {
		if _, ok := got[wrong]; ok {
			t.Errorf("a person %q: %v", wrong, got)
		}
	}
	if _, ok := got["Francois Bayrou"]; !ok {
		t.Errorf("Francois Bayrou not found: %v", got)
	}
}

// A name with a particle may run to five words ("Luiz Inacio Lula da
// Silva"), and such figures go by the word before the particle or the
// name from it on: "Lula", "Rebelo de Sousa".
func TestLongNamesWithParticles(t *testing.T) {
	text := "Pact row\n\nMinisters met on Friday to discuss the Andean pact. " +
		"Brazilian President Luiz Inacio Lula da Silva flew in on Thursday. Lula said he backed the pact. " +
		"Portugal's Marcelo Rebelo de Sousa arrived later. Rebelo de Sousa said the pact was a mistake.\n"
	got := stancesUnder(t, pactQuestion, text)
	checkWanted(t, got, map[string]model.Stance{"Luiz Inacio Lula da Silva": model.Supports, "Marcelo Rebelo de Sousa": model.Opposes})
	for _, wrong := range []string{"Lula", "Rebelo de Sousa"} {
		if _, ok := got[wrong]; ok {
			t.Errorf("%s is an actor of its own: %v", wrong, got)
		}
	}
}

// "The Left" with its capital is a party; "on the left" is a side.
func TestTheLeftIsAParty(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The Left said it rejects sending troops to Ukraine. On the left, critics said they reject sending troops to Ukraine.",
			map[string]model.Stance{"The Left": model.Opposes}},
	})
}

// "the Scottish Greens" is a party of its own, not the German Greens with a
// Scottish adjective.
func TestScottishGreensAreTheirOwnParty(t *testing.T) {
	got := stancesOf(t, troopsLead+"Ross Greer of the Scottish Greens said his party would not back British troops going to Ukraine.\n")
	if got["Scottish Greens"] != model.RulesOut {
		t.Errorf("Scottish Greens: %s, want rules_out (all %v)", got["Scottish Greens"], got)
	}
	if _, ok := got["The Greens"]; ok {
		t.Errorf("The Greens is an actor: %v", got)
	}
}

// A one-word name written as short names are ("EnBW", "KernD") is a
// body where a surname would stand; "McDonald" is no such word.
func TestAcronymShapedNamesAreBodies(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{{"EnBW", true}, {"KernD", true}, {"NATO", true}, {"McDonald", false}, {"DeSantis", false}, {"Merz", false}} {
		if got := acronymShaped(tc.word); got != tc.want {
			t.Errorf("acronymShaped(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(troopsLead + "Sweden, Finland and KernD said they would not send troops to Ukraine.\n")}}, "", Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Actors {
		if a.Name == "KernD" && a.Kind != model.Organisation {
			t.Errorf("KernD is a %s", a.Kind)
		}
	}
}

// "the National Guard" is a body, not a person named Guard.
func TestNationalGuardIsABody(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(troopsLead + "The National Guard said it would not take part.\n")}}, "", Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Actors {
		if a.Name == "National Guard" && a.Kind != model.Organisation {
			t.Errorf("National Guard is a %s", a.Kind)
		}
	}
}

// The press is no actor: "CBC's Mélanie Tremblay", "(Tom Aldridge,
// Reuters)", "my colleague Marc Duval", "the BBC's Sunday with Laura
// Kuenssberg", a line of a name and a date; "her colleague" may well be
// one.
func TestJournalistsByTheirContext(t *testing.T) {
	got := stancesOf(t, "Marta Zielińska, 09.03.2024, 07:15\n\n"+troopsLead+"Defence Minister David McGuinty sat down with CBC's Mélanie Tremblay. "+
		"QUESTION (Tom Aldridge, Reuters): Prime Minister, will Canada send troops to Ukraine? "+
		"The minister told my colleague Marc Duval that troops would go. "+
		"Kemi Badenoch, on the BBC's Sunday with Laura Kuenssberg, said her party would support British troops in Ukraine.\n")
	for _, name := range []string{"Mélanie Tremblay", "Tom Aldridge", "Marc Duval", "Laura Kuenssberg", "Marta Zielińska"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s is an actor: %v", name, got)
		}
	}
}
