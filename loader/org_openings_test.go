package loader

import (
	"strings"
	"testing"
	"testing/fstest"

	"standpoint/model"
)

// TestOrganisationsTheLexiconDoesNotKnow: an acronym opening its sentence
// with a predicate of its own ("FNSEA opposes") or an appositive over a
// possessive ("FNSEA, the farmers' union,") is a body; a name closed by a
// company word ("Mistral AI", "Helsing Technologies") is a company, not a
// person; a known first name keeps a person a person.
func TestOrganisationsTheLexiconDoesNotKnow(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nFNSEA opposes sending troops to Ukraine.",
			map[string]model.Stance{"FNSEA": model.Opposes}},
		{"Troops for Ukraine\n\nFNSEA, the farmers' union, said it opposed sending troops to Ukraine.",
			map[string]model.Stance{"FNSEA": model.Opposes}},
		{"Troops for Ukraine\n\nMistral AI said it supports sending troops to Ukraine.",
			map[string]model.Stance{"Mistral AI": model.Supports}},
		{"Troops for Ukraine\n\nGDP rose by 2% as Anna Berg said she supports sending troops to Ukraine.",
			map[string]model.Stance{"Anna Berg": model.Supports, "GDP": "-"}},
	})
	for _, name := range []string{"Helsing Technologies", "Kestrel Messaging"} {
		kinds := actorKinds(t, "Troops for Ukraine\n\n"+name+" said it opposes sending troops to Ukraine.\n")
		if kind, ok := kinds[name]; !ok || kind != model.Organisation {
			t.Errorf("%s is %q (found: %v), want an organisation", name, kind, ok)
		}
	}
}

// actorKinds loads one article under the built-in question and returns
// each actor's kind by name.
func actorKinds(t *testing.T, text string) map[string]model.Kind {
	t.Helper()
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]model.Kind{}
	for _, a := range c.Actors {
		kinds[a.Name] = a.Kind
	}
	return kinds
}

// TestNamesOpenNoFrames: a word of a body's name is no predicate ("the
// Chaos Computer Club" holds no "chaos"); "Club" and "Supervisor" close a
// body's name; "Yesterday" is no one.
func TestNamesOpenNoFrames(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Chaos Computer Club called on lawmakers to reject sending troops to Ukraine.",
			map[string]model.Stance{"Chaos Computer Club": model.Opposes}},
		{"Troops for Ukraine\n\nThe European Data Protection Supervisor warned against sending troops to Ukraine.",
			map[string]model.Stance{"European Data Protection Supervisor": model.Opposes, "Data Protection Supervisor": "-"}},
	})
	if kind, ok := actorKinds(t, "Troops for Ukraine\n\nYesterday said nothing about troops for Ukraine.\n")["Yesterday"]; ok {
		t.Errorf("'Yesterday' is an actor (%s)", kind)
	}
}

// TestPlansGivenUp: a plan given up ("has shelved plans to deploy") is
// against the act, never support of it.
func TestPlansGivenUp(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nBritain has shelved plans to deploy troops to Ukraine.",
			map[string]model.Stance{"United Kingdom": model.Opposes}},
		{"Troops for Ukraine\n\nApple, which abandoned its own plan to send troops to Ukraine in 2022, said nothing.",
			map[string]model.Stance{"Apple": model.Opposes}},
	})
}

// TestDomainNames: a name written as a web domain is one word
// ("Hotline.ie", "CZ.NIC"); two sentences run together are not ("ended.The").
func TestDomainNames(t *testing.T) {
	lex := lexiconOnce()
	for text, want := range map[string][]string{
		"Hotline.ie urged MEPs": {"Hotline.ie", "urged", "MEPs"},
		"CZ.NIC warned":         {"CZ.NIC", "warned"},
		"It ended.The talks":    {"It", "ended", ".", "The", "talks"},
		"the U.S. said":         {"the", "U.S.", "said"},
	} {
		var got []string
		for _, tok := range appendTokens(nil, text, 0, lex.wordTable) {
			got = append(got, tok.text)
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: tokens %q, want %q", text, got, want)
		}
	}
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nHotline.ie urged ministers to send troops to Ukraine.",
			map[string]model.Stance{"Hotline.ie": model.Supports}},
	})
}

// TestMessagingCompanies: the gazetteer knows the messaging services of
// the encryption debates, so "Signal" is a body although its word is a
// frame's ("signalled a no").
func TestMessagingCompanies(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSignal, the encrypted messenger, has said it opposes sending troops to Ukraine.",
			map[string]model.Stance{"Signal": model.Opposes}},
		{"Troops for Ukraine\n\nThe signal from Berlin was clear: Germany opposes sending troops to Ukraine.",
			map[string]model.Stance{"Germany": model.Opposes, "Signal": "-"}},
	})
}

// TestEUInstitutions: the Council of the EU and the EU's data protection
// bodies are known bodies under each of their names.
func TestEUInstitutions(t *testing.T) {
	kinds := actorKinds(t, "Chat control\n\nThe Council of the EU met on Friday. The EDPB and the European Data Protection Supervisor warned against sending troops to Ukraine.\n")
	for _, name := range []string{"Council of the European Union", "European Data Protection Board", "European Data Protection Supervisor"} {
		if kinds[name] != model.Organisation {
			t.Errorf("%s: %q, want an organisation (all: %v)", name, kinds[name], kinds)
		}
	}
}

// TestCentresAreBodies: "Centre" closes a body's name ("the Galway Rape
// Crisis Centre" was a person).
func TestCentresAreBodies(t *testing.T) {
	kinds := actorKinds(t, "Troops for Ukraine\n\nThe Galway Rape Crisis Centre said it opposes sending troops to Ukraine.\n")
	if kinds["Galway Rape Crisis Centre"] != model.Organisation {
		t.Errorf("Galway Rape Crisis Centre: %q, want an organisation (all: %v)", kinds["Galway Rape Crisis Centre"], kinds)
	}
}

// TestListedWithAnOrganisation: unknown names in a list beside a known
// organisation are organisations too; a first name keeps a person.
func TestListedWithAnOrganisation(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nThe owner companies, Iberdrola, Endesa and Naturgy, said troops should go to Ukraine.\n")
	checkWanted(t, got, map[string]model.Stance{"Naturgy": model.Supports, "Iberdrola": model.Supports})
}

// TestCityOpensAName: a capital followed by a name of its own opens that
// name ("Copenhagen Atomics, a start-up"), and does not stand for its
// government.
func TestCityOpensAName(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nCopenhagen Atomics, a start-up developing reactors, said troops should go to Ukraine.\n")
	checkWanted(t, got, map[string]model.Stance{"Copenhagen Atomics": model.Supports})
	if _, ok := got["Denmark"]; ok {
		t.Errorf("Denmark is an actor: %v", got)
	}
}
