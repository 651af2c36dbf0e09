package model

import (
	"bytes"
	"encoding/json"
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
		"top":      {"actors", "articles", "question", "warnings"},
		"article":  {"file", "sentences", "source", "title"},
		"actor":    {"aliases", "id", "kind", "name", "positions", "role", "stance"},
		"position": {"evidence", "file", "stance"},
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

// hasInvisible looks only at some lead bytes: it must still agree with
// unsafeRune on every rune outside ASCII.
func TestHasInvisibleMatchesUnsafeRune(t *testing.T) {
	for r := rune(0x80); r <= utf8.MaxRune; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		b := []byte("a" + string(r) + "b")
		if got := hasInvisible(b); got != unsafeRune(r) {
			t.Fatalf("hasInvisible(%U) = %v, unsafeRune says %v", r, got, unsafeRune(r))
		}
	}
}
