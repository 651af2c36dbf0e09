// Package question reads the files that describe a debate: what names the
// proposal, the verbs that carry it out, whose share of it a country's
// forces are, and the wordings special to it. The stance engine is generic;
// a question file is what makes it read one debate rather than another.
package question

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"standpoint/model"
)

// Question is one debate, as its file describes it.
type Question struct {
	ID       string   `toml:"id"`
	Text     string   `toml:"question"`
	Target   string   `toml:"target"`   // the country it is about, by its gazetteer name; may be empty
	Proposal []string `toml:"proposal"` // phrases naming its object ("ground troops")
	Acts     []string `toml:"acts"`     // verbs carrying it out ("send", "deploy")
	Own      []string `toml:"own"`      // nouns after which a country names its own share ("Polish troops")
	OffTopic []string `toml:"offtopic"` // subjects near it that are not it ("air cover")
	// Opposite names what the proposal would end or undo, the state it
	// turns against ("the veto", "the ban"): wanting that kept is objecting
	// to the proposal, wanting it lifted is backing it.
	Opposite []string          `toml:"opposite"`
	Frames   []Frame           `toml:"frames"` // stance wordings special to this debate
	Labels   map[string]string `toml:"labels"` // stance → its meaning in this debate

	File string `toml:"-"` // where it was read from ("built-in:ground-troops" for a built-in one)
	src  []byte
}

// Frame is an extra stance frame, in the stance engine's frame syntax.
type Frame struct {
	Class   string `toml:"class"`
	Pattern string `toml:"pattern"`
	Options string `toml:"options"`
}

// Line is the frame as the stance engine reads it.
func (f Frame) Line() string {
	return f.Class + "\t" + f.Pattern + "\t" + f.Options
}

// DefaultLabels are the six stances' meanings when a file does not reword them.
var DefaultLabels = map[string]string{
	string(model.Supports):  "wants it done, or will take part",
	string(model.Open):      "does not exclude it, or is considering it",
	string(model.Undecided): "says it has not decided",
	string(model.RulesOut):  "says it will not take part",
	string(model.Opposes):   "is against anyone doing it",
	string(model.None):      "named, with no position on it",
}

// Error is a question file that cannot be used: the file, the line (0 when
// no line is to blame) and the problem.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// decodeLine reads the line out of the library's type errors, which are not
// ParseErrors: "toml: line 3 (last key "proposal"): incompatible types: …".
var decodeLine = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "[^"]*"\))?: (.*)$`)

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// Parse reads a question file. Unknown keys are errors, so that a typo
// ("proposals") does not silently leave a debate without its object.
func Parse(file string, data []byte) (*Question, error) {
	q := &Question{File: file, src: data}
	md, err := toml.Decode(string(data), q)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{File: file, Line: pe.Position.Line, Msg: pe.Message}
		}
		if m := decodeLine.FindStringSubmatch(err.Error()); m != nil {
			line, _ := strconv.Atoi(m[1])
			return nil, &Error{File: file, Line: line, Msg: m[2]}
		}
		return nil, &Error{File: file, Msg: err.Error()}
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		k := keys[0]
		return nil, q.errorAt(k[len(k)-1], fmt.Sprintf("unknown key %q (known: id, question, target, proposal, acts, own, offtopic, opposite, frames, labels)", k.String()))
	}
	if err := q.check(); err != nil {
		return nil, err
	}
	if q.Labels == nil {
		q.Labels = map[string]string{}
	}
	for s, meaning := range DefaultLabels {
		if q.Labels[s] == "" {
			q.Labels[s] = meaning
		}
	}
	return q, nil
}

func (q *Question) check() error {
	switch {
	case q.ID == "":
		return q.errorAt("", "no id (a short name: id = \"ground-troops\")")
	case !idPattern.MatchString(q.ID):
		return q.errorAt("id", fmt.Sprintf("id %q: use lowercase letters, digits and dashes", q.ID))
	case strings.TrimSpace(q.Text) == "":
		return q.errorAt("", "no question (the debate as a sentence: question = \"Should ...?\")")
	case len(q.Proposal) == 0:
		return q.errorAt("", "no proposal (the phrases that name what is proposed)")
	case len(q.Acts) == 0:
		return q.errorAt("", "no acts (the verbs that carry the proposal out)")
	}
	for _, list := range [][]string{q.Proposal, q.Acts, q.Own, q.OffTopic, q.Opposite} {
		for _, p := range list {
			if strings.TrimSpace(p) == "" {
				return q.errorAt("", "an empty phrase in a list")
			}
		}
	}
	for s := range q.Labels {
		if !model.Stance(s).Valid() || model.Stance(s) == model.Mixed {
			return q.errorAt(s, fmt.Sprintf("labels: %q is not a stance (supports, open, undecided, rules_out, opposes, none)", s))
		}
	}
	for _, f := range q.Frames {
		if f.Class == "" || f.Pattern == "" {
			return q.errorAt("[[frames]]", "a frame needs a class and a pattern")
		}
	}
	return nil
}

// ErrorAt is an error about a value of the file, on the first line that
// holds it (or the key naming it).
func (q *Question) ErrorAt(value, msg string) error { return q.errorAt(value, msg) }

func (q *Question) errorAt(needle, msg string) error {
	line := 0
	if needle != "" {
		for i, l := range bytes.Split(q.src, []byte("\n")) {
			if bytes.Contains(l, []byte(needle)) && !bytes.HasPrefix(bytes.TrimSpace(l), []byte("#")) {
				line = i + 1
				break
			}
		}
	}
	return &Error{File: q.File, Line: line, Msg: msg}
}

// Label is a stance's meaning in this debate.
func (q *Question) Label(s model.Stance) string { return q.Labels[string(s)] }

// Source is the file's text.
func (q *Question) Source() []byte { return q.src }

//go:embed builtin/*.toml
var builtinFS embed.FS

// Builtins are the questions shipped in the binary, the default first.
// They are shared: callers must not change them.
func Builtins() []*Question { return builtins() }

var builtins = sync.OnceValue(func() []*Question {
	entries, err := builtinFS.ReadDir("builtin")
	if err != nil {
		panic(err)
	}
	var out []*Question
	for _, e := range entries {
		data, err := builtinFS.ReadFile("builtin/" + e.Name())
		if err != nil {
			panic(err)
		}
		q, err := Parse("built-in:"+strings.TrimSuffix(e.Name(), ".toml"), data)
		if err != nil {
			panic(err) // shipped in the binary: a test catches it first
		}
		out = append(out, q)
	}
	slices.SortStableFunc(out, func(a, b *Question) int {
		if (a.ID == DefaultID) != (b.ID == DefaultID) {
			if a.ID == DefaultID {
				return -1
			}
			return 1
		}
		return strings.Compare(a.ID, b.ID)
	})
	return out
})

// DefaultID is the question read when none is given.
const DefaultID = "ground-troops"

// Default is the built-in ground-troops question.
func Default() *Question { return Builtins()[0] }

// Builtin returns the built-in question of that id, or nil.
func Builtin(id string) *Question {
	for _, q := range Builtins() {
		if q.ID == id {
			return q
		}
	}
	return nil
}
