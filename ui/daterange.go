package ui

import (
	"slices"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// The date range and outlet filters narrow the whole corpus to the articles
// published in a range, or by one outlet, and rebuild every pane from it,
// so that every count is theirs. D opens a prompt on the status line; enter
// applies what is typed (empty: all dates again), esc leaves the filter as
// it was. o steps through the outlets, then back to all.

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
		Open:   key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "date range")),
		Apply:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "apply")),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		Delete: key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "delete")),
	}
}

// rangeAppliedMsg carries a narrowed corpus's index, built off the UI
// goroutine.
type rangeAppliedMsg struct {
	r        model.DateRange
	outlet   string
	question string
	index    *corpusIndex
}

// rangeKey handles a key while the prompt is open.
func (a *App) rangeKey(k tea.KeyPressMsg) tea.Cmd {
	p := a.datePrompt
	switch {
	case key.Matches(k, a.rangeKeys.Cancel):
		a.datePrompt = nil
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
		a.datePrompt = nil
		return a.narrow(r, a.outlet)
	default:
		if t := k.Text; t != "" && len(p.text) < 40 {
			p.text += t
			p.err = ""
		}
	}
	return nil
}

// narrow narrows the full corpus to r and outlet and indexes it as a
// command.
func (a *App) narrow(r model.DateRange, outlet string) tea.Cmd {
	return a.applyView(r, outlet, a.question)
}

// applyView narrows the full corpus to one question's positions, then to r
// and outlet, and indexes it as a command.
func (a *App) applyView(r model.DateRange, outlet, question string) tea.Cmd {
	full := a.full
	if full == nil {
		return nil
	}
	return func() tea.Msg {
		return rangeAppliedMsg{r: r, outlet: outlet, question: question,
			index: newCorpusIndex(full.ForQuestion(question).Within(r).FromOutlet(outlet))}
	}
}

// nextOutlet narrows to the outlet after the one shown (from all outlets:
// the first), and after the last back to all.
func (a *App) nextOutlet() tea.Cmd {
	if a.full == nil {
		return nil
	}
	outlets := outletsWithin(a.full, a.dates)
	if len(outlets) == 0 && !a.dates.IsZero() {
		a.notice = "no article in " + a.dates.String() + " names its outlet"
		return nil
	}
	if len(outlets) == 0 {
		a.notice = "no article names its outlet"
		return nil
	}
	next := outlets[0]
	if i := slices.Index(outlets, a.outlet); i >= 0 {
		next = ""
		if i+1 < len(outlets) {
			next = outlets[i+1]
		}
	}
	return a.narrow(a.dates, next)
}

// rangeApplied shows the narrowed corpus, or says that the range holds no
// article and keeps what was shown.
func (a *App) rangeApplied(msg rangeAppliedMsg) {
	if len(msg.index.corpus.Articles) == 0 {
		a.notice = "no dated article in " + msg.r.String()
		if msg.outlet != "" {
			a.notice += " from " + model.CleanLine(msg.outlet)
		}
		return
	}
	changed := msg.question != a.question
	a.dates, a.outlet, a.question = msg.r, msg.outlet, msg.question
	a.setIndex(msg.index)
	a.notice = ""
	if changed {
		a.notice = "question: " + model.CleanLine(msg.index.corpus.Question)
	}
}

// rangePromptLine is the status line while the prompt is open.
func (a *App) rangePromptLine() string {
	line := "dates (2024-01..2024-06, 2025, empty: all): " + a.datePrompt.text + "▏"
	if a.datePrompt.err != "" {
		line += "  " + a.styles.Error.Render(model.CleanLine(a.datePrompt.err))
	}
	return fit(line, a.width)
}

// outletsWithin is the outlets of the articles in r, sorted: stepping
// through only those never stops on an outlet with nothing in the range,
// which kept the next press from moving on.
func outletsWithin(c *model.Corpus, r model.DateRange) []string {
	if r.IsZero() {
		return c.Outlets()
	}
	var out []string
	for i := range c.Articles {
		if art := &c.Articles[i]; art.Outlet != "" && r.Holds(art.Date) {
			out = append(out, art.Outlet)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}
