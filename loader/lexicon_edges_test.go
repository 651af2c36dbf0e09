package loader

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
	"unicode/utf8"
)

// Every word the frames and lexicons name (nearly 6,000) may open, stand
// alone on or close a line: "Against anyone sending troops" as a
// subheading once indexed the token before the first, and the whole file
// was skipped as an internal error.
func TestLexiconWordsAtLineEdges(t *testing.T) {
	var data []byte
	for _, pattern := range []string{"stance/*.txt", "lexicon/*.txt", "lexicon/*.tsv"} {
		files, err := filepath.Glob(pattern)
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: %v", pattern, err)
		}
		for _, name := range files {
			b, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			data = append(append(data, b...), '\n')
		}
	}
	seen := map[string]bool{}
	var words []string
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, field := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '|' || r == '\t' || r == '"' || r == '/' }) {
			w := strings.TrimSuffix(field, "~")
			if w == "" || !unicode.IsLetter([]rune(w)[0]) || seen[strings.ToLower(w)] {
				continue
			}
			seen[strings.ToLower(w)] = true
			words = append(words, w)
		}
	}
	if len(words) < 3000 {
		t.Fatalf("read only %d words from the lexicons", len(words))
	}
	files := fstest.MapFS{}
	for i, w := range words {
		r, size := utf8.DecodeRuneInString(w)
		opener := string(unicode.ToUpper(r)) + w[size:]
		text := "Troops\n\n" + opener + " anyone sending troops to Ukraine\n\n" + opener + "\n\nTroops to Ukraine " + w + "\n\n" +
			"\"" + opener + " sending troops,\" he said.\n\n- " + opener + ": troops\n\n(" + w + ") " + w + ", " + w + ".\n"
		files[fmt.Sprintf("%d/%d.txt", i%7, i)] = &fstest.MapFile{Data: []byte(text)}
	}
	c, err := LoadFS(files, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range c.Warnings {
		t.Error(w)
	}
	if len(c.Articles) != len(words) {
		t.Errorf("%d articles loaded of %d", len(c.Articles), len(words))
	}
}
