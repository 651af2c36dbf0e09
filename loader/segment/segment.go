// Package segment cuts an article's text into lines and sentences, as byte
// spans of the text: the first stage of the loader, before tokens.
package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a byte range of the article text.
type Span struct{ Start, End int }

// Line is one line of the file, trimmed of surrounding white space.
type Line struct {
	Span
	Text string
}

// Lines yields the lines of text, cut at \n, \r\n and lone \r, each
// trimmed, one at a time: a list of them cost 32 bytes a line, 270 MB for
// a 16 MiB file of one-letter lines.
func Lines(text string) func(yield func(Line) bool) {
	return func(yield func(Line) bool) {
		for start := 0; ; {
			i := lineEnd(text[start:])
			if i < 0 {
				sp := trimSpace(text, Span{start, len(text)}, true)
				yield(Line{sp, text[sp.Start:sp.End]})
				return
			}
			end := start + i
			sp := trimSpace(text, Span{start, end}, true)
			if !yield(Line{sp, text[sp.Start:sp.End]}) {
				return
			}
			start = end + 1
			if text[end] == '\r' && start < len(text) && text[start] == '\n' {
				start++
			}
		}
	}
}

// lineEnd returns the index of the first \n or \r in s, or -1: two byte
// searches, which are much faster than a loop over the bytes.
func lineEnd(s string) int {
	n := strings.IndexByte(s, '\n')
	before := s
	if n >= 0 {
		before = s[:n]
	}
	if r := strings.IndexByte(before, '\r'); r >= 0 {
		return r
	}
	return n
}

// SentenceSpans splits one paragraph into sentences. A sentence ends at
// . ! ? or … (with any closing quotes and brackets after it) when white space
// and a capital, digit, opening quote or bracket follow, unless the stop ends
// an abbreviation ("Mr.", "U.S.") or an initial ("J.").
func SentenceSpans(text string, para Span, abbreviations map[string]bool) []Span {
	var spans []Span
	EachSentenceSpan(text, para, abbreviations, func(sp Span) { spans = append(spans, sp) })
	return spans
}

// EachSentenceSpan is SentenceSpans handing each sentence to fn as it is
// found: a 16 MiB paragraph of four-byte sentences would otherwise make a
// list of four million spans first.
func EachSentenceSpan(text string, para Span, abbreviations map[string]bool, fn func(Span)) {
	s := text[para.Start:para.End]
	start := 0
	// Most paragraphs stop only with full stops: then a byte search finds
	// each, which is much faster than looking at every byte.
	onlyDots := strings.IndexByte(s, '!') < 0 && strings.IndexByte(s, '?') < 0 && !strings.Contains(s, "…")
	for i := 0; i < len(s); {
		if onlyDots {
			k := strings.IndexByte(s[i:], '.')
			if k < 0 {
				break
			}
			i += k
		}
		// Only the stops matter, and all but … are single bytes: the other
		// bytes are skipped without decoding runes. (A byte below 0x80 or
		// the first byte of … never sits inside another rune.)
		var r rune
		switch c := s[i]; {
		case c == '.' || c == '!' || c == '?':
			r = rune(c)
			i++
		case c == 0xE2 && strings.HasPrefix(s[i:], "…"):
			r = '…'
			i += len("…")
		default:
			i++
			continue
		}
		// Runs of stops ("?!", "...") and closing marks stay with the sentence.
		for i < len(s) {
			next, nsize := utf8.DecodeRuneInString(s[i:])
			if strings.ContainsRune(".!?…\"”’')]»", next) {
				i += nsize
				continue
			}
			break
		}
		if i >= len(s) {
			break
		}
		next, _ := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(next) {
			continue
		}
		j := i
		for j < len(s) {
			c, csize := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsSpace(c) {
				break
			}
			j += csize
		}
		if j >= len(s) {
			break
		}
		first, _ := utf8.DecodeRuneInString(s[j:])
		if !(unicode.IsUpper(first) || unicode.IsDigit(first) || strings.ContainsRune("\"“‘'([«", first)) {
			continue
		}
		if r == '.' && endsAbbreviation(s[start:i], abbreviations) && !(beforeNumber(s[start:i]) && !unicode.IsDigit(first)) && !capitalsBeforeWord(s[start:i], s[j:]) {
			continue // "Mr. Smith", "No. 10"; but "Italy has said no. Poland …" ends there
		}
		fn(TrimSpan(text, Span{para.Start + start, para.Start + i}))
		start = j
	}
	if rest := TrimSpan(text, Span{para.Start + start, para.End}); rest.End > rest.Start {
		fn(rest)
	}
}

// endsAbbreviation reports whether the sentence candidate s ends with an
// abbreviation's stop rather than a sentence's.
func endsAbbreviation(s string, abbreviations map[string]bool) bool {
	s = strings.TrimRight(s, ".\"”’')]»")
	word := s[lastWordStart(s):]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "J. Smith"
	}
	// Short ASCII words ("Mr", "Gen"), the usual case, are lowered on the
	// stack: a map lookup by string(bytes) does not allocate.
	var buf [16]byte
	if len(word) > len(buf) {
		return abbreviations[strings.ToLower(word)]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return abbreviations[strings.ToLower(word)]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviations[string(buf[:len(word)])]
}

// beforeNumber reports an abbreviation that stands before a number ("No.
// 10", "Art. 5") and is a plain word otherwise: "said no." ends a sentence.
func beforeNumber(s string) bool {
	s = strings.TrimRight(s, ".\"”’')]»")
	switch strings.ToLower(s[lastWordStart(s):]) {
	case "no", "nos", "nr", "art", "vol", "fig":
		return true
	}
	return false
}

// lastWordStart returns where the last word of s starts: after the last
// white space, "(", '"' or "“".
func lastWordStart(s string) int {
	i := len(s)
	for i > 0 {
		if c := s[i-1]; c < utf8.RuneSelf {
			if asciiSpace(c) || c == '(' || c == '"' {
				break
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) || r == '“' {
			break
		}
		i -= size
	}
	return i
}

// TrimSpan narrows sp to leave out white space at both ends.
func TrimSpan(text string, sp Span) Span {
	return trimSpace(text, sp, false)
}

// trimSpace narrows sp to leave out white space at both ends and, with
// bom, byte order marks at its start. ASCII is tested without decoding.
func trimSpace(text string, sp Span, bom bool) Span {
	for sp.Start < sp.End {
		c := text[sp.Start]
		if c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			sp.Start++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) && !(bom && r == '\ufeff') {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		c := text[sp.End-1]
		if c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			sp.End--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[sp.Start:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= size
	}
	return sp
}

// asciiSpace is unicode.IsSpace for bytes below 0x80.
func asciiSpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// capitalsBeforeWord reports an abbreviation written in capitals before a
// word that is not ("DR. More on that story"): a broadcaster's name ending
// its sentence, not the title "Dr."; "DR. JOHN SMITH" keeps its title,
// and "U.S. Secretary" is an acronym.
func capitalsBeforeWord(before, after string) bool {
	before = strings.TrimRight(before, ".\"”’')]»")
	word := before[lastWordStart(before):]
	if utf8.RuneCountInString(word) < 2 || strings.ContainsRune(word, '.') || strings.ToUpper(word) != word || strings.ToLower(word) == word {
		return false
	}
	for _, r := range after {
		if unicode.IsSpace(r) || unicode.IsPunct(r) {
			break
		}
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
