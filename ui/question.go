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
		a.notice = "one question loaded (standpoint --question FILE … reads more)"
		return nil
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

// questionLabels are the shown question's meanings of the stances, for the
// legend, when several questions are loaded (with one, the legend's own
// short words serve).
func (a *App) questionLabels() map[string]string {
	if a.full == nil || len(a.full.Questions) < 2 {
		return nil
	}
	for _, q := range a.full.Questions {
		if q.ID == a.question {
			labels := make(map[string]string, len(q.Labels))
			for s, l := range q.Labels {
				labels[s] = model.CleanLine(l) // from a file: untrusted
			}
			return labels
		}
	}
	return nil
}
