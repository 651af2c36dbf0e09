package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// i in the reader explains the sentence n/N is on, from the loader's why,
// and says so when none was recorded; a second i closes it.
func TestReaderExplainsTheCurrentSentence(t *testing.T) {
	c := fixtureCorpus()
	explained := 0
	for i := range c.Actors {
		for j := range c.Actors[i].Positions {
			for k := range c.Actors[i].Positions[j].Evidence {
				e := &c.Actors[i].Positions[j].Evidence[k]
				if e.Text == sTuskRules {
					e.Why = &model.Why{Frame: "exclude: rule out", Holder: "the subject", Steps: []string{"negated by 'not'"}, Topic: "the proposal is its object"}
					explained++
				}
			}
		}
	}
	if explained == 0 {
		t.Fatal("fixture lacks the sentence")
	}
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, tea.WindowSizeMsg{Width: 120, Height: 40})
	send(t, a, a.loadCmd()())
	screen := func() string { return ansi.Strip(a.View().Content) }

	press(t, a, "4", "i")
	if s := screen(); !strings.Contains(s, "Why (i closes)") || !strings.Contains(s, "n: go to a highlighted sentence") {
		t.Fatalf("i before n:\n%s", s)
	}
	for range 4 {
		if a.currentEvidence() == sTuskRules {
			break
		}
		press(t, a, "n")
	}
	if a.currentEvidence() != sTuskRules {
		t.Fatalf("n never reached %q", sTuskRules)
	}
	s := screen()
	for _, want := range []string{"Donald Tusk: Rules out", "as the subject", "frame exclude: rule out", "negated", "topic: the proposal is its object"} {
		if !strings.Contains(s, want) {
			t.Errorf("why panel lacks %q:\n%s", want, s)
		}
	}
	if !strings.Contains(s, sTuskRules[:30]) {
		t.Errorf("the sentence explained is not in view:\n%s", s)
	}
	press(t, a, "n")
	if s := screen(); !strings.Contains(s, "(no explanation recorded)") {
		t.Errorf("evidence without a why:\n%s", s)
	}
	press(t, a, "i")
	if s := screen(); strings.Contains(s, "Why (i closes)") {
		t.Errorf("second i left the panel open:\n%s", s)
	}
}

func TestCompactFrame(t *testing.T) {
	if got := compactFrame("against oppose~|reject~|condemn~|slam~ *3 {P}"); got != "against oppose~|reject~|… *3 {P}" {
		t.Errorf("compactFrame = %q", got)
	}
	if got := compactFrame("exclude rule~ *3 out"); got != "exclude rule~ *3 out" {
		t.Errorf("a short frame changed: %q", got)
	}
}
