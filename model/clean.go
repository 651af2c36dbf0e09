package model

import (
	"strings"
	"unicode/utf8"
)

// Clean makes untrusted text safe to print on a terminal: ESC sequences (CSI,
// OSC, DCS and friends) are removed whole, other C0 and C1 controls and bidi
// overrides are dropped, lone carriage returns become newlines, tabs become a
// space and invalid UTF-8 becomes U+FFFD. Newlines are kept. Every path that
// shows file text (the app, --plain) goes through here.
//
// Invisible characters that could hide or disguise text go too (see
// invisibleRune): zero-width spaces, U+FEFF, tag characters, soft hyphens.
// U+2028 and U+2029 are line breaks, so they become newlines. The joiners
// U+200C and U+200D stay: scripts such as Persian and the emoji sequences
// need them, and they hide nothing on their own.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case r == 0x1b:
			i += EscapeLen(s[i:])
			continue
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				break // CRLF: the \n that follows is the line break
			}
			b.WriteByte('\n')
		case r == '\n':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r == '\u2028', r == '\u2029':
			b.WriteByte('\n')
		case unsafeRune(r), invisibleRune(r):
			// dropped
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// CleanLine is Clean for one-line fields (titles, names): line breaks become
// spaces.
func CleanLine(s string) string {
	return strings.ReplaceAll(Clean(s), "\n", " ")
}

// CleanQuote is CleanLine for a quoted sentence: runs of spaces, which the
// markup blanked out of a Markdown file leaves, read as one.
func CleanQuote(s string) string {
	return strings.Join(strings.Fields(CleanLine(s)), " ")
}

func isClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || unsafeRune(r) || invisibleRune(r) || r == '\u2028' || r == '\u2029' {
			return false
		}
		i += size
	}
	return true
}

// unsafeRune reports controls and invisible direction changes that could
// move or hide what is shown.
func unsafeRune(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	}
	return false
}

// maxEscape bounds an escape sequence: a string sequence (OSC, DCS...)
// not ended within this many bytes, or before its line ends, is not taken
// as one, and only its introducer is removed. Without the bound one stray
// "ESC ]" would swallow all the text after it.
const maxEscape = 512

// invisibleRune reports characters that print as nothing (or, depending on
// the terminal, as something of another width) and so can hide text or make
// two different strings look the same: soft hyphen, zero-width space, word
// joiner and the invisible operators, U+FEFF (a BOM or zero-width no-break
// space), the Mongolian vowel separator, interlinear annotation marks and
// the tag characters of "ASCII smuggling".
func invisibleRune(r rune) bool {
	switch {
	case r == 0x00ad, r == 0x180e, r == 0x200b, r >= 0x2060 && r <= 0x2064, r == 0xfeff,
		r >= 0xfff9 && r <= 0xfffb, r >= 0xe0000 && r <= 0xe007f:
		return true
	}
	return false
}

// EscapeLen returns the length of the escape sequence at the start of s
// (which begins with ESC), so that its parameters vanish with it. What
// cannot belong to the sequence ends it and stays text: "ESC é" loses the
// ESC only.
func EscapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[': // CSI: parameters and intermediates 0x20-0x3f, then a final byte 0x40-0x7e
		for i := 2; i < len(s); i++ {
			switch c := s[i]; {
			case c >= 0x40 && c <= 0x7e:
				return i + 1
			case c < 0x20 || c > 0x3f || i >= maxEscape:
				return i
			}
		}
		return len(s)
	case ']', 'P', '_', '^', 'X': // OSC, DCS, APC, PM, SOS: until BEL or ST
		for i := 2; i < len(s) && i < maxEscape; i++ {
			switch s[i] {
			case 0x07:
				return i + 1
			case 0x1b:
				if i+1 < len(s) && s[i+1] == '\\' {
					return i + 2
				}
				return 2 // another escape starts: this one had no end
			case '\n', '\r':
				return 2
			}
		}
		return 2
	}
	// nF and Fp/Fe/Fs escapes: intermediates 0x20-0x2f, then a final byte
	// 0x30-0x7e ("ESC c", "ESC ( B").
	i := 1
	for i < len(s) && i < 8 && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
		return i + 1
	}
	return i
}
