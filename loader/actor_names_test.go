package loader

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"standpoint/model"
)

// loadArticle loads one article under the built-in question.
func loadArticle(t *testing.T, text string) *model.Corpus {
	t.Helper()
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestInstitutionInRoleNamesTheGovernment: the ministry a spokesperson's
// role names ("Russian Foreign Ministry spokeswoman Maria Zakharova") is a
// name of the government she speaks for in that article, as "the Russian
// Foreign Ministry said" is, once the article has the government as an
// actor; a former official's old ministry, an army, a parliament are none.
func TestInstitutionInRoleNamesTheGovernment(t *testing.T) {
	text := "Troops for Ukraine\n\nRussia has warned Europe before. Russian Foreign Ministry spokeswoman Maria Zakharova said any troops sent to Ukraine would be targets. " +
		"Polish foreign ministry spokesman Pawel Nowak said Poland would not send troops.\n"
	c := loadArticle(t, text)
	want := map[string]string{"Russia": "Russian Foreign Ministry", "Poland": "Polish foreign ministry"}
	for _, a := range c.Actors {
		if alias, ok := want[a.Name]; ok {
			if !slices.Contains(a.Aliases, alias) {
				t.Errorf("%s: aliases %q, want %q among them", a.Name, a.Aliases, alias)
			}
			delete(want, a.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("no actor for %v", want)
	}
	lex := lexiconOnce()
	for role, inst := range map[string]string{
		"Russian Foreign Ministry spokeswoman":   "Russian Foreign Ministry",
		"Ministry of National Defence spokesman": "Ministry of National Defence",
		"Defence Minister":                       "",
		"former defence ministry official":       "",
		"Ministry spokesman":                     "",
		"Slovak Army chief":                      "",
	} {
		if got := lex.institutionInRole(role); got != inst {
			t.Errorf("institutionInRole(%q) = %q, want %q", role, got, inst)
		}
	}
}

// TestLeaderNamedInGovernmentsName: "the government of Donald Tusk" is
// Poland's government, and its alias is that phrase, not the leader's name,
// which would make Poland answer for Tusk; the leader is named all the same,
// with no stance of his own from it.
func TestLeaderNamedInGovernmentsName(t *testing.T) {
	text := "Troops for Ukraine\n\nThe government of Donald Tusk said Poland would not send troops to Ukraine. " +
		"The Orbán government said Hungary would not either.\n"
	c := loadArticle(t, text)
	seen := map[string]bool{}
	for _, a := range c.Actors {
		seen[a.Name] = true
		if a.Kind == "government" && (slices.Contains(a.Aliases, "Donald Tusk") || slices.Contains(a.Aliases, "Orbán")) {
			t.Errorf("%s has a leader's name among its aliases %q", a.Name, a.Aliases)
		}
		if a.Name == "Donald Tusk" && a.Stance != "none" {
			t.Errorf("Donald Tusk: %s, want none (his government said it)", a.Stance)
		}
	}
	if !seen["Donald Tusk"] || !seen["Poland"] {
		t.Errorf("actors %v, want Donald Tusk and Poland", seen)
	}
}

// TestInstitutionNamesStopAtVerbsAndPronouns: "Russia rebuilt its army"
// and "Ukraine's own army" name no institution, so no such alias; "the
// Russian Foreign Ministry" still does.
func TestInstitutionNamesStopAtVerbsAndPronouns(t *testing.T) {
	text := "Troops for Ukraine\n\nRussia rebuilt its army while Europe debated sending troops to Ukraine. " +
		"Ukraine's own army is stretched. Poland opposed sending military trainers. The Russian Foreign Ministry said any troops would be targets.\n"
	c := loadArticle(t, text)
	bad := []string{"Russia rebuilt its army", "Ukraine's own army", "Poland opposed sending military"}
	for _, a := range c.Actors {
		for _, b := range bad {
			if slices.Contains(a.Aliases, b) {
				t.Errorf("%s has the alias %q", a.Name, b)
			}
		}
		if a.Name == "Russia" && !slices.Contains(a.Aliases, "Russian Foreign Ministry") {
			t.Errorf("Russia: aliases %q, want the Russian Foreign Ministry among them", a.Aliases)
		}
	}
}

// TestBodyNamedAsAPlace: a body named as where something happens ("failed
// in the Bundestag", "goes to the European Parliament") is an actor of
// the article with no stance; a city or a continent so named is not ("in
// Paris", "in Europe" names no "European leaders").
func TestBodyNamedAsAPlace(t *testing.T) {
	text := "Troops for Ukraine\n\nThe motion on sending troops to Ukraine failed in the Bundestag on Thursday. " +
		"The file now goes to the European Parliament. Ministers met in Paris to discuss security in Europe.\n"
	c := loadArticle(t, text)
	got := map[string]string{}
	for _, a := range c.Actors {
		got[a.Name] = string(a.Stance)
	}
	for _, name := range []string{"Bundestag", "European Parliament"} {
		if got[name] != "none" {
			t.Errorf("%s: %q, want an actor with no stance (all %v)", name, got[name], got)
		}
	}
	for _, name := range []string{"France", "European leaders"} {
		if _, ok := got[name]; ok {
			t.Errorf("%s is an actor, want none (all %v)", name, got)
		}
	}
}

// TestPollsterHoldsNoStance: a polling company is named, but what its poll
// finds is the respondents' ("a Forsa poll found that they wanted troops
// sent"), never its own; "a visa" names no card company.
func TestPollsterHoldsNoStance(t *testing.T) {
	text := "Troops for Ukraine\n\nA Forsa poll for a broadcaster found just over half of Germans thought they wanted troops sent to Ukraine. " +
		"Visa and Mastercard said nothing. He applied for a visa.\n"
	c := loadArticle(t, text)
	got := map[string]string{}
	for _, a := range c.Actors {
		got[a.Name] = string(a.Stance)
	}
	if s, ok := got["Forsa"]; !ok || s != "none" {
		t.Errorf("Forsa: %q (present %v), want an actor with no stance (all %v)", s, ok, got)
	}
	if _, ok := got["Visa"]; !ok {
		t.Errorf("no Visa in %v", got)
	}
}

// TestArmyIsNoAliasOfItsGovernment: "the Latvian army" may speak for
// Latvia, but is no name of its government: no alias, so that what the
// army is asked or says is not read as another name for the country.
func TestArmyIsNoAliasOfItsGovernment(t *testing.T) {
	text := "Troops for Ukraine\n\nLatvia is open to sending troops to Ukraine. The Latvian army has 8,000 soldiers. The Latvian foreign ministry said so too.\n"
	c := loadArticle(t, text)
	for _, a := range c.Actors {
		if a.Name == "Latvia" {
			if slices.Contains(a.Aliases, "Latvian army") || !slices.Contains(a.Aliases, "Latvian foreign ministry") {
				t.Errorf("Latvia: aliases %q, want the foreign ministry and not the army", a.Aliases)
			}
			return
		}
	}
	t.Errorf("no Latvia in %v", c.Actors)
}

// An outlet or its programme is no person, even where a name the corpus
// knows ("News", from "RTÉ's News at One") would make one of it.
func TestOutletsAreNoPeople(t *testing.T) {
	c := loadArticle(t, "Troops for Ukraine\n\nSending troops to Ukraine was discussed.\n\nSimon Harris told Irish Radio's News at One that he would be open to it.\n\nMark Rutte, the Nato chief, told Fox News that Russia would not be handed a veto.\n")
	for _, a := range c.Actors {
		if strings.Contains(a.Name, "News") {
			t.Errorf("actor %q (%s): an outlet", a.Name, a.Kind)
		}
	}
}
