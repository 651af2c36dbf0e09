package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// The root's own key actions: going back, filters, the dossier, stepping
// through articles.

// back is esc outside a typed search: it closes the full help, then leaves
// one actor's sentences for everyone's, then clears the filters. It reports
// false when there was nothing to go back from (the pane may use esc).
func (a *App) back() (tea.Cmd, bool) {
	switch {
	case a.focused == paneActors && a.actors.query != "":
		return nil, false // the pane's esc clears its search first
	case a.help.ShowAll:
		a.help.ShowAll = false
		a.layout()
	case a.focused == paneReader && a.reader.Searching():
		a.reader.ClearFind()
		a.notice = "search cleared"
		return nil, true
	case a.reader.Actor() >= 0:
		a.reader.SetActor(-1)
		a.notice = "showing every actor's evidence"
		return nil, true
	case a.filter.active():
		a.filter = actorFilter{byName: a.filter.byName}
		a.applyFilter()
		a.notice = "filters cleared"
		return nil, true
	default:
		return nil, false
	}
	return nil, true
}

// openDossier shows every sentence of the actor under the cursor (in the
// Actors list or the matrix), else of the actor the reader is showing.
func (a *App) openDossier() tea.Cmd {
	actor := -1
	switch a.focused {
	case paneActors:
		actor = a.actors.Selected()
	case paneMatrix:
		actor = a.matrix.Selected()
	}
	if actor < 0 {
		actor = a.reader.Actor()
	}
	if actor < 0 {
		a.notice = "choose an actor first (in Actors or the Matrix), then d"
		return nil
	}
	a.dossier = newDossier(a.ix, &a.styles, actor)
	a.layout()
	return nil
}

// maxPendingKeys bounds the keys kept while loading (a key held down).
const maxPendingKeys = 256

// changeFilter applies one filter key and says what is shown.
func (a *App) changeFilter(k tea.KeyPressMsg) tea.Cmd {
	f := &a.filter
	switch {
	case key.Matches(k, a.fkeys.Lean):
		f.lean = cycle(filterLeans, f.lean)
	case key.Matches(k, a.fkeys.Kind):
		f.kind = cycle(filterKinds, f.kind)
	case key.Matches(k, a.fkeys.WithPosition):
		f.withPosition = !f.withPosition
	case key.Matches(k, a.fkeys.Order):
		f.byName = !f.byName
	}
	a.applyFilter()
	if d := f.describe(); d != "" {
		a.notice = fmt.Sprintf("showing %s: %s", model.Plural(a.actors.list.n, "actor"), d)
		return nil
	}
	a.notice = "showing every actor, by weight of evidence"
	return nil
}

// stepArticle shows the next (d=1) or previous article; while one actor's
// sentences are shown, the next that has one, at its first.
func (a *App) stepArticle(d int) tea.Cmd {
	act := a.reader.Actor()
	if act < 0 {
		a.selectArticle(a.reader.Article() + d)
		return nil
	}
	art := a.ix.nextArticleFor(act, a.reader.Article(), d)
	if art < 0 {
		where := "later"
		if d < 0 {
			where = "earlier"
		}
		what := "names " + a.ix.names[act]
		if _, positions := a.ix.walk(act); positions {
			what = "where " + a.ix.names[act] + " takes a position"
		}
		a.notice = fmt.Sprintf("no %s article %s (a: all actors)", where, what)
		return nil
	}
	a.selectArticle(art)
	a.reader.JumpFirst()
	return nil
}
