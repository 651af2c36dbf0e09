package datafile

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLinesSkipCommentsAndBlanks(t *testing.T) {
	fsys := fstest.MapFS{"a.txt": {Data: []byte("# a comment\nfirst\r\n\n  \nsecond entry\n#another\n")}}
	got, err := Lines(fsys, "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"first", "second entry"}; !slices.Equal(got, want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
	if _, err := Lines(fsys, "missing.txt"); err == nil {
		t.Error("a missing file gave no error")
	}
}

// Named sets gather their lines; a line with no tab is an error.
func TestSets(t *testing.T) {
	fsys := fstest.MapFS{
		"s.txt":   {Data: []byte("# comment\nverbs\tsay tell\nnouns\tplan\nverbs\tclaim\n")},
		"bad.txt": {Data: []byte("verbs say\n")},
	}
	sets, err := Sets(fsys, "s.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(sets["verbs"]) != 3 || !sets["verbs"]["claim"] || !sets["nouns"]["plan"] || len(sets) != 2 {
		t.Errorf("sets %v", sets)
	}
	if _, err := Sets(fsys, "bad.txt"); err == nil {
		t.Error("a line with no tab gave no error")
	}
}

// A set the embedded file lacks is a build bug and panics with its name.
func TestMustSetsPanicsOnMissingSet(t *testing.T) {
	sets := MustSets(fstest.MapFS{"s.txt": {Data: []byte("verbs\tsay\n")}}, "s.txt")
	if !sets.Set("verbs")["say"] {
		t.Error("the verbs set lost say")
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "s.txt has no set nouns") {
			t.Errorf("recover = %v", r)
		}
	}()
	sets.Set("nouns")
}
