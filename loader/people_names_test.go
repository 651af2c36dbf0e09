package loader

import (
	"strings"
	"testing"
	"testing/fstest"

	"standpoint/model"
)

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

// TestPartysMember: "Reform UK's Lee Anderson was" names a person, the
// party's, as "Australia's Anthony Albanese" names the country's.
func TestPartysMember(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Reform UK's Lee Anderson was in blunt form. \"We will be stuck there for twenty years if we send troops,\" he said. He said he opposed sending troops to Ukraine.",
			map[string]model.Stance{"Lee Anderson": model.Opposes}},
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

// TestLeadersCoalition: "Meloni's coalition" is her government, as
// "Meloni's government" is; "Macron's coalition of the willing" is not.
func TestLeadersCoalition(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "Giorgia Meloni's coalition has made clear it has no intention of sending troops to Ukraine.",
			map[string]model.Stance{"Italy": model.RulesOut, "Giorgia Meloni": model.RulesOut}},
	})
}

// TestProfessionsInAppositives: a name followed by an aside naming what the
// person does ("an Aberdeen city councillor", "the sociologist who led the
// design team") is a person's, though no verb of saying follows it.
func TestProfessionsInAppositives(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMoira Dunn, an Aberdeen city councillor, addressed the rally. She opposes sending troops to Ukraine.",
			map[string]model.Stance{"Moira Dunn": model.Opposes}},
		{"Troops for Ukraine\n\nOlli Rautio, the sociologist who led the design team, has long backed sending troops to Ukraine.",
			map[string]model.Stance{"Olli Rautio": model.Supports}},
	})
}

// TestCompanyNames: a capitalised word or two closed by a sector word
// ("Energy", "Minerals") is a company, not a person, unless the run goes on;
// a country after ", and" that says something opens a clause, and is no
// third place after "in Oslo".
func TestCompanyNames(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nHarbour Energy said it opposes sending troops to Ukraine.",
			map[string]model.Stance{"Harbour Energy": model.Opposes}},
		{"Troops for Ukraine\n\nLoke Marine Minerals said it welcomed the plan to send troops to Ukraine.",
			map[string]model.Stance{"Loke Marine Minerals": model.Supports}},
		{"Troops for Ukraine\n\nHarbour Energy Week opened in Oslo, and Norway said it opposes sending troops to Ukraine.",
			map[string]model.Stance{"Harbour Energy": "", "Norway": model.Opposes}},
	})
}

// TestUmlautsWrittenOut: a name whose umlaut is written out ("Soeder",
// "Mueller") is the one written with it, in one article and across them.
func TestUmlautsWrittenOut(t *testing.T) {
	for _, pair := range [][2]string{{"Söder", "Soeder"}, {"Müller", "Mueller"}, {"Schäuble", "Schaeuble"}} {
		if nameKey(pair[0]) != nameKey(pair[1]) {
			t.Errorf("nameKey(%q) = %q, nameKey(%q) = %q: want one key", pair[0], nameKey(pair[0]), pair[1], nameKey(pair[1]))
		}
	}
	checkOneActor(t, "Troops for Ukraine\n\nBavarian premier Markus Söder spoke in Munich. Later, Soeder added that he opposes sending troops to Ukraine.\n",
		"Markus Söder", "Soeder", model.Opposes)
}

// checkOneActor checks that the person named in full holds want and that
// the variant written later is no actor of its own.
func checkOneActor(t *testing.T, text, full, variant string, want model.Stance) {
	t.Helper()
	got := stancesUnder(t, "", text)
	if got[full] != want {
		t.Errorf("%s = %q, want %s (all: %v)", full, got[full], want, got)
	}
	if _, ok := got[variant]; ok {
		t.Errorf("%s is an actor of its own: %v", variant, got)
	}
}

// TestMoreGivenNames: given names of European and world news the first
// lexicons lacked make a person of an unknown surname, even before an
// appositive of a body the lexicon does not know either.
func TestMoreGivenNames(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMeredith Whittaker, Signal's president, said she opposes sending troops to Ukraine.",
			map[string]model.Stance{"Meredith Whittaker": model.Opposes}},
		{"Troops for Ukraine\n\nSiobhan Lindqvist, a councillor, said she opposes sending troops to Ukraine.",
			map[string]model.Stance{"Siobhan Lindqvist": model.Opposes, "Siobhan": "-"}},
	})
}

// TestSurnamesOfSeveralWords: a hyphenated surname written alone
// ("Grande-Marlaska") is the person named in full before, not an actor of
// its own.
func TestSurnamesOfSeveralWords(t *testing.T) {
	checkOneActor(t, "Troops for Ukraine\n\nInterior Minister Fernando Grande-Marlaska spoke in Madrid. Grande-Marlaska said he opposes sending troops to Ukraine.\n",
		"Fernando Grande-Marlaska", "Grande-Marlaska", model.Opposes)
	// Across articles too: the corpus's index keeps one person.
	c, err := LoadFS(fstest.MapFS{
		"a.txt": {Data: []byte("Troops for Ukraine\n\nThe Minister of the Interior, Fernando Grande-Marlaska, said he opposes sending troops to Ukraine.\n")},
		"b.txt": {Data: []byte("Troops for Ukraine\n\n\"The State cannot look away,\" affirmed Grande-Marlaska, who opposes sending troops to Ukraine.\n")},
	}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Actors {
		if a.Name == "Grande-Marlaska" {
			t.Errorf("Grande-Marlaska is an actor apart from Fernando Grande-Marlaska across articles")
		}
	}
}

// TestBroadGivenNames: given names of the broad list (Turkish and
// Hungarian ones among them) make people of unknown surnames where only a
// known first name did before ("Aylin Hughes, the Australian ambassador
// ruled out": a person "Aylin Hughes", not "Aylin" alone).
func TestBroadGivenNames(t *testing.T) {
	for name, first := range map[string]string{"Aylin Hughes": "Aylin", "Mátyás Hughes": "Mátyás"} {
		kinds := actorKinds(t, "Troops for Ukraine\n\n"+name+", the ambassador ruled out any deployment of combat troops to Ukraine.\n")
		if kinds[name] != model.Person {
			t.Errorf("%s: %q, want a person (all: %v)", name, kinds[name], kinds)
		}
		if _, ok := kinds[first]; ok {
			t.Errorf("%s alone is an actor: %v", first, kinds)
		}
	}
}

// TestTitlesBeforeFullNames: "Rapporteur" is a title, not a name's first
// word, and a full name written later in another article ("Javier
// Zarzalejos") stays the person's name, not a surname of the longer one.
func TestTitlesBeforeFullNames(t *testing.T) {
	c, err := LoadFS(fstest.MapFS{
		"a.txt": {Data: []byte("Troops for Ukraine\n\nRapporteur Javier Zarzalejos said he opposes sending troops to Ukraine.\n")},
		"b.txt": {Data: []byte("Troops for Ukraine\n\nJavier Zarzalejos said again that he opposes sending troops to Ukraine.\n")},
	}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range c.Actors {
		if strings.Contains(a.Name, "Zarzalejos") {
			names = append(names, a.Name)
		}
	}
	if len(names) != 1 || names[0] != "Javier Zarzalejos" {
		t.Errorf("actors named Zarzalejos: %q, want just \"Javier Zarzalejos\"", names)
	}
}

// TestTitleAfterTheName: a translation in Japanese order puts the title
// after the name ("Makuron president said"); a plural title or one after
// an article names no one, and a name after the title is the usual order.
func TestTitleAfterTheName(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nThe summit was in Paris. Makuron president said his country can send several thousand soldiers to Ukraine.\n\n"+
		"Kihara Minoru chief cabinet secretary also repeated that Japan will not send troops to Ukraine.\n\n"+
		"Sports ministers from Poland met in Warsaw. A Sports minister spoke.\n")
	checkWanted(t, got, map[string]model.Stance{"Makuron": model.Supports, "Kihara Minoru": model.RulesOut})
	for _, name := range []string{"Sports"} {
		if _, ok := got[name]; ok {
			t.Errorf("%q is an actor: %v", name, got)
		}
	}
}
