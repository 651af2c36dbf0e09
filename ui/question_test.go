package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// twoQuestionCorpus is the fixture read for two questions: on "troops" as
// the fixture says; on "missiles" only Donald Tusk takes a position
// (supports, on his troops sentence), every other actor none.
func twoQuestionCorpus() *model.Corpus {
	c := fixtureCorpus()
	c.Questions = []model.QuestionInfo{{ID: "troops", Text: c.Question}, {ID: "missiles", Text: "Should missiles be supplied?"}}
	for i := range c.Actors {
		a := &c.Actors[i]
		n := len(a.Positions)
		for j := range n {
			p := &a.Positions[j]
			p.Question = "troops"
			m := model.Position{File: p.File, Stance: model.None, Question: "missiles"}
			for _, e := range p.Evidence {
				if a.Name == "Donald Tusk" && e.Text == sTuskRules {
					e.Stance = model.Supports
					m.Stance = model.Supports
				} else {
					e.Stance = model.None
				}
				m.Evidence = append(m.Evidence, e)
			}
			a.Positions = append(a.Positions, m)
		}
	}
	return c
}

// m switches the matrix, the actors' glyphs and the reader's highlights to
// the next question, says which is shown in the matrix title, and comes
// back after the last.
func TestE2EQuestionSwitch(t *testing.T) {
	c := twoQuestionCorpus()
	tm := startTestProgramWith(t, c, 120, 40)
	waitForText(t, tm, "troops 1/2 (m)")
	sendKeys(tm, "m")
	waitForText(t, tm, "missiles 2/2 (m)")
	sendKeys(tm, "q")
	final := tm.app(t)
	if final.question != "missiles" || final.ix.corpus.Question != "Should missiles be supplied?" {
		t.Fatalf("shown question %q (%q)", final.question, final.ix.corpus.Question)
	}
	for _, a := range final.ix.corpus.Actors {
		want := model.None
		if a.Name == "Donald Tusk" {
			want = model.Supports
		}
		if a.Stance != want {
			t.Errorf("on missiles %s is %s, want %s", a.Name, a.Stance, want)
		}
	}
	view := ansi.Strip(final.View().Content)
	if !strings.Contains(view, "▲ Donald Tusk") || strings.Contains(view, "■ Donald Tusk") {
		t.Errorf("the actors' glyphs are not the missiles question's:\n%s", view)
	}
	if !strings.Contains(view, "1 highlighted") {
		t.Errorf("the reader does not highlight the one missiles sentence of article 1:\n%s", view)
	}

	// Back to the first, with the model's own stances.
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, tea.WindowSizeMsg{Width: 120, Height: 40})
	send(t, a, a.loadCmd()())
	press(t, a, "m", "m")
	if a.question != "troops" || !strings.Contains(ansi.Strip(a.View().Content), "troops 1/2 (m)") {
		t.Errorf("m m: question %q", a.question)
	}
}

// With one question, m says so and changes nothing.
func TestQuestionSwitchWithOneQuestion(t *testing.T) {
	a := newTestApp(t, 120, 40)
	press(t, a, "m")
	if !strings.Contains(a.notice, "one question loaded") {
		t.Errorf("notice %q", a.notice)
	}
	if strings.Contains(ansi.Strip(a.View().Content), "(m)") {
		t.Error("the matrix title names a question switch with one question")
	}
}

// With several questions, the help's legend gives the shown question's own
// meanings of the stances.
func TestLegendSpeaksTheQuestionShown(t *testing.T) {
	c := twoQuestionCorpus()
	c.Questions[1].Labels = map[string]string{"rules_out": "says it will not supply its own\x1b[2J"}
	a := newAppWith(t, c, 120, 40)
	press(t, a, "m", "?")
	view := ansi.Strip(a.View().Content)
	if !strings.Contains(view, "■ rules out: says it will not supply its own") || !strings.Contains(view, "▼ opposes: no one's troops") {
		t.Errorf("legend on missiles:\n%s", view)
	}
	if strings.Contains(a.View().Content, "\x1b[2J") {
		t.Error("a label's escape reached the screen")
	}
}
