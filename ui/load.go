package ui

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"
)

// loadCmd runs the loader off the UI goroutine. A panic in it becomes an error
// on screen rather than a crash.
func (a *App) loadCmd() tea.Cmd {
	load, progress := a.load, a.progress
	if load == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				msg = loadedMsg{err: fmt.Errorf("the loader failed: %v", r)}
			}
		}()
		c, err := load(func(done, total int) {
			if progress != nil {
				progress(done, total)
			}
		})
		var ix *corpusIndex
		if c != nil && len(c.Articles) > 0 {
			ix = newCorpusIndex(c.ForQuestion(firstQuestion(c)))
		}
		return loadedMsg{corpus: c, index: ix, err: err}
	}
}

// loaded switches from the progress display to the app, or to the error
// when there is nothing to show, then runs the keys typed meanwhile.
func (a *App) loaded(msg loadedMsg) tea.Cmd {
	a.loading = false
	keys := a.pending
	a.pending = nil
	if msg.err != nil && (msg.corpus == nil || len(msg.corpus.Articles) == 0) {
		a.fatal = msg.err
		if msg.corpus != nil {
			a.setWarnings(msg.corpus.Warnings) // the reasons, file by file, are what the user needs now
		}
		a.layout()
		return nil
	}
	ix := msg.index
	if ix == nil {
		ix = newCorpusIndex(msg.corpus)
	}
	a.full = msg.corpus
	if a.full == nil {
		a.full = ix.corpus
	}
	a.question = firstQuestion(a.full)
	a.setIndex(ix)
	if msg.err != nil {
		a.setWarnings(slices.Concat(msg.corpus.Warnings, []string{msg.err.Error()}))
		a.layout()
	}
	return a.replay(keys)
}

// replay handles keys in order as if typed now; each key's commands (an
// article selected, a search's results) are run before the next key, as the
// program would have run them between keystrokes.
func (a *App) replay(keys []tea.KeyPressMsg) tea.Cmd {
	var quit bool
	for _, k := range keys {
		queue := []tea.Cmd{a.handleKey(k)}
		for len(queue) > 0 && !quit {
			cmd := queue[0]
			queue = queue[1:]
			if cmd == nil {
				continue
			}
			switch m := cmd().(type) {
			case tea.QuitMsg:
				quit = true
			case tea.BatchMsg:
				queue = append(queue, m...)
			case nil:
			default:
				_, next := a.Update(m)
				queue = append(queue, next)
			}
		}
		if quit {
			return tea.Quit
		}
	}
	if a.actors.version != a.matrixAt {
		a.syncMatrix()
	}
	return nil
}
