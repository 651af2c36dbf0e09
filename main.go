// Command standpoint shows who holds which position on one question across a
// pile of news articles: as a terminal app, or as JSON or plain text.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/charmbracelet/x/term"

	"standpoint/loader"
	"standpoint/model"
	"standpoint/seeds"
	"standpoint/ui"
)

const usage = `usage: standpoint [--json | --plain] [--theme light|dark] [--mouse] [--max-size BYTES] [PATH ...]

With no PATH, the embedded sample articles are read. A PATH is a file or a
folder searched recursively for .txt and .md files.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("standpoint", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	asJSON := flags.Bool("json", false, "print the model as JSON")
	asPlain := flags.Bool("plain", false, "print a plain-text matrix")
	theme := flags.String("theme", "", "light or dark (default: ask the terminal)")
	mouse := flags.Bool("mouse", false, "enable the mouse (disables the terminal's own text selection)")
	maxSize := flags.Int64("max-size", loader.DefaultMaxFileSize, "largest article file read, in bytes")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "standpoint: %v\n%s", err, usage)
		return 2
	}
	if *asJSON && *asPlain {
		fmt.Fprintf(stderr, "standpoint: --json and --plain exclude each other\n%s", usage)
		return 2
	}
	if *theme != "" && *theme != "light" && *theme != "dark" {
		fmt.Fprintf(stderr, "standpoint: --theme must be light or dark, not %q\n%s", *theme, usage)
		return 2
	}
	if *maxSize <= 0 {
		fmt.Fprintf(stderr, "standpoint: --max-size must be positive\n%s", usage)
		return 2
	}
	paths := flags.Args()
	interactive := !*asJSON && !*asPlain && term.IsTerminal(os.Stdout.Fd()) && term.IsTerminal(os.Stdin.Fd())
	load := func(progress func(done, total int)) (*model.Corpus, error) {
		opt := loader.Options{MaxFileSize: *maxSize, Progress: progress, Sized: budgetMemory}
		if interactive {
			defer unbudgetMemory() // the app's own memory is not the load's
		}
		if len(paths) == 0 {
			return loader.LoadFS(seeds.FS, seeds.Prefix, opt)
		}
		return loader.Load(paths, opt)
	}

	if interactive {
		err := ui.Run(load, ui.Options{Theme: *theme, Mouse: *mouse, Roots: paths})
		if err != nil {
			fmt.Fprintf(stderr, "standpoint: %v\n", err)
			return 1
		}
		return 0
	}

	corpus, err := load(nil)
	if corpus != nil {
		for _, w := range corpus.Warnings {
			fmt.Fprintf(stderr, "standpoint: %s\n", model.CleanLine(w))
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "standpoint: %v\n", err)
		return 1
	}
	if *asJSON {
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
