package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// In a corpus of several outlets, an actor whose lean one outlet alone
// reports is marked ¹ in the matrix; one reported by two outlets is not.
func TestMatrixMarksOneOutletLeans(t *testing.T) {
	c := fixtureCorpus()
	outlets := []string{"Baltic Courier", "Danube Herald", "Baltic Courier", "Danube Herald"}
	byFile := map[string]string{}
	for i := range c.Articles {
		c.Articles[i].Outlet = outlets[i%len(outlets)]
		byFile[c.Articles[i].File] = c.Articles[i].Outlet
	}
	for i := range c.Actors {
		for j := range c.Actors[i].Positions {
			c.Actors[i].Positions[j].Outlet = byFile[c.Actors[i].Positions[j].File]
		}
	}
	ix := newCorpusIndex(c)
	marked := 0
	for a := range c.Actors {
		want := len(c.Actors[a].OutletsByStance()[ix.breakdowns[a].Lean]) == 1 && ix.breakdowns[a].Lean != model.None
		if ix.oneOutlet[a] != want {
			t.Errorf("%s: marked %v, want %v", c.Actors[a].Name, ix.oneOutlet[a], want)
		}
		if want {
			marked++
		}
	}
	if marked == 0 {
		t.Fatal("the fixture marks no one: the test checks nothing")
	}
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, tea.WindowSizeMsg{Width: 120, Height: 40})
	send(t, a, a.loadCmd()())
	press(t, a, "3")
	if view := ansi.Strip(a.View().Content); !strings.Contains(view, oneOutletMark) {
		t.Errorf("no %s in the matrix:\n%s", oneOutletMark, view)
	}
}
