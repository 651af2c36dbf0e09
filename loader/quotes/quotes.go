// Package quotes pairs quotation marks in running text: curly double and
// single quotes, guillemets, low-9 quotes and straight quotes, telling an
// apostrophe ("Kyiv’s", "troops’") from a closing single quote by the
// letters around it. It reads a paragraph's tokens in order, so a quote may
// run over several sentences; a new paragraph closes every quote.
package quotes

import "unicode"

// Role is what a token does for quotation.
type Role uint8

const (
	Outside Role = iota // not inside a quote
	Inside              // a token inside a quote
	Open                // an opening mark
	Close               // a closing mark
)

// Tracker follows the quotes of one paragraph. The zero value is ready.
type Tracker struct {
	open  []rune // the opening marks of the quotes now open, innermost last
	quote int    // the number of the innermost open quote, counted from 1 in the paragraph
	ids   []int  // the numbers of the open quotes
	count int
}

// Reset starts a new paragraph: every quote is closed.
func (t *Tracker) Reset() {
	t.open, t.ids, t.quote, t.count = t.open[:0], t.ids[:0], 0, 0
}

// Next reads one token: its text and the runes just before and after it in
// the source (0 at either end). It returns the token's role and the number
// of the quote it opens, closes or stands in (0 outside).
func (t *Tracker) Next(text string, before, after rune) (Role, int) {
	if len(text) <= 3 {
		switch r := firstRune(text); r {
		case '“', '«', '„', '‹':
			if r == '“' && t.isOpen('„') {
				return t.close('„')
			}
			return t.push(r)
		case '”', '»', '›':
			if t.isOpen(opening(r)) || r == '”' && t.isOpen('„') {
				if r == '”' && t.isOpen('„') && !t.isOpen('“') {
					return t.close('„')
				}
				return t.close(opening(r))
			}
			return t.inside()
		case '‘':
			if !isWordRune(before) && isWordRune(after) || !t.isOpen('‘') && !isWordRune(before) && after != ' ' {
				return t.push('‘')
			}
			return t.inside()
		case '’':
			if t.isOpen('‘') && !isWordRune(after) {
				return t.close('‘')
			}
			return t.inside() // an apostrophe: "troops’ families"
		case '\'':
			switch {
			case t.isOpen('\'') && !isWordRune(after):
				return t.close('\'')
			case !isWordRune(before) && isWordRune(after):
				return t.push('\'')
			}
			return t.inside()
		case '"':
			opens := !isWordRune(before) && !unicode.IsPunct(before) || before == '(' || before == '['
			closes := !isSpace(before) && before != 0 && (isSpace(after) || after == 0 || unicode.IsPunct(after))
			switch {
			case t.isOpen('"') && (closes || !opens):
				return t.close('"')
			case opens && !isSpace(after) && after != 0:
				return t.push('"')
			case t.isOpen('"'):
				return t.close('"')
			}
			return t.inside()
		}
	}
	return t.inside()
}

func (t *Tracker) inside() (Role, int) {
	if t.quote > 0 {
		return Inside, t.quote
	}
	return Outside, 0
}

func (t *Tracker) push(r rune) (Role, int) {
	t.count++
	t.open = append(t.open, r)
	t.ids = append(t.ids, t.count)
	t.quote = t.count
	return Open, t.count
}

// close closes the innermost quote opened by r, and any opened inside it
// that were left open.
func (t *Tracker) close(r rune) (Role, int) {
	for k := len(t.open) - 1; k >= 0; k-- {
		if t.open[k] == r {
			id := t.ids[k]
			t.open, t.ids = t.open[:k], t.ids[:k]
			t.quote = 0
			if k > 0 {
				t.quote = t.ids[k-1]
			}
			return Close, id
		}
	}
	return t.inside()
}

func (t *Tracker) isOpen(r rune) bool {
	for _, o := range t.open {
		if o == r {
			return true
		}
	}
	return false
}

func opening(r rune) rune {
	switch r {
	case '”':
		return '“'
	case '»':
		return '«'
	case '›':
		return '‹'
	}
	return r
}

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func isWordRune(r rune) bool { return r != 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == 0xa0 }
