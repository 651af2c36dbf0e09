package ui

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// updateGoldens reports the -update flag, which teatest's golden package
// already defines (so this package must not define it again).
func updateGoldens() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGolden compares got with testdata/name.golden, or rewrites it with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if updateGoldens() {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui/ -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file (run with -update and read the diff):\n%s", name, got)
	}
}

// checkFrame asserts that a stripped view is exactly w x h cells.
func checkFrame(t *testing.T, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw != w {
			t.Errorf("%dx%d: line %d is %d cells wide: %q", w, h, i, lw, l)
		}
	}
}

func TestGoldenViews(t *testing.T) {
	sizes := [][2]int{{80, 24}, {120, 40}, {200, 60}}
	for _, sz := range sizes {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			a := newTestApp(t, w, h)
			view := ansi.Strip(a.View().Content)
			checkFrame(t, view, w, h)
			checkGolden(t, fmt.Sprintf("app_%dx%d", w, h), view)
		})
	}
}

// TestGoldenStates covers the other screens: search, grid, reader on an
// actor's evidence, full help and warnings.
func TestGoldenStates(t *testing.T) {
	cases := []struct {
		name string
		w, h int
		keys []string
		text string
	}{
		{name: "search_120x40", w: 120, h: 40, keys: []string{"2", "/"}, text: "melenchon"},
		{name: "grid_120x40", w: 120, h: 40, keys: []string{"3", "v", "l", "j"}},
		{name: "matrix_80x24", w: 80, h: 24, keys: []string{"3", "l", "l", "l"}},
		{name: "evidence_120x40", w: 120, h: 40, keys: []string{"3", "enter", "n"}},
		{name: "reader_80x24", w: 80, h: 24, keys: []string{"4", "n", "n"}},
		{name: "help_120x40", w: 120, h: 40, keys: []string{"?"}},
		{name: "warnings_80x24", w: 80, h: 24, keys: []string{"w"}},
		{name: "hostile_120x40", w: 120, h: 40, keys: []string{"]", "]", "]", "4", "n"}},
		{name: "dossier_80x24", w: 80, h: 24, keys: []string{"3", "d"}},
		{name: "dossier_200x60", w: 200, h: 60, keys: []string{"3", "j", "j", "j", "d"}},
		{name: "filtered_80x24", w: 80, h: 24, keys: []string{"3", "F", "F"}},
		{name: "filtered_200x60", w: 200, h: 60, keys: []string{"f", "f", "f", "f", "f", "x"}},
		{name: "grid_200x60", w: 200, h: 60, keys: []string{"3", "v", "l", "l", "j"}},
		{name: "help_80x24", w: 80, h: 24, keys: []string{"?"}},
		{name: "find_80x24", w: 80, h: 24, keys: []string{"]", "4", "/"}, text: "troops"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := newTestApp(t, c.w, c.h)
			press(t, a, c.keys...)
			typeText(t, a, c.text)
			view := ansi.Strip(a.View().Content)
			checkFrame(t, view, c.w, c.h)
			checkGolden(t, c.name, view)
		})
	}
}

func TestSmallSizesDoNotPanic(t *testing.T) {
	a := newTestApp(t, 0, 0)
	for _, sz := range [][2]int{{0, 0}, {1, 1}, {20, 5}, {39, 9}, {40, 10}, {99, 30}, {100, 30}} {
		send(t, a, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		view := a.View().Content
		if sz[0] >= minWidth && sz[1] >= minHeight {
			checkFrame(t, ansi.Strip(view), sz[0], sz[1])
		}
		if sz[0] == 20 && !strings.Contains(ansi.Strip(view), "too small") {
			t.Errorf("20x5 does not say the terminal is too small:\n%s", view)
		}
	}
}

// TestRandomSizesAndKeys resizes and presses keys at random: no panic, and
// every usable size fills the screen exactly.
func TestRandomSizesAndKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := []string{"tab", "shift+tab", "j", "k", "G", "g", "n", "N", "]", "[", "enter", "v", "l", "h", "a", "pgdown", "pgup", "?", "1", "2", "3", "4", "w", "esc",
		"f", "F", "t", "x", "s", "d", "D", "y", "o", "i", "/", "space", "b"}
	a := newTestApp(t, 80, 24)
	for i := 0; i < 400; i++ {
		w, h := rng.IntN(220), rng.IntN(70)
		send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
		press(t, a, keys[rng.IntN(len(keys))])
		view := ansi.Strip(a.View().Content)
		if w >= minWidth && h >= minHeight {
			checkFrame(t, view, w, h)
		}
	}
}
