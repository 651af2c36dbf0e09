package ui

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// The date range filter narrows the whole corpus to the articles published
// in a range and rebuilds every pane from it, so that every count is the
// range's. d opens a prompt on the status line; enter applies what is typed
// (empty: all dates again), esc leaves the filter as it was.

// rangePrompt is the text being typed, while the prompt is open.
type rangePrompt struct {
	text string
	err  string // the last text that did not parse, said why
}

// RangeKeyMap is the prompt's keys.
type RangeKeyMap struct {
	Open, Apply, Cancel, Delete key.Binding
}

// DefaultRangeKeyMap returns the prompt's keys.
func DefaultRangeKeyMap() RangeKeyMap {
	return RangeKeyMap{
		Open:   key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "date range")),
		Apply:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Delete: key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "delete")),
	}
}

// rangeAppliedMsg carries a narrowed corpus's index, built off the UI
// goroutine.
type rangeAppliedMsg struct {
	r     model.DateRange
	index *corpusIndex
}

// rangeKey handles a key while the prompt is open.
func (a *App) rangeKey(k tea.KeyPressMsg) tea.Cmd {
	p := a.prompt
	switch {
	case key.Matches(k, a.rangeKeys.Cancel):
		a.prompt = nil
	case key.Matches(k, a.rangeKeys.Delete):
		if _, size := utf8.DecodeLastRuneInString(p.text); size > 0 {
			p.text = p.text[:len(p.text)-size]
		}
	case key.Matches(k, a.rangeKeys.Apply):
		r, err := model.ParseDateRange(p.text)
		if err != nil {
			p.err = err.Error()
			return nil
		}
		a.prompt = nil
		return a.applyRange(r)
	default:
		if t := k.Text; t != "" && len(p.text) < 40 {
			p.text += t
			p.err = ""
		}
	}
	return nil
}

// applyRange narrows the full corpus to r and indexes it as a command.
func (a *App) applyRange(r model.DateRange) tea.Cmd {
	full := a.full
	if full == nil {
		return nil
	}
	return func() tea.Msg {
		return rangeAppliedMsg{r: r, index: newCorpusIndex(full.Within(r))}
	}
}

// rangeApplied shows the narrowed corpus, or says that the range holds no
// article and keeps what was shown.
func (a *App) rangeApplied(msg rangeAppliedMsg) {
	if len(msg.index.corpus.Articles) == 0 {
		a.notice = "no dated article in " + msg.r.String()
		return
	}
	a.dates = msg.r
	a.setIndex(msg.index)
	if !msg.r.IsZero() {
		a.notice = ""
	}
}

// promptLine is the status line while the prompt is open.
func (a *App) promptLine() string {
	line := "dates (2024-01..2024-06, 2025, empty: all): " + a.prompt.text + "▏"
	if a.prompt.err != "" {
		line += "  " + a.styles.Error.Render(model.CleanLine(a.prompt.err))
	}
	return fit(line, a.width)
}
