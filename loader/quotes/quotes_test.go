package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// quoted marks each rune of s that a Tracker reads as inside a quote (or a
// mark of one) with '^', one paragraph per line.
func quoted(s string) string {
	var out strings.Builder
	for _, para := range strings.Split(s, "\n") {
		var t Tracker
		var before rune
		for i, r := range para {
			after, _ := utf8.DecodeRuneInString(para[i+utf8.RuneLen(r):])
			if i+utf8.RuneLen(r) >= len(para) {
				after = 0
			}
			text := string(r)
			role, _ := Outside, 0
			if strings.ContainsRune("“”«»„‘’'\"‹›", r) {
				role, _ = t.Next(text, before, after)
			} else {
				role, _ = t.inside()
			}
			if role == Outside {
				out.WriteByte('.')
			} else {
				out.WriteByte('^')
			}
			before = r
		}
		out.WriteByte('\n')
	}
	return out.String()
}

func TestPairsEveryStyle(t *testing.T) {
	cases := []struct{ in, want string }{
		{`He said “no” today`, `........^^^^......`},
		{`‘We will not,’ she said`, `^^^^^^^^^^^^^^.........`},
		{`Kyiv’s ‘plan’ stands`, `.......^^^^^^.......`},
		{`the soldiers’ families`, `......................`},
		{`"No," he said. "Never."`, `^^^^^..........^^^^^^^^`},
		{`«Non», dit-il`, `^^^^^........`},
		{`„Nein“, sagte er`, `^^^^^^..........`},
		{`'We won't go,' he said`, `^^^^^^^^^^^^^^........`},
	}
	for _, c := range cases {
		if got := strings.TrimSuffix(quoted(c.in), "\n"); got != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestQuoteRunsOverSentencesAndEndsWithParagraph(t *testing.T) {
	var tr Tracker
	steps := []struct {
		text          string
		before, after rune
		role          Role
		id            int
	}{
		{"“", ' ', 'W', Open, 1},
		{"We", '“', ' ', Inside, 1},
		{".", 'y', ' ', Inside, 1}, // a sentence ends inside the quote
		{"Then", ' ', ' ', Inside, 1},
		{"”", '.', ' ', Close, 1},
		{"“", ' ', 'A', Open, 2},
	}
	for _, s := range steps {
		role, id := tr.Next(s.text, s.before, s.after)
		if role != s.role || id != s.id {
			t.Errorf("%q: role %d id %d, want %d %d", s.text, role, id, s.role, s.id)
		}
	}
	tr.Reset()
	if role, _ := tr.Next("word", ' ', ' '); role != Outside {
		t.Errorf("after a new paragraph: role %d, want outside", role)
	}
}
