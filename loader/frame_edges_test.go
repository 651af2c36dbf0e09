package loader

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"unicode"
)

// Every word a frame names may open or close a line: "Against anyone
// sending troops" as a subheading once indexed the token before the
// first, and the whole file was skipped as an internal error.
func TestFrameWordsAtLineEdges(t *testing.T) {
	data, err := os.ReadFile("stance/frames.txt")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	var words []string
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, field := range strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '|' || r == '\t' || r == '"' }) {
			w := strings.TrimSuffix(field, "~")
			if w == "" || !unicode.IsLetter([]rune(w)[0]) || seen[w] {
				continue
			}
			seen[w] = true
			words = append(words, w)
		}
	}
	if len(words) < 300 {
		t.Fatalf("read only %d frame words from stance/frames.txt", len(words))
	}
	files := fstest.MapFS{}
	for i, w := range words {
		opener := strings.ToUpper(w[:1]) + w[1:]
		text := "Troops\n\n" + opener + " anyone sending troops to Ukraine\n\n" + opener + "\n\nTroops to Ukraine " + w + "\n"
		files[strings.Repeat("x", 1+i%7)+"/"+w+".txt"] = &fstest.MapFile{Data: []byte(text)}
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
