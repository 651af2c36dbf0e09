// Command standpoint shows who holds which position on one question across a
// pile of news articles: as a terminal app, or as JSON or plain text.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"

	"github.com/charmbracelet/x/term"

	"standpoint/loader"
	"standpoint/model"
	"standpoint/seeds"
	"standpoint/ui"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// explainFile prints how each sentence of one article was read.
func explainFile(path string, opt loader.Options, stdout, stderr io.Writer) int {
	ex, err := loader.Explain(path, opt)
	if err != nil {
		fmt.Fprintf(stderr, "standpoint: %s\n", model.CleanLine(err.Error()))
		return 1
	}
	if err := loader.WriteExplanation(stdout, ex); err != nil {
		fmt.Fprintf(stderr, "standpoint: %v\n", err)
		return 1
	}
	return 0
}

func run(args []string, stdout, stderr io.Writer) int {
	o, err := parseArgs(args)
	if errors.Is(err, errHelp) {
		fmt.Fprint(stdout, help())
		return 0
	}
	if err != nil {
		msg := err.Error()
		if model.CleanLine(msg) != msg {
			msg = strconv.Quote(msg) // a flag typed with escapes in it is shown, not obeyed
		}
		fmt.Fprintf(stderr, "standpoint: %s\n%s(standpoint --help tells more)\n", msg, synopsis)
		return 2
	}
	paths := o.paths
	questions, err := readQuestions(o.questions)
	if err != nil {
		fmt.Fprintf(stderr, "standpoint: %s\n", err) // file:line: problem
		return 2
	}
	if o.list {
		if err := listQuestions(stdout, questions, o.questions); err != nil {
			fmt.Fprintf(stderr, "standpoint: %v\n", err)
			return 1
		}
		return 0
	}
	if o.explain != "" {
		return explainFile(o.explain, loader.Options{MaxFileSize: o.maxSize, Questions: questions}, stdout, stderr)
	}
	interactive := !o.json && !o.plain && term.IsTerminal(os.Stdout.Fd()) && term.IsTerminal(os.Stdin.Fd())
	load := func(progress func(done, total int)) (*model.Corpus, error) {
		opt := loader.Options{MaxFileSize: o.maxSize, Follow: o.follow, Hidden: o.hidden, Progress: progress, Sized: budgetMemory, Questions: questions}
		if interactive {
			defer unbudgetMemory() // the app's own memory is not the load's
		}
		if len(paths) == 0 {
			return loader.LoadFS(seeds.FS, seeds.Prefix, opt)
		}
		return loader.Load(paths, opt)
	}

	if interactive {
		return runApp(load, ui.Options{Theme: o.theme, Mouse: o.mouse, Roots: paths}, stderr, ui.Run)
	}

	corpus, err := load(nil)
	if report(stderr, corpus, err) {
		return 1
	}
	if o.json {
		err = model.WriteJSON(stdout, corpus)
	} else {
		err = model.WritePlain(stdout, corpus)
	}
	if err != nil {
		fmt.Fprintf(stderr, "standpoint: %v\n", err)
		return 1
	}
	return 0
}

// runApp runs the terminal app (start is ui.Run but in tests) and, once it
// has closed and the terminal is the shell's again, prints the load's
// warnings to stderr: exit 1 when nothing loaded, as without the app.
func runApp(load ui.LoadFunc, opt ui.Options, stderr io.Writer, start func(ui.LoadFunc, ui.Options) error) int {
	var (
		mu     sync.Mutex
		done   bool
		corpus *model.Corpus
		err    error
	)
	appErr := start(func(progress func(done, total int)) (*model.Corpus, error) {
		c, e := load(progress)
		mu.Lock()
		defer mu.Unlock()
		done, corpus, err = true, c, e
		return c, e
	}, opt)
	mu.Lock()
	failed := done && report(stderr, corpus, err) // not done: the user quit while it loaded
	mu.Unlock()
	if appErr != nil {
		fmt.Fprintf(stderr, "standpoint: %v\n", appErr)
		return 1
	}
	if failed {
		return 1
	}
	return 0
}

// report prints a load's warnings and error, one line each, and says
// whether the load failed.
func report(stderr io.Writer, corpus *model.Corpus, err error) (failed bool) {
	if corpus != nil {
		for _, w := range corpus.Warnings {
			fmt.Fprintf(stderr, "standpoint: %s\n", model.CleanLine(w))
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "standpoint: %s\n", model.CleanLine(err.Error()))
		return true
	}
	return false
}
