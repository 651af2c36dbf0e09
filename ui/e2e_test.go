package ui

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"standpoint/model"
)

// screen wraps the app and keeps the last frame it drew, stripped: tests read
// what is on the screen, not the byte stream, in which a renderer that
// redraws only changed cells may never print a text in one piece.
type screen struct {
	*App
	mu   sync.Mutex
	last string
}

func (s *screen) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	_, cmd := s.App.Update(msg)
	return s, cmd
}

func (s *screen) View() tea.View {
	v := s.App.View()
	s.mu.Lock()
	s.last = ansi.Strip(v.Content)
	s.mu.Unlock()
	return v
}

func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.last
}

type testProgram struct {
	*teatest.TestModel
	screen *screen
}

func startTestProgram(t *testing.T, w, h int) *testProgram {
	t.Helper()
	return startTestProgramWith(t, fixtureCorpus(), w, h)
}

// startTestProgramWith is startTestProgram on another corpus.
func startTestProgramWith(t *testing.T, c *model.Corpus, w, h int) *testProgram {
	t.Helper()
	app := newApp(func(progress func(int, int)) (*model.Corpus, error) {
		progress(len(c.Articles), len(c.Articles))
		return c, nil
	}, Options{Theme: "dark"}, true)
	s := &screen{App: app}
	return &testProgram{teatest.NewTestModel(t, s, teatest.WithInitialTermSize(w, h)), s}
}

// waitForText waits until the screen shows text.
func waitForText(t *testing.T, tm *testProgram, text string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(tm.screen.text(), text) {
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q; last frame:\n%s", text, tm.screen.text())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func (tm *testProgram) app(t *testing.T) *App {
	return tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(*screen).App
}

func sendKeys(tm *testProgram, keys ...string) {
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
}

// TestE2ESearchOpensEvidence: search an actor, open its evidence, and the
// reader shows that actor's sentence highlighted.
func TestE2ESearchOpensEvidence(t *testing.T) {
	tm := startTestProgram(t, 120, 40)
	waitForText(t, tm, "Actors (12)")
	sendKeys(tm, "2", "/")
	tm.Type("sikorski")
	sendKeys(tm, "enter") // acts on the typed query even before its results arrive
	waitForText(t, tm, "highlighted for Radosław Sikorski")
	sendKeys(tm, "q")
	final := tm.app(t)
	if got := final.reader.Actor(); got < 0 || final.ix.names[got] != "Radosław Sikorski" {
		t.Fatalf("reader actor = %d", got)
	}
	view := ansi.Strip(final.View().Content)
	if !strings.Contains(view, "Foreign minister Radosław Sikorski said that") {
		t.Errorf("reader does not show the evidence:\n%s", view)
	}
	if !strings.Contains(view, "highlighted for Radosław Sikorski") {
		t.Errorf("reader does not name the actor:\n%s", view)
	}
}

// TestE2EStepAndQuit: step through an article's highlights with n, quit with q.
func TestE2EStepAndQuit(t *testing.T) {
	tm := startTestProgram(t, 80, 24)
	waitForText(t, tm, "Articles (4)")
	sendKeys(tm, "4", "n", "n")
	waitForText(t, tm, "evidence 2/3")
	sendKeys(tm, "q")
	final := tm.app(t)
	if final.reader.hit != 1 || final.currentEvidence() != sTuskRules {
		t.Fatalf("on hit %d %q", final.reader.hit, final.currentEvidence())
	}
}

// TestE2EDossier: open an actor's dossier from the matrix, read one of its
// sentences, come back with esc.
func TestE2EDossier(t *testing.T) {
	tm := startTestProgram(t, 80, 24)
	sendKeys(tm, "3", "l", "d") // keys typed while loading are kept
	waitForText(t, tm, "Dossier: Donald Tusk")
	sendKeys(tm, "enter")
	waitForText(t, tm, "1 highlighted for Donald Tusk")
	sendKeys(tm, "esc")
	waitForText(t, tm, "warsaw.txt · 3 highlighted")
	sendKeys(tm, "q")
	if final := tm.app(t); final.reader.Actor() != -1 || final.reader.Article() != 0 || final.dossier != nil {
		t.Fatalf("actor %d, article %d", final.reader.Actor(), final.reader.Article())
	}
}

// TestE2EFilters: filter the matrix to governments, then search it.
func TestE2EFilters(t *testing.T) {
	tm := startTestProgram(t, 120, 40)
	waitForText(t, tm, "Actors (12)")
	sendKeys(tm, "F", "F")
	waitForText(t, tm, "showing 2 actors: governments")
	waitForText(t, tm, "Actors (2 of 12)")
	sendKeys(tm, "/")
	tm.Type("krem")
	waitForText(t, tm, "Actors (1 of 12)")
	sendKeys(tm, "enter", "q")
	final := tm.app(t)
	if len(final.matrix.actors) != 1 || final.ix.names[final.matrix.actors[0]] != "The Kremlin" {
		t.Fatalf("matrix shows %v", final.matrix.actors)
	}
}

// TestE2ECopyAndExport: copy a sentence with its citation, then export the
// matrix to a file named in the prompt.
func TestE2ECopyAndExport(t *testing.T) {
	out := filepath.Join(t.TempDir(), "matrix.csv")
	tm := startTestProgram(t, 200, 60)
	waitForText(t, tm, "Articles (4)")
	sendKeys(tm, "4", "n", "y")
	waitForText(t, tm, "copied with its citation")
	sendKeys(tm, "X")
	waitForText(t, tm, "export the matrix as filtered to")
	tm.Type(out)
	sendKeys(tm, "enter")
	waitForText(t, tm, "exported to "+out)
	sendKeys(tm, "q")
	tm.app(t)
	data, err := os.ReadFile(out)
	if err != nil || !strings.Contains(string(data), "Radosław Sikorski,person,Foreign Minister of Poland,open,for") {
		t.Fatalf("export: %v\n%s", err, data)
	}
}
