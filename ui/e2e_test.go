package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"standpoint/model"
)

func startTestProgram(t *testing.T, w, h int) *teatest.TestModel {
	t.Helper()
	c := fixtureCorpus()
	app := newApp(func(progress func(int, int)) (*model.Corpus, error) {
		progress(len(c.Articles), len(c.Articles))
		return c, nil
	}, Options{Theme: "dark"}, true)
	return teatest.NewTestModel(t, app, teatest.WithInitialTermSize(w, h))
}

func waitForText(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains([]byte(ansi.Strip(string(b))), []byte(text))
	}, teatest.WithDuration(3*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

func sendKeys(tm *teatest.TestModel, keys ...string) {
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
	waitForText(t, tm, "actor: Radosław Sikorski")
	sendKeys(tm, "q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(3*time.Second)).(*App)
	if got := final.reader.Actor(); got < 0 || final.ix.names[got] != "Radosław Sikorski" {
		t.Fatalf("reader actor = %d", got)
	}
	view := ansi.Strip(final.View().Content)
	if !strings.Contains(view, "Foreign minister Radosław Sikorski said that") {
		t.Errorf("reader does not show the evidence:\n%s", view)
	}
	if !strings.Contains(view, "actor: Radosław Sikorski") {
		t.Errorf("status line does not name the actor:\n%s", view)
	}
}

// TestE2EStepAndQuit: step through an article's highlights with n, quit with q.
func TestE2EStepAndQuit(t *testing.T) {
	tm := startTestProgram(t, 80, 24)
	waitForText(t, tm, "Articles (4)")
	sendKeys(tm, "4", "n", "n")
	waitForText(t, tm, "evidence 2/3")
	sendKeys(tm, "q")
	tm.WaitFinished(t, teatest.WithFinalTimeout(3*time.Second))
	final := tm.FinalModel(t).(*App)
	if final.reader.hit != 1 || final.currentEvidence() != sTuskRules {
		t.Fatalf("on hit %d %q", final.reader.hit, final.currentEvidence())
	}
}
