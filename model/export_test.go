package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

func sampleCorpus() *Corpus {
	text := "Minister Ann Berg said Norway will not send troops. The Kremlin warned \x1b]52;c;eA==\x07against it."
	return &Corpus{
		Question: Question,
		Articles: []Article{{File: "a.txt", Title: "T\x1b[2J", Sentences: 2, Text: text}},
		Actors: []Actor{
			{ID: "ann-berg", Name: "Ann Berg", Kind: Person, Role: "Minister", Aliases: []string{"Berg"}, Stance: RulesOut,
				Positions: []Position{{File: "a.txt", Stance: RulesOut, Evidence: []Evidence{{Text: text[:51], Start: 0, End: 51, Stance: RulesOut}}}}},
			{ID: "russia", Name: "Russia", Kind: Government, Aliases: []string{}, Stance: Opposes,
				Positions: []Position{{File: "a.txt", Stance: Opposes, Evidence: []Evidence{{Text: text[52:], Start: 52, End: len(text), Stance: Opposes}}}}},
		},
	}
}

// TestWriteJSONContract checks the exact keys other tools depend on.
func TestWriteJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, sampleCorpus()); err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsRune(buf.Bytes(), 0x1b) {
		t.Error("raw ESC in JSON output")
	}
	var out map[string]any
	if err := json.Unmarshal(buf.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	keys := func(m any) []string {
		var k []string
		for key := range m.(map[string]any) {
			k = append(k, key)
		}
		sort.Strings(k)
		return k
	}
	want := map[string][]string{
		"top":      {"actors", "articles", "question", "questions", "warnings"},
		"article":  {"author", "date", "date_from", "file", "format", "outlet", "sentences", "source", "title"},
		"actor":    {"aliases", "breakdown", "id", "kind", "name", "positions", "role", "stance"},
		"position": {"date", "evidence", "file", "outlet", "stance"},
		"evidence": {"end", "quoted", "stance", "start", "text"},
	}
	actor := out["actors"].([]any)[0]
	position := actor.(map[string]any)["positions"].([]any)[0]
	got := map[string][]string{
		"top":      keys(out),
		"article":  keys(out["articles"].([]any)[0]),
		"actor":    keys(actor),
		"position": keys(position),
		"evidence": keys(position.(map[string]any)["evidence"].([]any)[0]),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("keys\n got %v\nwant %v", got, want)
	}
	if w, ok := out["warnings"].([]any); !ok || len(w) != 0 {
		t.Errorf("warnings = %v, want []", out["warnings"])
	}
}

func TestWritePlainGroupsByStanceAndCleans(t *testing.T) {
	var buf bytes.Buffer
	if err := WritePlain(&buf, sampleCorpus()); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.ContainsRune(out, 0x1b) {
		t.Errorf("ESC reached plain output: %q", out)
	}
	rules := strings.Index(out, "== Rules out")
	opposes := strings.Index(out, "== Opposes")
	berg := strings.Index(out, "Ann Berg")
	russia := strings.Index(out, "- Russia")
	if rules < 0 || opposes < 0 || !(rules < berg && berg < opposes && opposes < russia) {
		t.Errorf("actors not grouped by stance:\n%s", out)
	}
	if !strings.Contains(out, "Minister Ann Berg said Norway will not send troops.") {
		t.Errorf("evidence sentence missing:\n%s", out)
	}
}

func TestWriteJSONEscapesC1AndBidi(t *testing.T) {
	c := sampleCorpus()
	c.Actors[0].Name = "Ann\u009b31m \u202eBerg"
	var buf bytes.Buffer
	if err := WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	if bytes.ContainsRune(buf.Bytes(), 0x9b) || bytes.ContainsRune(buf.Bytes(), 0x202e) {
		t.Fatalf("raw C1 or bidi in JSON: %q", buf.String())
	}
	var back Corpus
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	if back.Actors[0].Name != c.Actors[0].Name {
		t.Errorf("name came back as %q", back.Actors[0].Name)
	}
}

func TestKeyEvidenceOfMixedSkipsNone(t *testing.T) {
	a := Actor{Stance: Mixed, Positions: []Position{
		{File: "a", Stance: None, Evidence: []Evidence{{Text: "named", Stance: None}}},
		{File: "b", Stance: Open, Evidence: []Evidence{{Text: "open to it", Stance: Open}}},
		{File: "c", Stance: Supports, Evidence: []Evidence{{Text: "will send", Stance: Supports}}},
	}}
	e, file, ok := a.KeyEvidence()
	if !ok || e.Text != "open to it" || file != "b" {
		t.Errorf("KeyEvidence = %q in %q, %v", e.Text, file, ok)
	}
}

// WriteJSON's hand-written encoding must give what encoding/json gives
// (indented, then with C1 and bidi runes escaped), on corpora of awkward
// strings, nil and empty lists and big numbers.
func TestWriteJSONMatchesEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "Zoë", " ", "\"", "\\", "<b>", "&", "\n", "\t", "\r", "\b", "\f", "\x00", "\x1f", "\x7f",
		"\u0085", "\u009b", "\u2028", "\u2029", "\u202e", "\u2066", "\u200f", "\u061c", "\xff", "\xe2\x80", "😀", "’", "é"}
	str := func() string {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	for round := range 200 {
		c := &Corpus{Question: str()}
		for range rng.IntN(3) {
			q := QuestionInfo{ID: str(), Text: str()}
			if n := rng.IntN(4); n > 0 {
				q.Labels = map[string]string{} // nil, empty or a few
				for range n - 1 {
					q.Labels[str()] = str()
				}
			}
			c.Questions = append(c.Questions, q)
		}
		for range rng.IntN(4) {
			a := Article{File: str(), Title: str(), Source: str(), Sentences: rng.IntN(1 << 20), Text: str(),
				Format: Format(str()), Outlet: str(), Author: str(), Date: str(), DateFrom: str(), Extracted: str()}
			a.File, a.FileBytes = EscapeFileName(a.File)
			c.Articles = append(c.Articles, a)
		}
		for range rng.IntN(4) {
			a := Actor{ID: str(), Name: str(), Kind: Kind(str()), Role: str(), Stance: Stance(str())}
			if n := rng.IntN(4); n > 0 {
				a.Aliases = make([]string, n-1) // nil, empty or a few
				for k := range a.Aliases {
					a.Aliases[k] = str()
				}
			}
			for range rng.IntN(3) {
				p := Position{File: str(), Stance: Stance(str()), Date: str(), Outlet: str(), Question: str()}
				if rng.IntN(2) == 0 { // real stances, so that breakdowns have counts, leans and changes
					p.Stance = Stances[rng.IntN(len(Stances))]
					if len(c.Articles) > 0 {
						p.File = c.Articles[rng.IntN(len(c.Articles))].File
					}
				}
				p.File, p.FileBytes = EscapeFileName(p.File)
				for range rng.IntN(3) {
					e := Evidence{Text: str(), Start: rng.IntN(1 << 30), End: -rng.IntN(5), Stance: Stance(str()), Quoted: rng.IntN(2) == 0}
					if rng.IntN(2) == 0 {
						e.Why = &Why{Frame: str(), Holder: str(), Topic: str()}
						if n := rng.IntN(4); n > 0 {
							e.Why.Steps = make([]string, n-1) // nil, empty or a few
							for k := range e.Why.Steps {
								e.Why.Steps[k] = str()
							}
						}
					}
					p.Evidence = append(p.Evidence, e)
				}
				a.Positions = append(a.Positions, p)
			}
			c.Actors = append(c.Actors, a)
		}
		for range rng.IntN(3) {
			c.Warnings = append(c.Warnings, str())
		}
		var got bytes.Buffer
		if err := WriteJSON(&got, c); err != nil {
			t.Fatal(err)
		}
		if want := referenceJSON(t, c); got.String() != want {
			t.Fatalf("round %d: WriteJSON gave\n%s\nencoding/json gives\n%s", round, got.String(), want)
		}
	}
}

// referenceJSON is the export as encoding/json writes it, C1 and bidi runes
// then escaped.
func referenceJSON(t *testing.T, c *Corpus) string {
	t.Helper()
	type list struct {
		name  string
		items []any
	}
	lists := []list{{"questions", nil}, {"articles", nil}, {"actors", nil}, {"warnings", nil}}
	for _, q := range c.Questions {
		lists[0].items = append(lists[0].items, q)
	}
	for _, a := range c.Articles {
		lists[1].items = append(lists[1].items, a)
	}
	bds := Breakdowns(c)
	for i, a := range c.Actors {
		lists[2].items = append(lists[2].items, struct {
			Actor
			Breakdown Breakdown `json:"breakdown"`
		}{a, bds[i]})
	}
	for _, w := range c.Warnings {
		lists[3].items = append(lists[3].items, w)
	}
	encode := func(v any, prefix string) string {
		b, err := json.MarshalIndent(v, prefix, "  ")
		if err != nil {
			t.Fatal(err)
		}
		var out strings.Builder
		for _, r := range string(b) {
			if r >= 0x80 && unsafeRune(r) {
				fmt.Fprintf(&out, "\\u%04x", r)
			} else {
				out.WriteRune(r)
			}
		}
		return out.String()
	}
	out := "{\n  \"question\": " + encode(c.Question, "") + ",\n"
	for k, l := range lists {
		out += "  \"" + l.name + "\": ["
		for i, item := range l.items {
			if i > 0 {
				out += ","
			}
			out += "\n    " + encode(item, "    ")
		}
		if len(l.items) > 0 {
			out += "\n  "
		}
		out += "]"
		if k < len(lists)-1 {
			out += ","
		}
		out += "\n"
	}
	return out + "}\n"
}

// The plain matrix speaks words, not the JSON's names, counts in the right
// number, and orders the groups as the app does.
func TestWritePlainWording(t *testing.T) {
	c := sampleCorpus()
	c.Actors = append(c.Actors, Actor{Name: "Kyiv", Kind: Government, Stance: Supports,
		Positions: []Position{{File: "a.txt", Stance: Supports}}})
	var buf bytes.Buffer
	if err := WritePlain(&buf, c); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, bad := range []string{"1 articles", "rules_out", "of 1 articles"} {
		if strings.Contains(out, bad) {
			t.Errorf("plain output says %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{"1 article, 3 actors", "Ann Berg [person], Minister: rules out in 1 (of 1 article)"} {
		if !strings.Contains(out, want) {
			t.Errorf("plain output lacks %q:\n%s", want, out)
		}
	}
	if s, r := strings.Index(out, "== Supports"), strings.Index(out, "== Rules out"); s < 0 || s > r {
		t.Errorf("Supports not before Rules out:\n%s", out)
	}
}

// Names that are not valid UTF-8 differ once escaped, and carry their bytes.
func TestEscapeFileName(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a.txt", "a.txt"},
		{`a\b.txt`, `a\b.txt`}, // valid: unchanged
		{"a\xff.txt", `a\xff.txt`},
		{"a\xfe.txt", `a\xfe.txt`},
		{"é\xe2\x80/\\x.txt", `é\xe2\x80/\\x.txt`},
	}
	for _, c := range cases {
		got, raw := EscapeFileName(c.in)
		if got != c.want {
			t.Errorf("EscapeFileName(%q) = %q, want %q", c.in, got, c.want)
		}
		if valid := utf8.ValidString(c.in); valid != (raw == nil) || !valid && string(raw) != c.in {
			t.Errorf("EscapeFileName(%q) bytes %q", c.in, raw)
		}
	}
}

// An actor with more evidence than streamedEvidence is written as it is
// encoded: the bytes are the same as encoding/json's.
func TestWriteJSONStreamsBigActors(t *testing.T) {
	c := sampleCorpus()
	big := Actor{ID: "big", Name: "Big \"one\"", Kind: Group, Stance: Mixed, Aliases: []string{}}
	for p := range 3 {
		pos := Position{File: fmt.Sprintf("f%d\xff.txt", p), Stance: Opposes}
		pos.File, pos.FileBytes = EscapeFileName(pos.File)
		for i := range streamedEvidence/2 + 7 {
			pos.Evidence = append(pos.Evidence, Evidence{Text: fmt.Sprintf("sentence %d\n\u2028é", i), Start: i, End: i + 10, Stance: Opposes})
		}
		big.Positions = append(big.Positions, pos)
	}
	big.Positions = append(big.Positions, Position{File: "empty.txt", Stance: None, Evidence: []Evidence{}})
	c.Actors = append([]Actor{big}, append(c.Actors, big)...)
	if evidenceCount(&big) < streamedEvidence {
		t.Fatal("the actor is not big enough to be streamed")
	}
	var got bytes.Buffer
	if err := WriteJSON(&got, c); err != nil {
		t.Fatal(err)
	}
	if want := referenceJSON(t, c); got.String() != want {
		t.Fatalf("streamed actor JSON differs from encoding/json's (%d vs %d bytes)", got.Len(), len(want))
	}
}
