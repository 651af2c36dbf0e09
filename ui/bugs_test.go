package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// A burst of j: every key is handled before any "article selected" message
// arrives, as on a busy program. None may move the cursor back.
func TestBurstOfKeysLosesNone(t *testing.T) {
	c := fixtureCorpus()
	for range 40 {
		c.Articles = append(c.Articles, model.Article{File: "x", Title: "More", Text: "Nothing."})
	}
	a := newAppWith(t, c, 120, 40)
	press(t, a, "1")
	var late []tea.Cmd
	for range 20 {
		_, cmd := a.Update(keyMsg("j"))
		late = append(late, cmd)
	}
	for _, cmd := range late {
		send(t, a, cmd())
	}
	if a.articles.Selected() != 20 || a.reader.Article() != 20 {
		t.Fatalf("after 20 j: cursor on %d, reader on %d; want 20", a.articles.Selected(), a.reader.Article())
	}
}

// Keys typed while the articles load are run once they are there.
func TestKeysTypedWhileLoadingAreKept(t *testing.T) {
	c := fixtureCorpus()
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{}, true)
	send(t, a, windowSize(120, 40))
	press(t, a, "2", "/")
	typeText(t, a, "tusk")
	press(t, a, "enter")
	send(t, a, a.loadCmd()())
	if a.reader.Actor() != actorIndex(t, c, "tusk") || a.focused != paneReader {
		t.Fatalf("after loading: reader actor %d, focus %d", a.reader.Actor(), a.focused)
	}
	b := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{}, true)
	if !press(t, b, "q") {
		t.Error("q while loading does not quit")
	}
}

// A bracketed paste goes into the search box, as one line without controls.
func TestPasteIntoSearch(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "/")
	send(t, a, tea.PasteMsg{Content: "sikor\x1b[2J\nski"})
	if a.actors.query != "sikor ski" {
		t.Fatalf("query after paste = %q", a.actors.query)
	}
	if a.actors.list.n != 1 || a.ix.names[a.actors.Selected()] != "Radosław Sikorski" {
		t.Errorf("paste did not search: %d rows", a.actors.list.n)
	}
	send(t, a, tea.PasteMsg{Content: "q"})
	if a.actors.query != "sikor skiq" {
		t.Errorf("second paste: %q", a.actors.query)
	}
}

// However narrow, the help line keeps help, warnings and quit.
func TestHelpLineKeepsTheEssentials(t *testing.T) {
	for _, w := range []int{40, 60, 80} {
		for _, pane := range []string{"1", "2", "3", "4"} {
			a := newTestApp(t, w, 24)
			press(t, a, pane)
			lines := strings.Split(ansi.Strip(a.View().Content), "\n")
			help := lines[len(lines)-1]
			for _, want := range []string{"? help", "q quit"} {
				if !strings.Contains(help, want) {
					t.Errorf("%d columns, pane %s: help line %q lacks %q", w, pane, help, want)
				}
			}
			if w >= 60 && !strings.Contains(help, "w warnings") {
				t.Errorf("%d columns, pane %s: help line %q lacks w", w, pane, help)
			}
		}
	}
}

// Without --mouse, the full help says how to get the wheel.
func TestHelpSaysHowToGetTheMouse(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "?")
	if !strings.Contains(ansi.Strip(a.View().Content), "--mouse") {
		t.Errorf("full help does not mention --mouse:\n%s", ansi.Strip(a.View().Content))
	}
}

// The reader pages with space/b and ctrl+d/ctrl+u, and keeps a readable
// measure on wide terminals.
func TestReaderPagingAndMeasure(t *testing.T) {
	a := newTestApp(t, 200, 60)
	press(t, a, "]", "]", "4")
	if w := a.reader.bodyWidth(); w != maxLineWidth {
		t.Errorf("body width %d at 200 columns, want %d", w, maxLineWidth)
	}
	a = newTestApp(t, 80, 14)
	press(t, a, "]", "]", "4")
	page := a.reader.bodyHeight() - 1
	press(t, a, "space")
	if a.reader.offset != page {
		t.Fatalf("space: offset %d, want %d", a.reader.offset, page)
	}
	press(t, a, "b")
	if a.reader.offset != 0 {
		t.Fatalf("b: offset %d", a.reader.offset)
	}
	send(t, a, tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl})
	if a.reader.offset != a.reader.bodyHeight()/2 {
		t.Fatalf("ctrl+d: offset %d", a.reader.offset)
	}
	send(t, a, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	if a.reader.offset != 0 {
		t.Fatalf("ctrl+u: offset %d", a.reader.offset)
	}
}

// ctrl+n and ctrl+p move in the search's results, as in fzf.
func TestSearchCtrlNP(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "/")
	typeText(t, a, "o")
	send(t, a, tea.KeyPressMsg{Code: 'n', Mod: tea.ModCtrl})
	if a.actors.list.cursor != 1 || a.actors.query != "o" {
		t.Fatalf("ctrl+n: cursor %d query %q", a.actors.list.cursor, a.actors.query)
	}
	send(t, a, tea.KeyPressMsg{Code: 'p', Mod: tea.ModCtrl})
	if a.actors.list.cursor != 0 {
		t.Fatalf("ctrl+p: cursor %d", a.actors.list.cursor)
	}
}

// The full help explains the glyphs.
func TestHelpHasLegend(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "?")
	view := ansi.Strip(a.View().Content)
	for _, want := range []string{"■ rules out: not its own troops", "▼ opposes: no one's troops", "d actor's dossier", "--mouse wheel, click"} {
		if !strings.Contains(view, want) {
			t.Errorf("help lacks %q:\n%s", want, view)
		}
	}
}

// "/" in the reader searches the article's text, accents and case folded;
// n/N walk the matches; esc clears, and n walks the evidence again.
func TestReaderSearch(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "]", "4", "/")
	if !a.reader.Finding() || a.focused != paneReader {
		t.Fatalf("/ in the reader: finding %v, focus %d", a.reader.Finding(), a.focused)
	}
	typeText(t, a, "MELENCHON")
	press(t, a, "enter")
	if len(a.reader.find.found) != 1 || !strings.Contains(a.notice, `match 1/1 for "MELENCHON"`) {
		t.Fatalf("found %v, notice %q", a.reader.find.found, a.notice)
	}
	m := a.reader.find.found[0]
	if got := a.reader.text().text[m.start:m.end]; got != "Mélenchon" {
		t.Errorf("match is %q", got)
	}
	press(t, a, "/", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace", "backspace")
	typeText(t, a, "troops")
	press(t, a, "enter", "n", "n")
	if n := len(a.reader.find.found); n != 3 || a.reader.find.hit != 2 {
		t.Fatalf("troops: %d matches, on %d", n, a.reader.find.hit)
	}
	press(t, a, "esc")
	if a.reader.Searching() {
		t.Fatal("esc did not clear the search")
	}
	press(t, a, "n")
	if !strings.HasPrefix(a.notice, "evidence 1/") {
		t.Errorf("n after the search: %q", a.notice)
	}
}

// A key's notice is in the status line when the key is handled, not when a
// command runs: the program runs commands concurrently, and two keys'
// notices sent as commands could arrive in the wrong order.
func TestNoticeSetWithTheKey(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "4")
	a.Update(keyMsg("n"))
	a.Update(keyMsg("n"))
	if !strings.HasPrefix(a.notice, "evidence 2/3") {
		t.Errorf("notice after two n = %q", a.notice)
	}
	a.Update(keyMsg("F"))
	if !strings.Contains(a.notice, "showing 7 actors: people") {
		t.Errorf("notice after F = %q", a.notice)
	}
}

// esc leaves the loading screen, unless keys typed meanwhile wait: then it
// is one of them.
func TestEscWhileLoading(t *testing.T) {
	c := fixtureCorpus()
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{}, true)
	if !press(t, a, "esc") {
		t.Error("esc on the loading screen does not quit")
	}
	a = newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{}, true)
	if press(t, a, "/", "x", "esc") {
		t.Error("esc after typed keys quit")
	}
}

// What the loader left out of an article (page furniture) is dimmed in the
// reader; article text is not.
func TestReaderDimsFurniture(t *testing.T) {
	text := "Real title\n\nHome | Sport | Weather\n\nThe article text itself.\n"
	kept := []int32{0, 10, int32(strings.Index(text, "The article")), int32(len(text) - 1)}
	c := &model.Corpus{Articles: []model.Article{{File: "a.txt", Title: "Real title", Text: text, Kept: kept}}}
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, false)
	send(t, a, windowSize(120, 40))
	send(t, a, a.loadCmd()())
	view := a.View().Content
	if !strings.Contains(view, a.styles.Dim.Render("Home | Sport | Weather")) {
		t.Errorf("furniture not dimmed:\n%q", view)
	}
	if strings.Contains(view, a.styles.Dim.Render("The article text itself.")) {
		t.Errorf("article text dimmed")
	}
}
