package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/pflag"

	"standpoint/loader"
)

// options are the command line's choices.
type options struct {
	json, plain bool
	theme       string
	mouse       bool
	follow      bool
	hidden      bool
	maxSize     int64
	explain     string
	questions   []string // --question: files or built-in ids
	list        bool     // --questions
	paths       []string
}

// defineFlags is the one place the command's flags are defined: a new flag
// is one line here (and its check in options.check, if it needs one).
func defineFlags(fs *pflag.FlagSet, o *options) {
	fs.BoolVar(&o.json, "json", false, "print the model as one JSON object instead of starting the app")
	fs.BoolVar(&o.plain, "plain", false, "print a plain-text matrix instead of starting the app")
	fs.StringVar(&o.theme, "theme", "", "colours for a `light|dark` background (default: ask the terminal)")
	fs.BoolVar(&o.mouse, "mouse", false, "click to focus, wheel to scroll (takes the terminal's own text selection away)")
	fs.BoolVar(&o.follow, "follow", false, "follow symbolic links met in folders, to targets inside the paths given")
	fs.BoolVar(&o.hidden, "hidden", false, "also read hidden files and folders (names starting with .) met in folders")
	fs.Int64Var(&o.maxSize, "max-size", loader.DefaultMaxFileSize, "skip article files over `BYTES` bytes")
	fs.StringArrayVar(&o.questions, "question", nil, "read the debate a question `FILE` describes (or a built-in one by id); repeat it for several")
	fs.BoolVar(&o.list, "questions", false, "list the built-in questions and exit")
	fs.StringVar(&o.explain, "explain", "", "print how every sentence of one article `FILE` was read, and why")
}

const synopsis = "usage: standpoint [FLAG ...] [PATH ...]\n"

const about = `
Shows who supports, is open to, rules out or opposes sending ground troops
to Ukraine (or the proposal of any debate a question file describes),
article by article, with the sentences that say so.

A PATH is a file or a folder searched recursively for article files: plain
text (.txt), Markdown (.md, .markdown) and saved web pages (.html, .htm).
With no PATH, the embedded sample articles are read. Flags may come before
or after the paths; -- ends the flags (for a path that starts with -).
When standard output is not a terminal, --plain is the default.

Flags:
`

const examples = `
Examples:
  standpoint                            the sample articles, in the app
  standpoint ~/news                     every article file under ~/news
  standpoint ~/news --json | jq .actors the actors and their positions as JSON
  standpoint --plain a.txt b.md > out   a plain-text matrix of two files
  standpoint --follow ~/news            also read through symbolic links in ~/news
  standpoint --hidden ~/news            also read ~/news/.drafts and .notes.txt
  standpoint -- -draft.txt              a file whose name starts with -
  standpoint --explain a.txt            each sentence of a.txt: what was read, and why
  standpoint --questions                the built-in questions
  standpoint --question q.toml ~/news   the debate q.toml describes (README: Writing a question)
  standpoint --question ground-troops --question long-range-missiles ~/news
                                        two debates over one corpus; m switches in the app

Exit status: 0 when at least one article loaded (files that could not be
used are warnings on stderr), 1 when none could be, 2 for bad usage.
`

// usageError is a command line that cannot be run: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// errHelp: --help or -h was given.
var errHelp = errors.New("help requested")

func newFlagSet(o *options) *pflag.FlagSet {
	fs := pflag.NewFlagSet("standpoint", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {} // run prints the usage itself
	fs.SortFlags = false // in the order defined: the common ones first
	defineFlags(fs, o)
	return fs
}

// parseArgs reads the command line. Flags may stand anywhere among the paths.
func parseArgs(args []string) (options, error) {
	var o options
	fs := newFlagSet(&o)
	if err := fs.Parse(longDash(fs, args)); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return o, errHelp
		}
		return o, usageError{err.Error()}
	}
	o.paths = fs.Args()
	return o, o.check()
}

// longDash keeps the Go-style single dash working for the long flags
// ("-json", "-max-size=10"), which the command accepted before it used
// pflag: pflag would read "-json" as four one-letter flags.
func longDash(fs *pflag.FlagSet, args []string) []string {
	out := make([]string, len(args))
	copy(out, args)
	for i, a := range out {
		if a == "--" {
			break
		}
		if len(a) > 2 && a[0] == '-' && a[1] != '-' {
			name, _, _ := strings.Cut(a[1:], "=")
			if fs.Lookup(name) != nil {
				out[i] = "-" + a
			}
		}
	}
	return out
}

func (o options) check() error {
	switch {
	case o.json && o.plain:
		return usageError{"--json and --plain exclude each other"}
	case o.theme != "" && o.theme != "light" && o.theme != "dark":
		return usageError{fmt.Sprintf("--theme must be light or dark, not %q", o.theme)}
	case o.maxSize <= 0:
		return usageError{"--max-size must be positive"}
	}
	return nil
}

// help is the full usage: what the command does, its flags and examples.
func help() string {
	var o options
	return synopsis + about + flagList(newFlagSet(&o)) + examples
}

// flagList lists the flags, one a line: pflag's own list writes
// "--json[=true|false]" for every switch.
func flagList(fs *pflag.FlagSet) string {
	type row struct{ left, usage string }
	var rows []row
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		name, usage := pflag.UnquoteUsage(f)
		left := "  --" + f.Name
		if f.Value.Type() != "bool" {
			left += " " + name
			if f.DefValue != "" && f.DefValue != "[]" {
				usage += " (default " + f.DefValue + ")"
			}
		}
		rows = append(rows, row{left, usage})
		width = max(width, len(left))
	})
	var b strings.Builder
	for _, r := range rows {
		fmt.Fprintf(&b, "%-*s  %s\n", width, r.left, r.usage)
	}
	return b.String()
}
