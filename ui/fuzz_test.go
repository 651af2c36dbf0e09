package ui

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/loader"
	"standpoint/model"
)

// fuzzKeys are the keys a fuzz input presses, one per byte.
var fuzzKeys = []string{"tab", "shift+tab", "j", "k", "G", "g", "n", "N", "]", "[", "enter", "v", "l", "h",
	"pgdown", "pgup", "?", "1", "2", "3", "4", "w", "esc", "/", "a", "K", "space", "backspace", "up", "down",
	"f", "F", "t", "x", "s", "d", "D", "y", "o", "i", "b"} // not X: an export would write a file

const fuzzGood = "Troops row in Vilnius\n\nDefence Minister Anna Kowalczyk said Poland will not send troops to Ukraine.\n\n" +
	"President Jean Dupont said France is ready to deploy ground troops to Ukraine.\n"

// leakIn returns what in a rendered view could drive the terminal: an
// escape sequence other than SGR (the only kind the styles emit), a C0 or
// C1 control other than newline, a bidi control, or invalid UTF-8.
func leakIn(view string) (string, bool) {
	for i := 0; i < len(view); {
		if view[i] == 0x1b {
			j := i + 1
			if j < len(view) && view[j] == '[' {
				j++
				for j < len(view) && (view[j] >= '0' && view[j] <= '9' || view[j] == ';' || view[j] == ':') {
					j++
				}
				if j < len(view) && view[j] == 'm' {
					i = j + 1
					continue
				}
			}
			return fmt.Sprintf("escape sequence %q at %d", view[i:min(len(view), i+12)], i), true
		}
		r, size := utf8.DecodeRuneInString(view[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fmt.Sprintf("invalid byte %#x at %d", view[i], i), true
		case r < 0x20 && r != '\n', r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			return fmt.Sprintf("%U at %d", r, i), true
		}
		i += size
	}
	return "", false
}

// FuzzView loads random article text (next to a good article) with the real
// loader, shows it at a random size, presses random keys, and checks every
// frame: no panic, nothing from the file that drives the terminal, and a
// full frame when the size is usable.
func FuzzView(f *testing.F) {
	f.Add([]byte(fuzzGood), uint16(80), uint16(24), []byte{0, 2, 10, 3, 1, 22}, true)
	f.Add([]byte("Hostile \x1b]52;c;aGVsbG8=\x07title\x1b[2J\n\nMinister \u202eAnna\u202c Kowalczyk said Poland will \x1b]0;x\x07not send troops to Ukraine.\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\\rNATO\u0085 said \u009b31m no.\x07\n"),
		uint16(120), uint16(40), []byte{19, 6, 6, 7, 17, 6, 21, 22, 23, 24, 25}, false)
	f.Add([]byte("\xef\xbb\xbfCaf\xe9 \xff\xfe\r\nPresident Jean Dupont said France is ready to deploy troops.\r\n"), uint16(40), uint16(10), []byte{8, 8, 9, 18, 13, 11}, true)
	f.Add([]byte("\xff\xfeN\x00A\x00T\x00O\x00 \x00s\x00a\x00i\x00d\x00 \x00n\x00o\x00.\x00"), uint16(300), uint16(100), []byte{5, 4, 14, 15}, false)
	f.Add([]byte("李明 said 🇺🇦 troops\u200d\u0301\u0301 e\u0301 ｗｉｄｅ\tTab"), uint16(41), uint16(11), []byte{1, 0, 23, 24, 26, 24}, true)
	f.Add([]byte(""), uint16(0), uint16(0), []byte{}, true)
	f.Add([]byte("Stray \x1b]8;;no end\nMinister Anna Kowalczyk said Poland will not send troops to Ukraine.\ncaf\x1b\xc3\xa9 Pu\u200btin \ufeff\u00ad\U000E0041 a\u2028b\n"),
		uint16(100), uint16(30), []byte{19, 6, 20, 2, 3}, true)
	f.Add([]byte(strings.Repeat("Minister Tom Reed said Britain will not send troops. ", 40)), uint16(39), uint16(9), []byte{6, 20, 6}, true)
	f.Fuzz(func(t *testing.T, text []byte, w, h uint16, keys []byte, noColor bool) {
		width, height := int(w%301), int(h%101)
		fsys := fstest.MapFS{"a.txt": {Data: text}, "good.txt": {Data: []byte(fuzzGood)}}
		c, err := loader.LoadFS(fsys, "fuzz/", loader.Options{Workers: 1})
		a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, err }, Options{Theme: "dark"}, noColor)
		send(t, a, tea.WindowSizeMsg{Width: width, Height: height})
		check := func(when string) {
			t.Helper()
			view := a.View().Content
			if what, bad := leakIn(view); bad {
				t.Fatalf("%s at %dx%d: the view holds %s", when, width, height, what)
			}
			if width >= minWidth && height >= minHeight {
				lines := strings.Split(ansi.Strip(view), "\n")
				if len(lines) != height {
					t.Fatalf("%s at %dx%d: %d lines", when, width, height, len(lines))
				}
				for i, l := range lines {
					if lw := ansi.StringWidth(l); lw != width {
						t.Fatalf("%s at %dx%d: line %d is %d cells: %q", when, width, height, i, lw, l)
					}
				}
			}
		}
		check("loading")
		send(t, a, a.loadCmd()())
		check("loaded")
		if len(keys) > 24 {
			keys = keys[:24]
		}
		for i, k := range keys {
			send(t, a, keyMsg(fuzzKeys[int(k)%len(fuzzKeys)]))
			check(fmt.Sprintf("after key %d (%s)", i, fuzzKeys[int(k)%len(fuzzKeys)]))
		}
	})
}

// A panic in a command must end the program with tea.ErrProgramPanic (and
// the terminal restored), not hang it. The app runs under a wrapper whose
// command panics once the corpus has loaded.
type panicModel struct {
	*App
	where string
}

type boomMsg struct{}

func (m panicModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg.(type) {
	case loadedMsg:
		m.App.Update(msg)
		switch m.where {
		case "cmd":
			return m, func() tea.Msg { panic("boom in a command") }
		case "update":
			return m, func() tea.Msg { return boomMsg{} }
		}
	case boomMsg:
		panic("boom in update")
	}
	_, cmd := m.App.Update(msg)
	return m, cmd
}

func TestPanicEndsProgram(t *testing.T) {
	// Bubble Tea prints the recovered panic to os.Stderr: keep it out of
	// the test output.
	stderr := os.Stderr
	if f, err := os.Create(filepath.Join(t.TempDir(), "stderr")); err == nil {
		os.Stderr = f
		defer func() { os.Stderr = stderr; f.Close() }()
	}
	for _, where := range []string{"cmd", "update"} {
		t.Run(where, func(t *testing.T) {
			c := fixtureCorpus()
			app := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
			var out bytes.Buffer
			p := tea.NewProgram(panicModel{app, where}, tea.WithInput(bytes.NewReader(nil)), tea.WithOutput(&out),
				tea.WithWindowSize(80, 24), tea.WithoutSignalHandler())
			done := make(chan error, 1)
			go func() {
				_, err := p.Run()
				done <- err
			}()
			select {
			case err := <-done:
				if !errors.Is(err, tea.ErrProgramPanic) {
					t.Errorf("Run returned %v, want tea.ErrProgramPanic", err)
				}
			case <-time.After(10 * time.Second):
				p.Kill()
				t.Fatal("the program hangs after a panic")
			}
		})
	}
}

// A panic inside the loader's worker goroutines (here from the progress
// callback during analysis, which runs on them) must be recovered and
// reported, not kill the process with the terminal left in raw mode.
func TestLoaderWorkerPanicShownAsError(t *testing.T) {
	fsys := fstest.MapFS{}
	for i := range 8 {
		fsys[fmt.Sprintf("f%d.txt", i)] = &fstest.MapFile{Data: []byte(fuzzGood)}
	}
	load := func(progress func(int, int)) (*model.Corpus, error) {
		return loader.LoadFS(fsys, "", loader.Options{Workers: 4, Progress: func(done, total int) {
			if done > total/2 {
				panic("boom in analysis")
			}
		}})
	}
	a := newApp(load, Options{Theme: "dark"}, true)
	send(t, a, tea.WindowSizeMsg{Width: 80, Height: 24})
	send(t, a, a.loadCmd()())
	// Shown as the load's error, or as a warning for the files it cost.
	shown := a.fatal != nil && strings.Contains(a.fatal.Error(), "boom in analysis")
	for _, w := range a.warnings {
		shown = shown || strings.Contains(w, "boom in analysis")
	}
	if !shown {
		t.Errorf("the panic is not reported:\n%s", ansi.Strip(a.View().Content))
	}
}
