package loader

import (
	"slices"
	"testing"
	"testing/fstest"
)

// keptTexts loads text as one article and returns the stretches of it
// the loader kept, in order.
func keptTexts(t *testing.T, text string) []string {
	t.Helper()
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{})
	if err != nil || len(c.Articles) != 1 {
		t.Fatalf("load: %v", err)
	}
	var kept []string
	k := c.Articles[0].Kept
	for i := 0; i+1 < len(k); i += 2 {
		kept = append(kept, text[k[i]:k[i+1]])
	}
	return kept
}

// Kept covers the article's text and leaves out the page furniture the
// loader dropped: a widget line and a repeated headline.
func TestKeptLeavesOutFurniture(t *testing.T) {
	kept := keptTexts(t, "Troops row in Vilnius\n\nSkip to content\n\nDefence Minister Anna Kowalczyk said Poland will not send troops. "+
		"She said so twice.\n\nTroops row in Vilnius\n\nThe debate goes on.\n")
	want := []string{"Troops row in Vilnius",
		"Defence Minister Anna Kowalczyk said Poland will not send troops. She said so twice.", "The debate goes on."}
	if !slices.Equal(kept, want) {
		t.Errorf("kept %q, want %q", kept, want)
	}
}

// A sentence that names reporters and ends in "contributing troops" is
// article text; wire credit lines ("AP writer … reported from Riga",
// "… writers … contributed to this report") are furniture.
func TestReportersInASentenceAreNoCreditLine(t *testing.T) {
	kept := keptTexts(t, "Troops row\n\nMark Rutte told reporters that Norway was open to contributing troops.\n\n"+
		"AP writer Tom Reyes reported from Riga.\n\nAssociated Press writers Ana Diaz and Jon Ek contributed to this report.\n")
	want := []string{"Troops row", "Mark Rutte told reporters that Norway was open to contributing troops."}
	if !slices.Equal(kept, want) {
		t.Errorf("kept %q, want %q", kept, want)
	}
}

// Sentences that open with "Published", "Video" or "Source" are article
// text; credit and date lines ("Photo: AFP", "Photo Reuters/Jon Ek",
// "Updated 12 March 2025") are furniture.
func TestCreditWordsOpeningASentence(t *testing.T) {
	kept := keptTexts(t, "Troops row\n\nPublished reports say Britain will send troops.\n\nVideo footage showed Polish troops near the border.\n\n"+
		"Photo Reuters/Jon Ek\n\nUpdated 12 March 2025, 14:05\n\nPhoto credit: AFP\n")
	want := []string{"Troops row", "Published reports say Britain will send troops.", "Video footage showed Polish troops near the border."}
	if !slices.Equal(kept, want) {
		t.Errorf("kept %q, want %q", kept, want)
	}
}
