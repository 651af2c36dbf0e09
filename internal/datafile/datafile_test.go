package datafile

import (
	"slices"
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
