package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"standpoint/model"
)

// token is a word or a punctuation mark of an article, with its byte span.
type token struct {
	start, end int    // byte offsets into the article text
	text       string // as written
	fold       string // lowercase, accents stripped, curly apostrophes straightened
	word       bool
	cap        bool      // a word that starts with an upper-case letter
	allCaps    bool      // a word of two or more letters, all upper case ("NATO", "U.S.")
	quoted     bool      // inside a direct quote, or one of its marks
	quoteMark  uint8     // quoteOpening or quoteClosing for a quotation mark
	quote      int16     // the paragraph's quote it stands in, counted from 1; 0 outside
	info       *wordInfo // what the lexicon knows of the word; nil when nothing
}

// The marks a token may be (token.quoteMark).
const (
	quoteOpening uint8 = 1 + iota
	quoteClosing
)

// isWordRune reports letters, digits and combining marks. Format characters
// (bidi controls, zero-width joiners) are neither word nor punctuation: the
// tokenizer skips them, so "\u202eLuc\u202c" is "Luc".
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiWord marks the ASCII bytes isWordRune accepts.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' }

// tokenize splits s into tokens whose offsets are base plus their position
// in s. Words keep inner hyphens ("no-fly") and apostrophes ("won't"), but a
// possessive "'s" and a contracted auxiliary ("'ll", "'d", "'ve", "'re",
// "'m") are tokens of their own; initialisms keep their stops ("U.S.").
func tokenize(s string, base int) []token {
	return appendTokens(make([]token, 0, len(s)/5+1), s, base, nil)
}

// appendTokens is tokenize into a caller's buffer, which the passes reuse
// from sentence to sentence, with each token's entry in words.
func appendTokens(tokens []token, s string, base int, words *wordTable) []token {
	for i := 0; i < len(s); {
		if c := s[i]; c >= utf8.RuneSelf || !asciiWord[c] { // most tokens are ASCII words: no checks for them
			r, size := rune(c), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if r == 0x1b {
				i += model.EscapeLen(s[i:]) // a terminal escape is not text: "\x1b[31mKowal" is "Kowal"
				continue
			}
			if r == ' ' || unicode.IsSpace(r) || r == utf8.RuneError && size == 1 || r < 0x20 || unicode.Is(unicode.Cf, r) {
				i += size
				continue
			}
			if !isWordRune(r) {
				tokens = appendToken(tokens, s[i:i+size], base+i, false, words)
				i += size
				continue
			}
		}
		end := wordEnd(s, i)
		word := s[i:end]
		// A possessive 's splits off so that "Moscow's" names Moscow, and a
		// contracted auxiliary so that "we'll send" is "we" and "'ll".
		if cut := contractionAt(word); cut > 0 {
			tokens = appendToken(tokens, word[:cut], base+i, true, words)
			tokens = appendToken(tokens, word[cut:], base+i+cut, true, words)
			i = end
			continue
		}
		tokens = appendToken(tokens, word, base+i, true, words)
		i = end
	}
	return tokens
}

// wordEnd finds where the word starting at i ends.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++ // the common case, without decoding
			continue
		}
		r, size := rune(s[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[j:])
		}
		if isWordRune(r) {
			j += size
			continue
		}
		// Inner hyphen, apostrophe or stop: part of the word when a letter follows
		// ("Putin-Zelensky" stays one token here; names split it later). An en
		// dash between a letter and a capital joins a compound as a hyphen
		// does ("the EU–Mercosur agreement"); the fold writes it as one.
		if r == '–' && j > i && j+size < len(s) {
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			prev, _ := utf8.DecodeLastRuneInString(s[i:j])
			if unicode.IsLetter(prev) && unicode.IsUpper(next) {
				j += size
				continue
			}
		}
		if r == '-' || isApostrophe(r) || r == '.' {
			next, _ := utf8.DecodeRuneInString(s[j+size:])
			if j+size < len(s) && isWordRune(next) && (r != '.' || isInitialism(s[i:j]) || domainLike(s[i:j], s[j+size:])) {
				j += size
				continue
			}
			// The final stop of an initialism ("U.S.") belongs to it.
			if r == '.' && strings.Contains(s[i:j], ".") && isInitialism(s[i:j]) {
				j += size
			}
		}
		break
	}
	return j
}

// domainLike reports a stop inside a name written as a web domain or a
// registry's: "Hotline.ie", "Booking.com", "CZ.NIC"; not two sentences
// run together ("end.The").
func domainLike(before, after string) bool {
	n := 0
	lower, upper := true, true
	for _, r := range after {
		if !isWordRune(r) {
			break
		}
		n++
		lower = lower && unicode.IsLower(r)
		upper = upper && unicode.IsUpper(r)
	}
	if utf8.RuneCountInString(before) < 2 || strings.ContainsRune(before, '.') {
		return false
	}
	if lower {
		return n >= 2 && n <= 4 // "ie", "com", "org"
	}
	return upper && n >= 2 && strings.ToUpper(before) == before // "CZ.NIC"
}

// isInitialism reports single letters joined by stops: "U", "U.S", "e.g".
func isInitialism(s string) bool {
	for {
		part, rest, more := strings.Cut(s, ".")
		if utf8.RuneCountInString(part) != 1 {
			return false
		}
		if !more {
			return true
		}
		s = rest
	}
}

func newToken(text string, start int, word bool, words *wordTable) token {
	return appendToken(nil, text, start, word, words)[0]
}

// appendToken appends the token for text, filled in place: a token is big
// enough that copying it twice shows.
func appendToken(tokens []token, text string, start int, word bool, words *wordTable) []token {
	tokens = append(tokens, token{start: start, end: start + len(text), text: text, word: word})
	t := &tokens[len(tokens)-1]
	t.fold, t.info = foldWord(text, words)
	if !word {
		return tokens
	}
	if c := text[0]; c < utf8.RuneSelf {
		t.cap = 'A' <= c && c <= 'Z'
	} else {
		first, _ := utf8.DecodeRuneInString(text)
		t.cap = unicode.IsUpper(first)
	}
	if !t.cap {
		return tokens // allCaps needs a capital first
	}
	letters, upper := countLetters(text)
	t.allCaps = letters >= 2 && upper == letters
	return tokens
}

// countLetters counts the letters of s and the upper-case ones among them.
func countLetters(s string) (letters, upper int) {
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			letters, upper = letters+1, upper+1
		} else if 'a' <= c && c <= 'z' {
			letters++
		}
	}
	if ascii {
		return letters, upper
	}
	letters, upper = 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters, upper
}

// contractionAt is where a word's possessive "'s" or contracted auxiliary
// starts ("Moscow's", "we'll", "I’d"), or 0: the apostrophe, then those
// letters alone, after at least one letter ("O'Neill" keeps its name).
func contractionAt(word string) int {
	if !apostropheNearEnd(word) {
		return 0 // nearly every word: no suffix to try
	}
	for _, end := range [...]string{"s", "ll", "d", "ve", "re", "m"} {
		n := len(word) - len(end)
		if n < 2 || !strings.EqualFold(word[n:], end) {
			continue
		}
		if ap, asize := utf8.DecodeLastRuneInString(word[:n]); isApostrophe(ap) && n-asize > 0 {
			return n - asize
		}
	}
	return 0
}

// apostropheNearEnd reports an apostrophe (its last byte: "'", "’", "ʼ")
// where a one- or two-letter ending would follow it.
func apostropheNearEnd(word string) bool {
	n := len(word)
	return n > 2 && apostropheEnd(word[n-2]) || n > 3 && apostropheEnd(word[n-3])
}

func apostropheEnd(c byte) bool { return c == '\'' || c == 0x99 || c == 0xbc }
