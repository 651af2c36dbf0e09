package loader

import (
	"testing"
	"testing/fstest"
)

// Kept covers the article's text and leaves out the page furniture the
// loader dropped: a widget line and a repeated headline.
func TestKeptLeavesOutFurniture(t *testing.T) {
	text := "Troops row in Vilnius\n\nSkip to content\n\nDefence Minister Anna Kowalczyk said Poland will not send troops. " +
		"She said so twice.\n\nTroops row in Vilnius\n\nThe debate goes on.\n"
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{})
	if err != nil || len(c.Articles) != 1 {
		t.Fatalf("load: %v", err)
	}
	var kept []string
	k := c.Articles[0].Kept
	for i := 0; i+1 < len(k); i += 2 {
		kept = append(kept, text[k[i]:k[i+1]])
	}
	want := []string{"Troops row in Vilnius",
		"Defence Minister Anna Kowalczyk said Poland will not send troops. She said so twice.", "The debate goes on."}
	if len(kept) != len(want) {
		t.Fatalf("kept %q, want %q", kept, want)
	}
	for i := range want {
		if kept[i] != want[i] {
			t.Errorf("kept[%d] = %q, want %q", i, kept[i], want[i])
		}
	}
}

// A sentence that names reporters and ends in "contributing troops" is
// article text; wire credit lines ("AP writer … reported from Riga",
// "… writers … contributed to this report") are furniture.
func TestReportersInASentenceAreNoCreditLine(t *testing.T) {
	text := "Troops row\n\nMark Rutte told reporters that Norway was open to contributing troops.\n\n" +
		"AP writer Tom Reyes reported from Riga.\n\nAssociated Press writers Ana Diaz and Jon Ek contributed to this report.\n"
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{})
	if err != nil || len(c.Articles) != 1 {
		t.Fatalf("load: %v", err)
	}
	var kept []string
	k := c.Articles[0].Kept
	for i := 0; i+1 < len(k); i += 2 {
		kept = append(kept, text[k[i]:k[i+1]])
	}
	want := []string{"Troops row", "Mark Rutte told reporters that Norway was open to contributing troops."}
	if len(kept) != len(want) || kept[1] != want[1] {
		t.Errorf("kept %q, want %q", kept, want)
	}
}

// Sentences that open with "Published", "Video" or "Source" are article
// text; credit and date lines ("Photo: AFP", "Photo Reuters/Jon Ek",
// "Updated 12 March 2025") are furniture.
func TestCreditWordsOpeningASentence(t *testing.T) {
	text := "Troops row\n\nPublished reports say Britain will send troops.\n\nVideo footage showed Polish troops near the border.\n\n" +
		"Photo Reuters/Jon Ek\n\nUpdated 12 March 2025, 14:05\n\nPhoto credit: AFP\n"
	c, err := LoadFS(fstest.MapFS{"a.txt": {Data: []byte(text)}}, "", Options{})
	if err != nil || len(c.Articles) != 1 {
		t.Fatalf("load: %v", err)
	}
	if k := c.Articles[0].Kept; len(k) != 6 {
		t.Errorf("kept %d spans, want the headline and the two sentences: %v", len(k)/2, k)
	}
}
