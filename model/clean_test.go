package model

import (
	"strings"
	"testing"
)

func TestCleanRemovesTerminalControl(t *testing.T) {
	cases := []struct{ in, want string }{
		{"plain text\nnext", "plain text\nnext"},
		{"clip\x1b]52;c;aGVsbG8=\x07board", "clipboard"},
		{"clear\x1b[2Jscreen", "clearscreen"},
		{"title\x1b]0;pwned\x1b\\done", "titledone"},
		{"link\x1b]8;;http://x\x1b\\text\x1b]8;;\x1b\\", "linktext"},
		{"bell\x07 and nul\x00", "bell and nul"},
		{"c1\u009b31mred", "c131mred"},
		{"over\rwrite", "over\nwrite"},
		{"crlf\r\nline", "crlf\nline"},
		{"bidi \u202eevil\u202c \u2066x\u2069", "bidi evil x"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"tab\there", "tab here"},
		{"trailing esc\x1b", "trailing esc"},
	}
	for _, c := range cases {
		got := Clean(c.in)
		if got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
		if strings.ContainsRune(got, 0x1b) {
			t.Errorf("Clean(%q) kept an ESC", c.in)
		}
	}
}

// A stray or unterminated escape loses its introducer only: the text after
// it stays, and a character after a lone ESC is kept whole.
func TestCleanStrayEscapesKeepText(t *testing.T) {
	long := strings.Repeat("x", 2*maxEscape)
	digits := strings.Repeat("1", 2*maxEscape)
	cases := []struct{ in, want string }{
		{"a\x1b]0;no end\nnext line\nlast", "a0;no end\nnext line\nlast"},
		{"a\x1b]" + long, "a" + long},
		{"a\x1bP" + long + "\x1b\\b", "a" + long + "b"},
		{"a\x1b]0;t\x1b[31mred", "a0;tred"},
		{"caf\x1bé", "café"},
		{"\x1b\x1b[1mbold", "bold"},
		{"x\x1b(Bok", "xok"},
		{"x\x1b[31;érouge", "xérouge"},
		{"x\x1b[" + digits + "m", "x" + digits[maxEscape-2:] + "m"}, // a bounded CSI too
		{"x\x1b\n", "x\n"},
	}
	for _, c := range cases {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%.40q) = %.40q, want %.40q", c.in, got, c.want)
		}
	}
}

// Each invisible or line-breaking character that passed through before:
// removed, turned into a line break, or (the joiners) kept.
func TestCleanInvisibleCharacters(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"zero-width space", "Pu\u200btin", "Putin"},
		{"word joiner", "Pu\u2060tin", "Putin"},
		{"BOM / zero-width no-break space", "\ufeffTitle\ufeff", "Title"},
		{"tag characters", "ok\U000E0041\U000E0042\U000E007F", "ok"},
		{"soft hyphen", "soft\u00adhyphen", "softhyphen"},
		{"Mongolian vowel separator", "a\u180eb", "ab"},
		{"interlinear annotation", "a\ufff9b\ufffac\ufffb", "abc"},
		{"line and paragraph separators", "a\u2028b\u2029c", "a\nb\nc"},
		{"zero-width joiner (emoji)", "\U0001F468\u200d\U0001F469", "\U0001F468\u200d\U0001F469"},
		{"zero-width non-joiner (Persian)", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645"},
	}
	for _, c := range cases {
		if got := Clean(c.in); got != c.want {
			t.Errorf("%s: Clean(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
	if got := CleanLine("a\u2028b\u2029c"); got != "a b c" {
		t.Errorf("CleanLine of separators = %q", got)
	}
}

func TestCleanLineFlattens(t *testing.T) {
	if got := CleanLine("a\nb\r\nc"); got != "a b c" {
		t.Errorf("CleanLine = %q", got)
	}
}

func TestOverall(t *testing.T) {
	cases := []struct {
		in   []Stance
		want Stance
	}{
		{nil, None},
		{[]Stance{None, None}, None},
		{[]Stance{RulesOut, None, RulesOut}, RulesOut},
		{[]Stance{Open, RulesOut}, Mixed},
	}
	for _, c := range cases {
		if got := Overall(c.in); got != c.want {
			t.Errorf("Overall(%v) = %s, want %s", c.in, got, c.want)
		}
	}
}

// A quote from a Markdown file reads without the gaps its blanked markup
// left, and stays clean.
func TestCleanQuote(t *testing.T) {
	got := CleanQuote("Prime Minister   **Donald Tusk**\nsaid\x1b[2J  it.")
	if want := "Prime Minister **Donald Tusk** said it."; got != want {
		t.Errorf("CleanQuote = %q, want %q", got, want)
	}
}
