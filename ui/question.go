package ui

import (
	"fmt"
	"slices"

	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// firstQuestion is the id of the question shown first: the corpus' first.
func firstQuestion(c *model.Corpus) string {
	if c == nil || len(c.Questions) == 0 {
		return ""
	}
	return c.Questions[0].ID
}

// nextQuestion shows the matrix, glyphs and highlights of the next question
// loaded (m), keeping the date range and outlet; after the last, the first.
func (a *App) nextQuestion() tea.Cmd {
	if a.full == nil || len(a.full.Questions) < 2 {
		return status("one question loaded (standpoint --question FILE … reads more)")
	}
	ids := a.full.QuestionIDs()
	next := ids[(slices.Index(ids, a.question)+1)%len(ids)]
	return a.applyView(a.dates, a.outlet, next)
}

// questionTitle names the question shown, for the matrix's title, when
// there are several.
func (a *App) questionTitle() string {
	if a.full == nil || len(a.full.Questions) < 2 {
		return ""
	}
	ids := a.full.QuestionIDs()
	i := slices.Index(ids, a.question)
	return fmt.Sprintf("%s %d/%d (m)", model.CleanLine(ids[i]), i+1, len(ids))
}
