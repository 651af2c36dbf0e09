// Command standpoint shows who holds which position on one question across a
// pile of news articles: as a terminal app, or as JSON or plain text.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/charmbracelet/x/term"

	"standpoint/loader"
	"standpoint/model"
	"standpoint/seeds"
	"standpoint/ui"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
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
	interactive := !o.json && !o.plain && term.IsTerminal(os.Stdout.Fd()) && term.IsTerminal(os.Stdin.Fd())
	load := func(progress func(done, total int)) (*model.Corpus, error) {
		opt := loader.Options{MaxFileSize: o.maxSize, Follow: o.follow, Progress: progress, Sized: budgetMemory}
		if interactive {
			defer unbudgetMemory() // the app's own memory is not the load's
		}
		if len(paths) == 0 {
			return loader.LoadFS(seeds.FS, seeds.Prefix, opt)
		}
		return loader.Load(paths, opt)
	}

	if interactive {
		err := ui.Run(load, ui.Options{Theme: o.theme, Mouse: o.mouse})
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
