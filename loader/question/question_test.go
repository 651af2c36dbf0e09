package question

import (
	"errors"
	"strings"
	"testing"

	"standpoint/model"
)

const full = `id = "app-ban"
question = "Should the app be banned?"
target = "Ruritania"
proposal = ["the app", "a ban"]
acts = ["ban(?:s|ned|ning)?"]
own = ["app"]
offtopic = ["the phone"]

[[frames]]
class = "favor"
pattern = "push~ for {P}"
options = "owners"

[labels]
rules_out = "says it will not ban it at home"
`

// Every field of the format is read; labels not reworded keep their meaning.
func TestParseEveryField(t *testing.T) {
	q, err := Parse("ban.toml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	if q.ID != "app-ban" || q.Text != "Should the app be banned?" || q.Target != "Ruritania" ||
		strings.Join(q.Proposal, "|") != "the app|a ban" || strings.Join(q.Acts, "|") != "ban(?:s|ned|ning)?" ||
		strings.Join(q.Own, "|") != "app" || strings.Join(q.OffTopic, "|") != "the phone" {
		t.Errorf("parsed %+v", q)
	}
	if len(q.Frames) != 1 || q.Frames[0].Line() != "favor\tpush~ for {P}\towners" {
		t.Errorf("frames %+v", q.Frames)
	}
	if q.Label(model.RulesOut) != "says it will not ban it at home" || q.Label(model.Opposes) != DefaultLabels["opposes"] {
		t.Errorf("labels %v", q.Labels)
	}
	if q.File != "ban.toml" || string(q.Source()) != full {
		t.Errorf("file %q", q.File)
	}
}

// A bad file is an error naming the file, the line and the problem.
func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, text string
		line       int
		says       string
	}{
		{"syntax", "id = \"x\nquestion = 1", 1, ""},
		{"unknown key", "id = \"x\"\nquestion = \"Q?\"\nproposals = [\"a\"]\nacts = [\"b\"]\n", 3, `unknown key "proposals"`},
		{"no id", "question = \"Q?\"\nproposal = [\"a\"]\nacts = [\"b\"]\n", 0, "no id"},
		{"bad id", "id = \"Big Question\"\nquestion = \"Q?\"\nproposal = [\"a\"]\nacts = [\"b\"]\n", 1, "lowercase"},
		{"no question", "id = \"x\"\nproposal = [\"a\"]\nacts = [\"b\"]\n", 0, "no question"},
		{"no proposal", "id = \"x\"\nquestion = \"Q?\"\nacts = [\"b\"]\n", 0, "no proposal"},
		{"no acts", "id = \"x\"\nquestion = \"Q?\"\nproposal = [\"a\"]\n", 0, "no acts"},
		{"wrong type", "id = \"x\"\nquestion = \"Q?\"\nproposal = \"a\"\nacts = [\"b\"]\n", 3, ""},
		{"bad label", "id = \"x\"\nquestion = \"Q?\"\nproposal = [\"a\"]\nacts = [\"b\"]\n[labels]\nmaybe = \"m\"\n", 6, "not a stance"},
		{"empty phrase", "id = \"x\"\nquestion = \"Q?\"\nproposal = [\" \"]\nacts = [\"b\"]\n", 0, "empty phrase"},
		{"frame without pattern", "id = \"x\"\nquestion = \"Q?\"\nproposal = [\"a\"]\nacts = [\"b\"]\n[[frames]]\nclass = \"favor\"\n", 5, "class and a pattern"},
	}
	for _, tc := range cases {
		_, err := Parse("q.toml", []byte(tc.text))
		var qe *Error
		if !errors.As(err, &qe) {
			t.Errorf("%s: error %v, want a question.Error", tc.name, err)
			continue
		}
		if qe.File != "q.toml" || qe.Line != tc.line || !strings.Contains(qe.Msg, tc.says) {
			t.Errorf("%s: %q (line %d), want line %d saying %q", tc.name, err, qe.Line, tc.line, tc.says)
		}
		if want := "q.toml:"; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: %q does not start with %q", tc.name, err, want)
		}
	}
}

// The built-in questions parse, the default first, ids unique.
func TestBuiltins(t *testing.T) {
	qs := Builtins()
	if len(qs) < 2 || qs[0].ID != DefaultID || Default() != qs[0] {
		t.Fatalf("builtins %v", qs)
	}
	seen := map[string]bool{}
	for _, q := range qs {
		if seen[q.ID] {
			t.Errorf("id %q twice", q.ID)
		}
		seen[q.ID] = true
		if Builtin(q.ID) != q || len(q.Proposal) == 0 || len(q.Acts) == 0 || len(q.Labels) != 6 {
			t.Errorf("%s: %+v", q.ID, q)
		}
	}
	if Builtin("nosuch") != nil {
		t.Error("an unknown id gave a question")
	}
}
