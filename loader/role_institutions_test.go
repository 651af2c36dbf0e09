package loader

import (
	"slices"
	"testing"
	"testing/fstest"
)

// TestInstitutionInRoleNamesTheGovernment: the ministry a spokesperson's
// role names ("Russian Foreign Ministry spokeswoman Maria Zakharova") is a
// name of the government she speaks for in that article, as "the Russian
// Foreign Ministry said" is, once the article has the government as an
// actor; a former official's old ministry, an army, a parliament are none.
func TestInstitutionInRoleNamesTheGovernment(t *testing.T) {
	text := "Troops for Ukraine\n\nRussia has warned Europe before. Russian Foreign Ministry spokeswoman Maria Zakharova said any troops sent to Ukraine would be targets. " +
		"Polish foreign ministry spokesman Pawel Nowak said Poland would not send troops.\n"
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
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
