package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// The anchored search must find exactly what the plain one finds, for every
// stance rule, on the clauses of real and generated articles and on texts
// made to trip it (a rule's word inside another word, after a multi-byte
// letter, at the very start and end).
func TestStartsAnchoredMatchesFindAll(t *testing.T) {
	lex := lexiconOnce()
	texts := []string{
		"", "will", "xwill send troops_", "é will send troops_", "will will will send troops_ send",
		"ł would not send troops_ , é", "no troops_ no troops_", "wouldn't rule out troops_",
		"ready to send troops_ ready to send troops_", "'s will send", "u.s. will send troops_ .",
	}
	var files []string
	for _, pattern := range []string{"testdata/*/*.txt", "testdata/*/*.md", "../seeds/*.md", "../seeds/*.txt"} {
		found, _ := filepath.Glob(pattern)
		files = append(files, found...)
	}
	for _, f := range generatedFS(100).fs {
		texts = append(texts, clauseTexts(lex, string(f.Data))...)
	}
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, clauseTexts(lex, string(data))...)
		texts = append(texts, strings.ToLower(string(data)))
	}
	anchored := 0
	for i := range lex.stances {
		rule := &lex.stances[i]
		if rule.starts == nil {
			continue
		}
		anchored++
		for _, text := range texts {
			want := rule.re.FindAllIndex([]byte(text), -1)
			if got := rule.findAll([]byte(text)); !reflect.DeepEqual(got, want) {
				t.Fatalf("rule %q on %q: anchored %v, plain %v", rule.re, text, got, want)
			}
		}
	}
	if anchored < len(lex.stances)/2 {
		t.Errorf("only %d of %d rules have opening words", anchored, len(lex.stances))
	}
	t.Logf("%d of %d rules anchored, %d texts", anchored, len(lex.stances), len(texts))
}

// clauseTexts returns the skeleton texts of an article's sentences, as the
// stance rules see them.
func clauseTexts(lex *lexicon, text string) []string {
	var out []string
	for _, s := range readStructure(text, lex).sentences {
		tokens := appendTokens(nil, text[s.start:s.end], s.start, lex.wordTable)
		var sk skeletonText
		sk.build(tokens, lex.findTroops(tokens))
		out = append(out, string(sk.text))
	}
	return out
}

func TestMatchPrefixes(t *testing.T) {
	for pattern, want := range map[string][]string{
		`\b(?:will|would|shall) (?:\S+ ){0,2}send\b`: {"shall ", "will ", "would "},
		`\bno (?:plans?|intent)\b`:                   {"no intent", "no plan"},
		`\b(?:\w+n't|never) rule`:                    nil,
		`(?:a|b)?c`:                                  nil,
	} {
		sa, err := newStartsAnchored(pattern)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		if sa != nil {
			for _, list := range sa.prefixes {
				got = append(got, list...)
			}
		}
		if !reflect.DeepEqual(dedupe(got), want) && !(len(got) == 0 && want == nil) {
			t.Errorf("%s: prefixes %q, want %q", pattern, got, want)
		}
	}
}
