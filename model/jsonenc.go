package model

import (
	"strconv"
	"unicode/utf8"
)

// The export's JSON is written by hand: encoding/json's reflection and its
// second, indenting pass over the output were most of the time of a big
// --json run. The functions below append exactly what
// json.MarshalIndent(v, "    ", "  ") gives for list elements, with C1
// controls and bidi marks also escaped (see appendJSONString); a test holds
// them to encoding/json's output.

const listPrefix = "    " // list elements sit two levels deep in the corpus object

func appendArticleJSON(b []byte, a *Article) []byte {
	b = append(b, '{')
	b = appendKey(b, 1, "file", true)
	b = appendJSONString(b, a.File)
	b = appendKey(b, 1, "title", false)
	b = appendJSONString(b, a.Title)
	b = appendKey(b, 1, "source", false)
	b = appendJSONString(b, a.Source)
	b = appendKey(b, 1, "sentences", false)
	b = strconv.AppendInt(b, int64(a.Sentences), 10)
	b = appendNewline(b, 0)
	return append(b, '}')
}

func appendActorJSON(b []byte, a *Actor, bd *Breakdown) []byte {
	b = append(b, '{')
	b = appendKey(b, 1, "id", true)
	b = appendJSONString(b, a.ID)
	b = appendKey(b, 1, "name", false)
	b = appendJSONString(b, a.Name)
	b = appendKey(b, 1, "kind", false)
	b = appendJSONString(b, string(a.Kind))
	b = appendKey(b, 1, "role", false)
	b = appendJSONString(b, a.Role)
	b = appendKey(b, 1, "aliases", false)
	b = appendList(b, 1, a.Aliases, func(b []byte, s *string, _ int) []byte { return appendJSONString(b, *s) })
	b = appendKey(b, 1, "stance", false)
	b = appendJSONString(b, string(a.Stance))
	b = appendKey(b, 1, "positions", false)
	b = appendList(b, 1, a.Positions, appendPositionJSON)
	b = appendKey(b, 1, "breakdown", false)
	b = appendBreakdownJSON(b, bd, 1)
	b = appendNewline(b, 0)
	return append(b, '}')
}

func appendBreakdownJSON(b []byte, bd *Breakdown, depth int) []byte {
	b = append(b, '{')
	for i, f := range [...]struct {
		key string
		n   int
	}{{"supports", bd.Supports}, {"open", bd.Open}, {"undecided", bd.Undecided}, {"rules_out", bd.RulesOut},
		{"opposes", bd.Opposes}, {"none", bd.None}, {"articles", bd.Articles}, {"sources", bd.Sources}} {
		b = appendKey(b, depth+1, f.key, i == 0)
		b = strconv.AppendInt(b, int64(f.n), 10)
	}
	b = appendKey(b, depth+1, "lean", false)
	b = appendJSONString(b, string(bd.Lean))
	b = appendKey(b, depth+1, "side", false)
	b = appendJSONString(b, string(bd.Side))
	b = appendKey(b, depth+1, "change", false)
	if c := bd.Change; c == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '{')
		b = appendKey(b, depth+2, "from", true)
		b = appendJSONString(b, string(c.From))
		b = appendKey(b, depth+2, "to", false)
		b = appendJSONString(b, string(c.To))
		b = appendKey(b, depth+2, "file", false)
		b = appendJSONString(b, c.File)
		b = appendNewline(b, depth+1)
		b = append(b, '}')
	}
	b = appendNewline(b, depth)
	return append(b, '}')
}

func appendPositionJSON(b []byte, p *Position, depth int) []byte {
	b = append(b, '{')
	b = appendKey(b, depth+1, "file", true)
	b = appendJSONString(b, p.File)
	b = appendKey(b, depth+1, "stance", false)
	b = appendJSONString(b, string(p.Stance))
	b = appendKey(b, depth+1, "evidence", false)
	b = appendList(b, depth+1, p.Evidence, appendEvidenceJSON)
	b = appendNewline(b, depth)
	return append(b, '}')
}

func appendEvidenceJSON(b []byte, e *Evidence, depth int) []byte {
	b = append(b, '{')
	b = appendKey(b, depth+1, "text", true)
	b = appendJSONString(b, e.Text)
	b = appendKey(b, depth+1, "start", false)
	b = strconv.AppendInt(b, int64(e.Start), 10)
	b = appendKey(b, depth+1, "end", false)
	b = strconv.AppendInt(b, int64(e.End), 10)
	b = appendKey(b, depth+1, "stance", false)
	b = appendJSONString(b, string(e.Stance))
	b = appendKey(b, depth+1, "quoted", false)
	b = strconv.AppendBool(b, e.Quoted)
	b = appendNewline(b, depth)
	return append(b, '}')
}

// appendList writes a slice at depth: null when nil, [] when empty, else
// one element per line at depth+1.
func appendList[T any](b []byte, depth int, items []T, appendItem func([]byte, *T, int) []byte) []byte {
	switch {
	case items == nil:
		return append(b, "null"...)
	case len(items) == 0:
		return append(b, "[]"...)
	}
	b = append(b, '[')
	for i := range items {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendNewline(b, depth+1)
		b = appendItem(b, &items[i], depth+1)
	}
	b = appendNewline(b, depth)
	return append(b, ']')
}

func appendKey(b []byte, depth int, key string, first bool) []byte {
	if !first {
		b = append(b, ',')
	}
	b = appendNewline(b, depth)
	b = append(b, '"')
	b = append(b, key...)
	return append(b, '"', ':', ' ')
}

func appendNewline(b []byte, depth int) []byte {
	b = append(b, '\n')
	b = append(b, listPrefix...)
	for range depth {
		b = append(b, ' ', ' ')
	}
	return b
}

const hexDigits = "0123456789abcdef"

// jsonSafe marks the ASCII bytes a JSON string keeps as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// appendJSONString quotes s as encoding/json does (HTML characters, U+2028
// and U+2029 escaped, invalid UTF-8 as U+FFFD), and escapes C1 controls and
// bidi marks too, which encoding/json leaves raw: some terminals act on
// U+009B when JSON is printed with cat.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029' || unsafeRune(r):
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
