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
