package ui

import (
	"strings"
	"testing"
)

func TestGapCloser(t *testing.T) {
	var b strings.Builder
	g := gapCloser{b: &b}
	for _, piece := range []string{"\n   \n\n", "  Title  \n\n\n\n", "   Poland's    minister", " said   so.  ", "\n\n  Next"} {
		g.write(piece)
	}
	if want := "Title \n\nPoland's minister said so. \n\nNext"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// A Markdown article in the reader shows its words without the gaps its
// blanked markup left, and its evidence is still marked.
func TestReaderClosesMarkdownGaps(t *testing.T) {
	raw := "        \n                 \n   \n\n# Poland stays out\n\n**Minister Anna Kowalczyk** said   troops will not go.\n"
	spans := []span{{start: strings.Index(raw, "Minister"), end: strings.Index(raw, "go.") + 3}}
	ct := newCleanText(raw, spans, nil, true)
	if want := "# Poland stays out\n\n**Minister Anna Kowalczyk** said troops will not go.\n"; ct.text != want {
		t.Errorf("text %q, want %q", ct.text, want)
	}
	if got := ct.text[ct.spans[0].start:ct.spans[0].end]; got != "Minister Anna Kowalczyk** said troops will not go." {
		t.Errorf("span %q", got)
	}
	if plain := newCleanText(raw, spans, nil, false); plain.text != raw {
		t.Errorf("plain text changed: %q", plain.text)
	}
}
