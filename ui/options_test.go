package ui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

func TestNoColorHasNoColours(t *testing.T) {
	a := newTestApp(t, 120, 40) // built with noColor
	press(t, a, "4", "n")
	v := a.View().Content
	if strings.Contains(v, "38;") || strings.Contains(v, "48;") {
		t.Error("NO_COLOR view has colour sequences")
	}
	for _, g := range []string{"◐", "■"} {
		if !strings.Contains(v, g) {
			t.Errorf("glyph %s missing without colour", g)
		}
	}
}

func TestThemeOptionOverridesBackground(t *testing.T) {
	c := fixtureCorpus()
	load := func(func(int, int)) (*model.Corpus, error) { return c, nil }
	light := newApp(load, Options{Theme: "light"}, false)
	send(t, light, tea.BackgroundColorMsg{Color: color.Black})
	if light.dark {
		t.Error("--theme light switched to dark on a dark background report")
	}
	guess := newApp(load, Options{}, false)
	send(t, guess, tea.BackgroundColorMsg{Color: color.White})
	if guess.dark {
		t.Error("a white background did not select the light theme")
	}
}

func TestMouseOnlyWhenEnabled(t *testing.T) {
	for _, mouse := range []bool{false, true} {
		c := fixtureCorpus()
		a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Mouse: mouse}, true)
		send(t, a, windowSize(120, 40))
		send(t, a, a.loadCmd()())
		r := a.geometry.panes[paneActors]
		// Third actor row: border, then rows 0, 1, 2.
		send(t, a, tea.MouseClickMsg{X: r.x + 2, Y: r.y + 3, Button: tea.MouseLeft})
		if got := a.focused == paneActors && a.actors.list.cursor == 2; got != mouse {
			t.Errorf("mouse=%v: click focused %d selected row %d", mouse, a.focused, a.actors.list.cursor)
		}
		if (a.View().MouseMode != tea.MouseModeNone) != mouse {
			t.Errorf("mouse=%v: view mouse mode %v", mouse, a.View().MouseMode)
		}
		send(t, a, tea.MouseWheelMsg{X: r.x + 2, Y: r.y + 3, Button: tea.MouseWheelDown})
	}
}

// In tab mode a click anywhere on a tab, its last letter included, opens
// that tab's pane: the tabs are found on the screen as drawn.
func TestClickOnTabOpensItsPane(t *testing.T) {
	c := fixtureCorpus()
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Mouse: true}, true)
	send(t, a, windowSize(80, 24))
	send(t, a, a.loadCmd()())
	bar := ansi.Strip(strings.SplitN(a.View().Content, "\n", 2)[0])
	for i, name := range []string{"Articles", "Actors", "Matrix", "Reader"} {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		at := strings.Index(bar, label)
		if at < 0 {
			t.Fatalf("tab %q not in bar %q", label, bar)
		}
		last := ansi.StringWidth(bar[:at]) + ansi.StringWidth(label) - 2 // the name's last letter
		send(t, a, tea.MouseClickMsg{X: last, Y: 0, Button: tea.MouseLeft})
		if a.focused != paneID(i) {
			t.Errorf("click at column %d on %q focused pane %d", last, label, a.focused)
		}
	}
}
