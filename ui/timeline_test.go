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

// cursorOnActor focuses the Actors list and moves its cursor down to the
// actor (the list is by lean and weight of evidence).
func cursorOnActor(t *testing.T, a *App, id string) {
	t.Helper()
	press(t, a, "2", "g")
	want := actorIndex(t, a.ix.corpus, id)
	for range a.actors.list.n {
		if a.actors.Selected() == want {
			return
		}
		press(t, a, "j")
	}
	t.Fatalf("%s is not in the Actors list", id)
}

// t on an actor shows its positions in date order with the change marked
// and its stances' outlets; enter opens the row's evidence.
func TestTimelineShowsChangesAndOpensEvidence(t *testing.T) {
	a := datedApp(t, 120, 40)
	cursorOnActor(t, a, "sikorski")
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
	if view := ansi.Strip(a.View().Content); !strings.Contains(view, "2025-08-19 · Le Monde · articles/paris.md") {
		t.Errorf("the reader's header lacks the article's date and outlet:\n%s", view)
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
			cursorOnActor(t, a, "sikorski")
			press(t, a, "t")
			view := ansi.Strip(a.View().Content)
			checkFrame(t, view, w, h)
			checkGolden(t, fmt.Sprintf("timeline_%dx%d", w, h), view)
		})
	}
}

// D narrows every pane to a date range: the matrix and the lists count only
// the range's articles; a range without articles says so and changes
// nothing; an empty range shows all again.
func TestDateRangeFilter(t *testing.T) {
	a := datedApp(t, 120, 40)
	press(t, a, "D")
	typeText(t, a, "2025")
	if line := ansi.Strip(a.statusLine()); !strings.Contains(line, "dates (") || !strings.Contains(line, ": 2025▏") {
		t.Errorf("prompt line %q", line)
	}
	press(t, a, "enter")
	if n := len(a.ix.corpus.Articles); n != 1 || a.ix.corpus.Articles[0].File != fileParis {
		t.Fatalf("2025: %d articles", n)
	}
	sik := -1
	for i, act := range a.ix.corpus.Actors {
		if act.ID == "sikorski" {
			sik = i
		}
	}
	if sik < 0 || a.ix.corpus.Actors[sik].Stance != model.Supports {
		t.Errorf("Sikorski in 2025: %+v", a.ix.corpus.Actors)
	}
	view := ansi.Strip(a.View().Content)
	for _, want := range []string{"Articles (1)", "dates 2025-01-01..2025-12-31 (D)"} {
		if !strings.Contains(view, want) {
			t.Errorf("view lacks %q:\n%s", want, view)
		}
	}
	checkGolden(t, "daterange_120x40", view)

	press(t, a, "D")
	if a.datePrompt.text != "2025-01-01..2025-12-31" {
		t.Errorf("the prompt does not start from the range shown: %q", a.datePrompt.text)
	}
	for a.datePrompt.text != "" {
		press(t, a, "backspace")
	}
	typeText(t, a, "2030")
	press(t, a, "enter")
	if len(a.ix.corpus.Articles) != 1 || !strings.Contains(a.notice, "no dated article in 2030-01-01..2030-12-31") {
		t.Errorf("empty range: %d articles, notice %q", len(a.ix.corpus.Articles), a.notice)
	}
	press(t, a, "D")
	typeText(t, a, "junk")
	press(t, a, "enter")
	if a.datePrompt == nil || !strings.Contains(ansi.Strip(a.statusLine()), "is not a date") {
		t.Errorf("bad range: prompt %v, line %q", a.datePrompt, ansi.Strip(a.statusLine()))
	}
	press(t, a, "esc", "D")
	for a.datePrompt.text != "" {
		press(t, a, "backspace")
	}
	press(t, a, "enter")
	if len(a.ix.corpus.Articles) != 4 || !a.dates.IsZero() {
		t.Errorf("all dates again: %d articles, range %v", len(a.ix.corpus.Articles), a.dates)
	}
}

// o steps the panes through the outlets, one at a time, then back to all.
func TestOutletFilter(t *testing.T) {
	a := datedApp(t, 120, 40)
	var seen []string
	for range 4 {
		press(t, a, "o")
		seen = append(seen, fmt.Sprintf("%s:%d", a.outlet, len(a.ix.corpus.Articles)))
	}
	// Outlets sort by their bytes; the hostile one's bidi mark comes after "Evil ".
	want := []string{"Evil \u202eSource:1", "Le Monde:1", "Notes from Poland:1", ":4"}
	if strings.Join(seen, "|") != strings.Join(want, "|") {
		t.Errorf("outlets stepped %q, want %q", seen, want)
	}
	press(t, a, "o", "o")
	if line := ansi.Strip(a.statusLine()); !strings.Contains(line, "outlet Le Monde (o)") {
		t.Errorf("status %q", line)
	}
	for _, act := range a.ix.corpus.Actors {
		for _, p := range act.Positions {
			if p.File != fileParis {
				t.Errorf("%s keeps a position in %s", act.Name, p.File)
			}
		}
	}
}

func TestGoldenOutletAndDates(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {200, 60}} {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			a := datedApp(t, w, h)
			press(t, a, "o", "o") // Le Monde
			view := ansi.Strip(a.View().Content)
			checkFrame(t, view, w, h)
			checkGolden(t, fmt.Sprintf("outlet_%dx%d", w, h), view)
			press(t, a, "o", "o", "D")
			typeText(t, a, "2024")
			press(t, a, "enter")
			view = ansi.Strip(a.View().Content)
			checkFrame(t, view, w, h)
			checkGolden(t, fmt.Sprintf("dates_%dx%d", w, h), view)
		})
	}
}

// t in the matrix shows the timeline of the actor under the matrix's
// cursor, as d does.
func TestTimelineFromTheMatrix(t *testing.T) {
	a := datedApp(t, 120, 40)
	press(t, a, "3", "j")
	want := a.matrix.Selected()
	if want < 0 || want == a.actors.Selected() {
		t.Fatalf("matrix cursor on %d, Actors cursor on %d: the test cannot tell them apart", want, a.actors.Selected())
	}
	press(t, a, "t")
	if a.timeline == nil || a.timeline.actor != want {
		t.Fatalf("timeline of %v, want actor %d", a.timeline, want)
	}
}

// With a date range set, o steps through the outlets that have articles in
// it, and back to all: it never stops on one with nothing in the range.
func TestOutletFilterWithinDates(t *testing.T) {
	a := datedApp(t, 120, 40)
	press(t, a, "D")
	typeText(t, a, "2024")
	press(t, a, "enter")
	var seen []string
	for range 3 {
		press(t, a, "o")
		seen = append(seen, fmt.Sprintf("%s:%d", a.outlet, len(a.ix.corpus.Articles)))
	}
	if want := "Notes from Poland:1|:1|Notes from Poland:1"; strings.Join(seen, "|") != want {
		t.Errorf("outlets stepped %q, want %q (notice %q)", strings.Join(seen, "|"), want, a.notice)
	}
}
