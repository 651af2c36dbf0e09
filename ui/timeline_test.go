package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// datedApp is the fixture with dates and outlets on its articles, stamped
// on the positions as the loader does.
func datedApp(t *testing.T, w, h int) *App {
	t.Helper()
	c := fixtureCorpus()
	meta := map[string][2]string{
		fileWarsaw:  {"Notes from Poland", "2024-02-27"},
		fileParis:   {"Le Monde", "2025-08-19"},
		hostileFile: {"Evil \u202eSource", ""},
	}
	for i := range c.Articles {
		m := meta[c.Articles[i].File]
		c.Articles[i].Outlet, c.Articles[i].Date = m[0], m[1]
	}
	for i := range c.Actors {
		for j := range c.Actors[i].Positions {
			p := &c.Actors[i].Positions[j]
			m := meta[p.File]
			p.Outlet, p.Date = m[0], m[1]
		}
	}
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	send(t, a, a.loadCmd()())
	return a
}

// t on an actor shows its positions in date order with the change marked
// and its stances' outlets; enter opens the row's evidence.
func TestTimelineShowsChangesAndOpensEvidence(t *testing.T) {
	a := datedApp(t, 120, 40)
	press(t, a, "2") // Actors: Sikorski first
	if a.actors.Selected() != actorIndex(t, a.ix.corpus, "sikorski") {
		t.Fatalf("cursor on actor %d", a.actors.Selected())
	}
	press(t, a, "t")
	view := ansi.Strip(a.View().Content)
	for _, want := range []string{
		"Timeline · Radosław Sikorski",
		"open in Feb 2024, supports in Aug 2025",
		"supports: only Le Monde · open: only Notes from Poland",
		"  2024-02-27 ◐ open       Poland weighs the troops debate — Notes from Poland",
		"⇄ 2025-08-19 ▲ supports   Paris and Berlin split on troops — Le Monde",
	} {
		if !strings.Contains(view, want) {
			t.Errorf("timeline lacks %q:\n%s", want, view)
		}
	}
	press(t, a, "j", "enter")
	if a.timeline != nil || a.focused != paneReader || a.reader.Article() != a.ix.articleByFile[fileParis] || a.reader.Actor() != actorIndex(t, a.ix.corpus, "sikorski") {
		t.Errorf("enter: timeline open %v, focus %d, article %d, actor %d", a.timeline != nil, a.focused, a.reader.Article(), a.reader.Actor())
	}
	if got := a.currentEvidence(); got != sSikorskiSup {
		t.Errorf("evidence shown %q", got)
	}
	press(t, a, "t", "esc")
	if a.timeline != nil {
		t.Error("esc did not close the timeline")
	}
}

func TestGoldenTimeline(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			a := datedApp(t, w, h)
			press(t, a, "2", "t")
			view := ansi.Strip(a.View().Content)
			checkFrame(t, view, w, h)
			checkGolden(t, fmt.Sprintf("timeline_%dx%d", w, h), view)
		})
	}
}
