package ui

import (
	"strings"
	"testing"
)

// An unterminated OSC hid every line after it that was not evidence (the
// text was cleaned piece by piece, and the sequence ran to the piece's
// end); a lone ESC before "é" turned it into U+FFFD.
func TestCleanTextKeepsTextAfterStrayEscape(t *testing.T) {
	raw := "Intro \x1b]8;;http://x\nSecond line caf\x1bé.\nThird line is evidence.\nFourth line."
	start := strings.Index(raw, "Third")
	ct := newCleanText(raw, []span{{start: start, end: start + len("Third line is evidence.")}}, nil, false)
	for _, want := range []string{"Second line café.", "Fourth line."} {
		if !strings.Contains(ct.text, want) {
			t.Errorf("cleaned text lost %q: %q", want, ct.text)
		}
	}
	if got := ct.text[ct.spans[0].start:ct.spans[0].end]; got != "Third line is evidence." {
		t.Errorf("evidence moved to %q", got)
	}
	if strings.ContainsAny(ct.text, "\x1b\uFFFD") {
		t.Errorf("ESC or U+FFFD in %q", ct.text)
	}
}
