package ui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// At every width from 80 columns, both sides of the debate are on screen
// with their actors, whatever the layout.
func TestMatrixShowsBothSidesAtEveryWidth(t *testing.T) {
	for w := 80; w <= 200; w += 7 {
		a := newTestApp(t, w, 24)
		press(t, a, "3")
		view := ansi.Strip(a.View().Content)
		for _, want := range []string{"For ", "Against ", "Between ", "▲ 3", "■ 2", "▼ 3",
			"Emmanuel Macron", "Donald Tusk", "Olaf Scholz", "NATO", "1 with no position hidden"} {
			if !strings.Contains(view, want) {
				t.Errorf("%d columns: the matrix lacks %q:\n%s", w, want, view)
			}
		}
	}
}

// An empty middle column takes no space; a long column says how many rows
// are off-screen.
func TestMatrixEmptyMiddleAndOffScreen(t *testing.T) {
	c := fixtureCorpus()
	var kept []model.Actor
	for _, ac := range c.Actors {
		if ac.Stance != model.Undecided {
			kept = append(kept, ac)
		}
	}
	c.Actors = kept
	for i := range 30 {
		c.Actors = append(c.Actors, model.Actor{ID: fmt.Sprint(i), Name: fmt.Sprintf("Minister %02d", i), Kind: model.Person,
			Stance: model.RulesOut, Positions: []model.Position{{File: fileWarsaw, Stance: model.RulesOut}}})
	}
	a := newAppWith(t, c, 80, 24)
	press(t, a, "3")
	view := ansi.Strip(a.View().Content)
	if strings.Contains(view, "Between") {
		t.Errorf("an empty middle column is drawn:\n%s", view)
	}
	if !strings.Contains(view, "↓ 18 more") {
		t.Errorf("the Against column does not say what is below:\n%s", view)
	}
	press(t, a, "l", "G")
	if view := ansi.Strip(a.View().Content); !strings.Contains(view, "↑ 18 above") {
		t.Errorf("the Against column does not say what is above:\n%s", view)
	}
}

// Grid columns are labelled with article numbers, past 99 too.
func TestGridNumbersAreArticleNumbers(t *testing.T) {
	c := fixtureCorpus()
	for i := range 150 {
		c.Articles = append(c.Articles, model.Article{File: fmt.Sprintf("more/%03d.txt", i), Title: "More", Text: "Nothing."})
	}
	a := newAppWith(t, c, 120, 40)
	press(t, a, "3", "v")
	for range 120 {
		press(t, a, "l")
	}
	view := ansi.Strip(a.View().Content)
	if !strings.Contains(view, "article 121: More") {
		t.Fatalf("cursor not on article 121:\n%s", view)
	}
	var head string
	for _, l := range strings.Split(view, "\n") {
		if strings.Contains(l, "121") && !strings.Contains(l, "article 121") {
			head = l
		}
	}
	if head == "" || !strings.Contains(head, "119") {
		t.Errorf("number line lacks 121 or 119:\n%s", view)
	}
	if strings.Contains(head, " 0 ") || strings.Contains(head, " 21 ") {
		t.Errorf("numbers restart past 99: %q", head)
	}
}

// The filter keys narrow the Actors list, the matrix and the grid alike,
// and so does the search.
func TestFiltersAndSearchNarrowEveryView(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "f") // supports
	if a.filter.lean != model.Supports || a.actors.list.n != 3 || len(a.matrix.actors) != 3 {
		t.Fatalf("f: lean %q, %d actor rows, %d in the matrix", a.filter.lean, a.actors.list.n, len(a.matrix.actors))
	}
	if !strings.Contains(a.notice, "showing 3 actors: ▲ supports") {
		t.Errorf("status = %q", a.notice)
	}
	press(t, a, "f", "f", "f", "f", "f", "f", "f") // around to any
	press(t, a, "F", "F")                          // governments
	if a.actors.list.n != 2 || a.matrix.rows.n != 2 {
		t.Fatalf("F F: %d actor rows, %d grid rows", a.actors.list.n, a.matrix.rows.n)
	}
	a.matrix.grid = true
	if title := a.matrix.Title(); !strings.Contains(title, "grid of 2 actors") || !strings.Contains(title, "· filtered") {
		t.Errorf("the grid's title does not say it is filtered: %q", title)
	}
	a.matrix.grid = false
	press(t, a, "F", "F", "F", "x") // any kind, with a position
	if a.actors.list.n != 11 {
		t.Fatalf("x: %d actor rows, want 11", a.actors.list.n)
	}
	press(t, a, "x", "2", "/")
	typeText(t, a, "sikorski")
	view := ansi.Strip(a.View().Content)
	if a.matrix.rows.n != 1 || strings.Contains(view, "Emmanuel Macron") || !strings.Contains(view, "· filtered") {
		t.Errorf("the search does not narrow the matrix (%d rows):\n%s", a.matrix.rows.n, view)
	}
	press(t, a, "esc")
	if a.matrix.rows.n != 12 {
		t.Errorf("esc left %d rows in the grid", a.matrix.rows.n)
	}
	press(t, a, "s")
	if a.ix.names[a.actors.actorAt(0)] != "Donald Tusk" {
		t.Errorf("by name, the first actor is %q", a.ix.names[a.actors.actorAt(0)])
	}
}

// newAppWith is newTestApp on another corpus.
func newAppWith(t testing.TB, c *model.Corpus, w, h int) *App {
	t.Helper()
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, windowSize(w, h))
	send(t, a, a.loadCmd()())
	return a
}

// A breakdown too wide for its room keeps its biggest counts, in stance
// order, and says with " …" that some are left out.
func TestBreakdownPartsSayWhatIsLeftOut(t *testing.T) {
	st := themeStyles(true, true)
	bd := &model.Breakdown{Supports: 47, Open: 17, Undecided: 18, RulesOut: 92, Opposes: 9}
	for _, c := range []struct {
		room int
		want string
	}{
		{40, "▲47 ◐17 ?18 ■92 ▼9"},
		{16, "▲47 ?18 ■92 …"},
		{8, "■92 …"},
		{3, "…"},
	} {
		got, w := breakdownParts(&st, bd, lipgloss.NewStyle(), c.room)
		if got = ansi.Strip(got); got != c.want || w != ansi.StringWidth(got) || w > c.room {
			t.Errorf("room %d: %q (width %d), want %q", c.room, got, w, c.want)
		}
	}
}
