// Package ui is Standpoint's terminal app: it shows a model.Corpus.
package ui

import (
	"errors"

	"standpoint/model"
)

// Options are the app's command-line choices.
type Options struct {
	Theme string // "light", "dark" or "" to ask the terminal
	Mouse bool
}

// LoadFunc loads the corpus, reporting progress as files finish.
type LoadFunc func(progress func(done, total int)) (*model.Corpus, error)

// Run starts the full-screen app and returns when the user quits.
func Run(load LoadFunc, opt Options) error {
	return errors.New("the terminal app is not built yet")
}
