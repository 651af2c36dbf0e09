package model

import (
	"bufio"
	"encoding/base64"
	"maps"
	"slices"
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
	b = appendFileBytes(b, 1, a.FileBytes)
	b = appendKey(b, 1, "title", false)
	b = appendJSONString(b, a.Title)
	b = appendKey(b, 1, "source", false)
	b = appendJSONString(b, a.Source)
	b = appendKey(b, 1, "sentences", false)
	b = strconv.AppendInt(b, int64(a.Sentences), 10)
	b = appendKey(b, 1, "format", false)
	b = appendJSONString(b, string(a.Format))
	b = appendKey(b, 1, "outlet", false)
	b = appendJSONString(b, a.Outlet)
	b = appendKey(b, 1, "author", false)
	b = appendJSONString(b, a.Author)
	b = appendKey(b, 1, "date", false)
	b = appendJSONString(b, a.Date)
	b = appendKey(b, 1, "date_from", false)
	b = appendJSONString(b, a.DateFrom)
	if a.Extracted != "" {
		b = appendKey(b, 1, "text", false)
		b = appendJSONString(b, a.Extracted)
	}
	b = appendNewline(b, 0)
	return append(b, '}')
}

// appendFileBytes writes a name's raw bytes in base64, as encoding/json
// writes a []byte, when there are any.
func appendFileBytes(b []byte, depth int, raw []byte) []byte {
	if len(raw) == 0 {
		return b
	}
	b = appendKey(b, depth, "file_bytes", false)
	b = append(b, '"')
	b = base64.StdEncoding.AppendEncode(b, raw)
	return append(b, '"')
}

func appendActorJSON(b []byte, a *Actor, bd *Breakdown) []byte {
	b = appendActorHead(b, a)
	b = appendList(b, 1, a.Positions, appendPositionJSON)
	return appendActorTail(b, bd)
}

// appendActorHead is an actor's JSON up to its positions' list.
func appendActorHead(b []byte, a *Actor) []byte {
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
	return appendKey(b, 1, "positions", false)
}

// appendActorTail is what follows an actor's positions: its breakdown.
func appendActorTail(b []byte, bd *Breakdown) []byte {
	b = appendKey(b, 1, "breakdown", false)
	b = appendBreakdownJSON(b, bd, 1)
	return appendObjectEnd(b, 0)
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

func appendObjectEnd(b []byte, depth int) []byte {
	b = appendNewline(b, depth)
	return append(b, '}')
}

// streamedEvidence is how many pieces of evidence make an actor big enough
// to be written as it is encoded (writeActorJSON) rather than encoded whole
// first: a file of one sentence repeated gives an actor 280,000 of them,
// 68 MB of JSON.
const streamedEvidence = 4096

func evidenceCount(a *Actor) int {
	n := 0
	for _, p := range a.Positions {
		n += len(p.Evidence)
	}
	return n
}

// actorJSONSize is about how many bytes appendActorJSON gives for a (a
// little more, as a rule): a buffer made that big at once is not grown by
// doubling, which in a big export meant as much garbage as JSON again, each
// byte of it collected under the memory limit.
func actorJSONSize(a *Actor) int {
	n := 500 + len(a.ID) + len(a.Name) + len(a.Role)
	for _, s := range a.Aliases {
		n += 8 + len(s) + len(s)/8
	}
	for i := range a.Positions {
		p := &a.Positions[i]
		n += 180 + len(p.File) + len(p.Outlet) + len(p.Date) + len(p.Question)
		for j := range p.Evidence {
			e := &p.Evidence[j]
			n += 200 + len(e.Text) + len(e.Text)/8
			if w := e.Why; w != nil {
				n += 160 + len(w.Frame) + len(w.Holder) + len(w.Topic)
				for _, s := range w.Steps {
					n += 20 + len(s)
				}
			}
		}
	}
	return n
}

// writeActorJSON writes what appendActorJSON gives, a piece of evidence at
// a time, holding no more than a small buffer of it.
func writeActorJSON(w *bufio.Writer, a *Actor, bd *Breakdown, b []byte) []byte {
	flush := func(b []byte) []byte {
		if len(b) >= 64<<10 {
			w.Write(b)
			b = b[:0]
		}
		return b
	}
	b = appendActorHead(b[:0], a)
	b = appendListFlush(b, 1, a.Positions, func(b []byte, p *Position, depth int) []byte {
		b = appendPositionHead(b, p, depth)
		b = appendListFlush(b, depth+1, p.Evidence, appendEvidenceJSON, flush)
		return appendObjectEnd(b, depth)
	}, flush)
	b = appendActorTail(b, bd)
	w.Write(b)
	return b[:0]
}

func appendPositionJSON(b []byte, p *Position, depth int) []byte {
	b = appendPositionHead(b, p, depth)
	b = appendList(b, depth+1, p.Evidence, appendEvidenceJSON)
	return appendObjectEnd(b, depth)
}

// appendPositionHead is a position's JSON up to its evidence list.
func appendPositionHead(b []byte, p *Position, depth int) []byte {
	b = append(b, '{')
	b = appendKey(b, depth+1, "file", true)
	b = appendJSONString(b, p.File)
	b = appendFileBytes(b, depth+1, p.FileBytes)
	b = appendKey(b, depth+1, "stance", false)
	b = appendJSONString(b, string(p.Stance))
	b = appendKey(b, depth+1, "date", false)
	b = appendJSONString(b, p.Date)
	b = appendKey(b, depth+1, "outlet", false)
	b = appendJSONString(b, p.Outlet)
	if p.Question != "" {
		b = appendKey(b, depth+1, "question", false)
		b = appendJSONString(b, p.Question)
	}
	return appendKey(b, depth+1, "evidence", false)
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
	if e.Why != nil {
		b = appendKey(b, depth+1, "why", false)
		b = appendWhyJSON(b, e.Why, depth+1)
	}
	b = appendNewline(b, depth)
	return append(b, '}')
}

func appendQuestionJSON(b []byte, q *QuestionInfo, depth int) []byte {
	b = append(b, '{')
	b = appendKey(b, depth+1, "id", true)
	b = appendJSONString(b, q.ID)
	b = appendKey(b, depth+1, "question", false)
	b = appendJSONString(b, q.Text)
	b = appendKey(b, depth+1, "labels", false)
	b = appendStringMap(b, depth+1, q.Labels)
	b = appendNewline(b, depth)
	return append(b, '}')
}

// appendStringMap writes a map of strings with its keys sorted, as
// encoding/json does; keys are escaped like any string.
func appendStringMap(b []byte, depth int, m map[string]string) []byte {
	switch {
	case m == nil:
		return append(b, "null"...)
	case len(m) == 0:
		return append(b, "{}"...)
	}
	b = append(b, '{')
	for i, k := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendNewline(b, depth+1)
		b = appendJSONString(b, k)
		b = append(b, ':', ' ')
		b = appendJSONString(b, m[k])
	}
	b = appendNewline(b, depth)
	return append(b, '}')
}

func appendWhyJSON(b []byte, w *Why, depth int) []byte {
	b = append(b, '{')
	b = appendKey(b, depth+1, "frame", true)
	b = appendJSONString(b, w.Frame)
	b = appendKey(b, depth+1, "holder", false)
	b = appendJSONString(b, w.Holder)
	b = appendKey(b, depth+1, "steps", false)
	b = appendList(b, depth+1, w.Steps, func(b []byte, s *string, _ int) []byte { return appendJSONString(b, *s) })
	b = appendKey(b, depth+1, "topic", false)
	b = appendJSONString(b, w.Topic)
	b = appendNewline(b, depth)
	return append(b, '}')
}

// appendList writes a slice at depth: null when nil, [] when empty, else
// one element per line at depth+1.
func appendList[T any](b []byte, depth int, items []T, appendItem func([]byte, *T, int) []byte) []byte {
	return appendListFlush(b, depth, items, appendItem, nil)
}

// appendListFlush is appendList passing the buffer through flush (when
// set) after each element, which may write it out and empty it.
func appendListFlush[T any](b []byte, depth int, items []T, appendItem func([]byte, *T, int) []byte, flush func([]byte) []byte) []byte {
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
		if flush != nil {
			b = flush(b)
		}
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
