package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range of the article text.
type span struct{ start, end int }

// line is one line of the file, trimmed of surrounding white space.
type line struct {
	span
	text string
}

// splitLines cuts text at \n, \r\n and lone \r, trimming each line.
func splitLines(text string) []line {
	var lines []line
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e {
			r, size := utf8.DecodeRuneInString(text[s:e])
			if !unicode.IsSpace(r) && r != '\ufeff' {
				break
			}
			s += size
		}
		for e > s {
			r, size := utf8.DecodeLastRuneInString(text[s:e])
			if !unicode.IsSpace(r) {
				break
			}
			e -= size
		}
		lines = append(lines, line{span{s, e}, text[s:e]})
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			emit(i)
			start = i + 1
		case '\r':
			emit(i)
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	emit(len(text))
	return lines
}

// sentenceSpans splits one paragraph into sentences. A sentence ends at
// . ! ? or … (with any closing quotes and brackets after it) when white space
// and a capital, digit, opening quote or bracket follow, unless the stop ends
// an abbreviation ("Mr.", "U.S.") or an initial ("J.").
func sentenceSpans(text string, para span, abbreviations map[string]bool) []span {
	var spans []span
	s := text[para.start:para.end]
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r != '.' && r != '!' && r != '?' && r != '…' {
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
		if r == '.' && endsAbbreviation(s[start:i], abbreviations) {
			continue
		}
		spans = append(spans, trimSpan(text, span{para.start + start, para.start + i}))
		start = j
	}
	if rest := trimSpan(text, span{para.start + start, para.end}); rest.end > rest.start {
		spans = append(spans, rest)
	}
	return spans
}

// endsAbbreviation reports whether the sentence candidate s ends with an
// abbreviation's stop rather than a sentence's.
func endsAbbreviation(s string, abbreviations map[string]bool) bool {
	s = strings.TrimRight(s, ".\"”’')]»")
	k := strings.LastIndexFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' })
	word := s[k+1:]
	if k >= 0 {
		_, size := utf8.DecodeRuneInString(s[k:])
		word = s[k+size:]
	}
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "J. Smith"
	}
	return abbreviations[strings.ToLower(word)]
}

func trimSpan(text string, sp span) span {
	for sp.start < sp.end {
		r, size := utf8.DecodeRuneInString(text[sp.start:sp.end])
		if !unicode.IsSpace(r) {
			break
		}
		sp.start += size
	}
	for sp.end > sp.start {
		r, size := utf8.DecodeLastRuneInString(text[sp.start:sp.end])
		if !unicode.IsSpace(r) {
			break
		}
		sp.end -= size
	}
	return sp
}
