package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

func TestFocusCycling(t *testing.T) {
	a := newTestApp(t, 120, 40)
	steps := []struct {
		key  string
		want paneID
	}{
		{"tab", paneActors}, {"tab", paneMatrix}, {"tab", paneReader}, {"tab", paneArticles},
		{"shift+tab", paneReader}, {"shift+tab", paneMatrix},
		{"1", paneArticles}, {"4", paneReader}, {"2", paneActors}, {"3", paneMatrix},
	}
	for _, s := range steps {
		press(t, a, s.key)
		if a.focused != s.want {
			t.Fatalf("after %q focus is %d, want %d", s.key, a.focused, s.want)
		}
	}
}

func TestSearchTypesQAndEscClears(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "2", "/")
	if !a.actors.Filtering() {
		t.Fatal("/ did not start the search")
	}
	if press(t, a, "q") {
		t.Fatal("q quit while typing a search")
	}
	if a.actors.query != "q" {
		t.Fatalf("query = %q, want q", a.actors.query)
	}
	press(t, a, "backspace")
	typeText(t, a, "sikorski")
	if got := a.actors.Selected(); got != actorIndex(t, a.ix.corpus, "sikorski") {
		t.Fatalf("search sikorski selects %q", a.ix.names[got])
	}
	if a.actors.list.n != 1 {
		t.Errorf("sikorski matches %d actors, want 1", a.actors.list.n)
	}
	press(t, a, "esc")
	if a.actors.Filtering() || a.actors.query != "" || a.actors.list.n != len(a.ix.names) {
		t.Fatalf("esc left query %q with %d rows", a.actors.query, a.actors.list.n)
	}
	if !press(t, a, "q") {
		t.Fatal("q after the search did not quit")
	}
}

func TestSlashSearchesFromAnyPane(t *testing.T) {
	for _, pane := range []string{"1", "3"} { // in the reader, / searches its text
		a := newTestApp(t, 120, 40)
		press(t, a, pane, "/")
		if a.focused != paneActors || !a.actors.Filtering() {
			t.Errorf("from pane %s, / left focus on %d (searching: %v)", pane, a.focused, a.actors.Filtering())
		}
	}
}

func TestSearchFoldsAccentsAndIgnoresWordOrder(t *testing.T) {
	ix := newCorpusIndex(fixtureCorpus())
	cases := map[string]string{
		"sikorski":        "Radosław Sikorski",
		"radoslaw":        "Radosław Sikorski",
		"melenchon":       "Jean-Luc Mélenchon",
		"macron emmanuel": "Emmanuel Macron",
		"李明":              "李明",
		"volunteer":       "🇺🇦 Volunteer Corps",
		"alliance":        "NATO", // an alias
	}
	for q, want := range cases {
		ms := ix.search.filter(q)
		if len(ms) == 0 || ix.names[ms[0].actor] != want {
			var got []string
			for _, m := range ms {
				got = append(got, ix.names[m.actor])
			}
			t.Errorf("search %q = %v, want %q first", q, got, want)
		}
	}
	if ms := ix.search.filter("   "); ms != nil {
		t.Errorf("blank query matched %d", len(ms))
	}
}

func TestSearchHighlightsRunesNotBytes(t *testing.T) {
	ix := newCorpusIndex(fixtureCorpus())
	ms := ix.search.filter("sikorski")
	if len(ms) == 0 {
		t.Fatal("no match")
	}
	name := []rune(ix.names[ms[0].actor]) // "Radosław Sikorski": ł is two bytes
	var got strings.Builder
	for _, r := range ms[0].nameRunes {
		got.WriteRune(name[r])
	}
	if got.String() != "Sikorski" {
		t.Errorf("highlighted %q, want Sikorski", got.String())
	}
}

func TestStaleFilterResultsDropped(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "2", "/")
	stale := a.actors.setQuery("tusk") // its result arrives after a newer query
	typeText(t, a, "x")
	send(t, a, stale())
	if a.actors.query != "tuskx" {
		t.Fatalf("query = %q", a.actors.query)
	}
	for i := 0; i < a.actors.list.n; i++ {
		if a.ix.names[a.actors.actorAt(i)] == "Donald Tusk" {
			t.Fatal("stale results for tusk were shown for tuskx")
		}
	}
}

func TestStepThroughEvidence(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "4")
	want := []string{sSikorskiOpen, sTuskRules, sPolandRules, sSikorskiOpen}
	for _, w := range want {
		press(t, a, "n")
		if got := a.currentEvidence(); got != w {
			t.Fatalf("n: on %q, want %q", got, w)
		}
	}
	press(t, a, "N")
	if got := a.currentEvidence(); got != sPolandRules {
		t.Fatalf("N wrapped to %q", got)
	}
	if !strings.Contains(a.notice, "Government of Poland") || !strings.Contains(a.notice, "Rules out") {
		t.Errorf("status does not say who: %q", a.notice)
	}
}

// currentEvidence is the raw text of the span n/N is on.
func (a *App) currentEvidence() string {
	r := a.reader
	if r.hit < 0 {
		return ""
	}
	sp := a.ix.spans[r.article][r.active[r.hit].span]
	return a.ix.corpus.Articles[r.article].Text[sp.start:sp.end]
}

func TestArticleStepping(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "]", "]")
	if a.reader.Article() != 2 || a.articles.Selected() != 2 {
		t.Fatalf("after ]] article %d, list %d", a.reader.Article(), a.articles.Selected())
	}
	press(t, a, "]", "]", "]")
	if a.reader.Article() != 3 {
		t.Fatalf("] past the end: article %d", a.reader.Article())
	}
	press(t, a, "[")
	if a.reader.Article() != 2 {
		t.Fatalf("[: article %d", a.reader.Article())
	}
	press(t, a, "1", "g", "j")
	if a.reader.Article() != 1 {
		t.Fatalf("j in Articles: reader shows %d", a.reader.Article())
	}
}

func TestSelectingActorFiltersReader(t *testing.T) {
	a := newTestApp(t, 120, 40)
	scholz := actorIndex(t, a.ix.corpus, "scholz")
	press(t, a, "2")
	for a.actors.Selected() != scholz {
		press(t, a, "j")
	}
	press(t, a, "enter")
	if a.focused != paneReader || a.reader.Actor() != scholz || a.reader.Article() != 1 {
		t.Fatalf("focus %d actor %d article %d", a.focused, a.reader.Actor(), a.reader.Article())
	}
	if len(a.reader.active) != 1 || a.currentEvidence() != sScholzOpposes {
		t.Fatalf("reader highlights %d, on %q", len(a.reader.active), a.currentEvidence())
	}
	press(t, a, "a")
	if a.reader.Actor() != -1 || len(a.reader.active) != 4 { // the Commission's none is not highlighted
		t.Fatalf("a: actor %d, %d highlights", a.reader.Actor(), len(a.reader.active))
	}
}

func TestGridEnterOpensCell(t *testing.T) {
	a := newTestApp(t, 120, 40)
	sikorski := actorIndex(t, a.ix.corpus, "sikorski")
	press(t, a, "3", "v", "l")
	for a.matrix.Selected() != sikorski {
		if a.matrix.rows.cursor == a.matrix.rows.n-1 {
			t.Fatal("Sikorski is not a row of the grid")
		}
		press(t, a, "j")
	}
	press(t, a, "enter") // Sikorski, article 2
	if a.reader.Article() != 1 || a.reader.Actor() != sikorski {
		t.Fatalf("article %d actor %d", a.reader.Article(), a.reader.Actor())
	}
	if a.currentEvidence() != sSikorskiSup {
		t.Fatalf("on %q", a.currentEvidence())
	}
}

func TestHostileTextNeverReachesTheScreen(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {200, 60}} {
		a := newTestApp(t, size[0], size[1])
		press(t, a, "]", "]", "]", "4", "n")
		views := []string{a.View().Content}
		press(t, a, "2", "/")
		typeText(t, a, "kremlin")
		views = append(views, a.View().Content)
		press(t, a, "esc", "w")
		views = append(views, a.View().Content)
		for _, v := range views {
			for _, bad := range []string{"\x1b]52", "\x1b[2J", "\u202e", "\r", "\x07", "aGVsbG8="} {
				if strings.Contains(v, bad) {
					t.Errorf("%dx%d view contains %q", size[0], size[1], bad)
				}
			}
			// With plain styles lipgloss emits only SGR sequences: anything
			// else would have come from a file.
			if s := ansi.Strip(v); strings.ContainsRune(s, 0x1b) {
				t.Errorf("non-SGR escape in view")
			}
		}
		if !strings.Contains(ansi.Strip(views[0]), "The Kremlin opposes any deployment of Western") {
			t.Errorf("hostile article text not shown:\n%s", ansi.Strip(views[0]))
		}
	}
}

func TestLoadErrorWithoutCorpus(t *testing.T) {
	a := newApp(func(func(int, int)) (*modelCorpus, error) { return nil, errLoad }, Options{}, true)
	send(t, a, windowSize(80, 24))
	send(t, a, a.loadCmd()())
	if !strings.Contains(ansi.Strip(a.View().Content), "no articles here") {
		t.Fatalf("error not shown:\n%s", a.View().Content)
	}
	if press(t, a, "j") {
		t.Fatal("j quit")
	}
	if !press(t, a, "q") {
		t.Fatal("q did not quit the error screen")
	}
}

func TestLoaderPanicBecomesError(t *testing.T) {
	a := newApp(func(func(int, int)) (*modelCorpus, error) { panic("boom") }, Options{}, true)
	send(t, a, windowSize(80, 24))
	send(t, a, a.loadCmd()())
	if !strings.Contains(ansi.Strip(a.View().Content), "boom") {
		t.Fatalf("panic not shown:\n%s", a.View().Content)
	}
}

func TestProgressShown(t *testing.T) {
	a := newApp(nil, Options{}, true)
	send(t, a, windowSize(80, 24))
	send(t, a, loadProgressMsg{done: 3, total: 8})
	if !strings.Contains(ansi.Strip(a.View().Content), "37%") {
		t.Fatalf("progress not shown:\n%s", a.View().Content)
	}
}

// While a query is typed, letters are text and only keys that type nothing
// move the rows: "j" goes into the query, down and page down move.
func TestTypingMovesWithArrowsOnly(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "2", "/", "j")
	if a.actors.query != "j" || a.actors.list.cursor != 0 {
		t.Fatalf(`"j" while typing: query %q, cursor %d`, a.actors.query, a.actors.list.cursor)
	}
	press(t, a, "backspace", "down")
	if a.actors.list.cursor != 1 {
		t.Fatalf("down while typing left the cursor at %d", a.actors.list.cursor)
	}
	press(t, a, "pgdn")
	if a.actors.list.cursor <= 1 || a.actors.query != "" {
		t.Fatalf("pgdn while typing: cursor %d, query %q", a.actors.list.cursor, a.actors.query)
	}
}

// When nothing loads, the screen says why, file by file, not only that
// nothing could be loaded.
func TestNothingLoadedShowsReasons(t *testing.T) {
	c := &modelCorpus{Warnings: []string{"a.txt: empty file", "b.png.txt: binary file skipped"}}
	a := newApp(func(func(int, int)) (*modelCorpus, error) { return c, errLoad }, Options{}, true)
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		send(t, a, windowSize(size[0], size[1]))
		send(t, a, a.loadCmd()())
		view := ansi.Strip(a.View().Content)
		checkFrame(t, view, size[0], size[1])
		for _, want := range []string{"no articles here", "a.txt: empty file", "b.png.txt: binary file skipped", "q quit"} {
			if !strings.Contains(view, want) {
				t.Errorf("%v: %q not shown:\n%s", size, want, view)
			}
		}
	}
	if !press(t, a, "q") {
		t.Fatal("q did not quit")
	}
}

// appWithWarnings is the fixture with many warnings: n binary files, then
// a few empty ones and one lone problem.
func appWithWarnings(t testing.TB, n, w, h int) *App {
	t.Helper()
	c := fixtureCorpus()
	c.Warnings = nil
	for i := range n {
		c.Warnings = append(c.Warnings, fmt.Sprintf("pics/%06d.txt: binary file skipped", i))
	}
	c.Warnings = append(c.Warnings, "a.txt: empty file", "/x: no such file or directory", "b.txt: empty file")
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, windowSize(w, h))
	send(t, a, a.loadCmd()())
	return a
}

// The warnings screen groups a reason shared by several files, and
// scrolls like any pane.
func TestWarningsGroupAndScroll(t *testing.T) {
	a := appWithWarnings(t, 3412, 80, 24)
	press(t, a, "w")
	view := ansi.Strip(a.View().Content)
	checkFrame(t, view, 80, 24)
	for _, want := range []string{"Warnings (3,415)", "⚠ 3,412 files: binary file skipped", "pics/000000.txt", "rows 1-20 of"} {
		if !strings.Contains(view, want) {
			t.Errorf("%q not on the first screen:\n%s", want, view)
		}
	}
	press(t, a, "G")
	view = ansi.Strip(a.View().Content)
	for _, want := range []string{"⚠ 2 files: empty file", "  a.txt", "  b.txt", "⚠ /x: no such file or directory", "pics/003411.txt"} {
		if !strings.Contains(view, want) {
			t.Errorf("%q not at the bottom:\n%s", want, view)
		}
	}
	if strings.Contains(view, "pics/000000.txt") {
		t.Error("G left the first row on screen")
	}
	press(t, a, "g", "j", "j")
	if view = ansi.Strip(a.View().Content); !strings.Contains(view, "pics/000002.txt") || strings.Contains(view, "pics/000000.txt") {
		t.Errorf("j j from the top:\n%s", view)
	}
	press(t, a, "pgdn")
	if view = ansi.Strip(a.View().Content); !strings.Contains(view, "pics/000020.txt") || strings.Contains(view, "pics/000001.txt") {
		t.Errorf("pgdn:\n%s", view)
	}
	press(t, a, "esc")
	if a.showWarnings {
		t.Error("esc did not close the warnings")
	}
}

// On the error screen (nothing loaded) the reasons scroll too.
func TestNothingLoadedReasonsScroll(t *testing.T) {
	c := &modelCorpus{}
	for i := range 500 {
		c.Warnings = append(c.Warnings, fmt.Sprintf("f%03d.txt: reason %d", i, i))
	}
	a := newApp(func(func(int, int)) (*modelCorpus, error) { return c, errLoad }, Options{}, true)
	send(t, a, windowSize(80, 24))
	send(t, a, a.loadCmd()())
	press(t, a, "G")
	view := ansi.Strip(a.View().Content)
	checkFrame(t, view, 80, 24)
	if !strings.Contains(view, "f499.txt: reason 499") || strings.Contains(view, "f000.txt") {
		t.Errorf("G on the error screen:\n%s", view)
	}
}
