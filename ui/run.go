// Package ui is Standpoint's terminal app: it shows a model.Corpus.
package ui

import (
	"os"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// Options are the app's command-line choices.
type Options struct {
	Theme string // "light", "dark" or "" to ask the terminal
	Mouse bool
	Roots []string // the paths articles were read from: exports never go inside them
}

// LoadFunc loads the corpus, reporting progress as files finish.
type LoadFunc func(progress func(done, total int)) (*model.Corpus, error)

// Run starts the full-screen app and returns when the user quits.
func Run(load LoadFunc, opt Options) error {
	app := newApp(load, opt, os.Getenv("NO_COLOR") != "")
	p := tea.NewProgram(app)
	app.progress = throttledProgress(p.Send, progressInterval)
	_, err := p.Run()
	return err
}

// progressInterval keeps a fast loader from flooding the program with
// messages: the display only needs a few updates a second.
const progressInterval = 50 * time.Millisecond

// throttledProgress forwards progress (from any goroutine) at most once per
// interval, and always the final count.
func throttledProgress(send func(tea.Msg), interval time.Duration) func(done, total int) {
	var last atomic.Int64
	return func(done, total int) {
		now := time.Now().UnixNano()
		prev := last.Load()
		if done < total && now-prev < int64(interval) {
			return
		}
		if done < total && !last.CompareAndSwap(prev, now) {
			return
		}
		send(loadProgressMsg{done: done, total: total})
	}
}
