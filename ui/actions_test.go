package ui

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// y copies the sentence in view with its citation, through OSC 52, and
// says so.
func TestCopyCitation(t *testing.T) {
	a := newTestApp(t, 120, 40)
	if cmd := a.copyCitation(); cmd != nil || !strings.Contains(a.notice, "no sentence chosen") {
		t.Fatalf("copy with no sentence: %q", a.notice)
	}
	press(t, a, "4", "n", "n")
	cmd := a.copyCitation()
	if cmd == nil {
		t.Fatal("no clipboard command")
	}
	want := "“Prime Minister Donald Tusk ruled out any Polish deployment.” (Donald Tusk, rules out) — Notes from Poland, " +
		"“Poland weighs the troops debate”, articles/warsaw.txt, bytes 102-161"
	if got := fmt.Sprint(cmd()); got != want {
		t.Errorf("clipboard gets\n%q\nwant\n%q", got, want)
	}
	if !strings.Contains(a.notice, "copied with its citation") {
		t.Errorf("notice %q", a.notice)
	}
}

// p opens the article, cleaned, in the pager at the sentence's line.
func TestPagerCommand(t *testing.T) {
	t.Setenv("PAGER", "less -R")
	a := newTestApp(t, 120, 40)
	press(t, a, "]", "]", "]", "4", "n") // the hostile article, on its second line
	cmd := a.pagerCommand()
	if strings.Join(cmd.Args, " ") != "less -R +3" {
		t.Errorf("pager args %q", cmd.Args)
	}
	text, _ := io.ReadAll(cmd.Stdin)
	if strings.ContainsRune(string(text), 0x1b) || !strings.Contains(string(text), "The Kremlin opposes") {
		t.Errorf("pager input %q", text)
	}
}

// X exports the matrix as filtered, or the open dossier, to a new file
// outside the article folders.
func TestExport(t *testing.T) {
	dir, articles := t.TempDir(), t.TempDir()
	a := newTestApp(t, 120, 40)
	a.opt.Roots = []string{articles}
	press(t, a, "F", "F", "X")
	out := filepath.Join(dir, "govts.md")
	typeText(t, a, out)
	if view := ansi.Strip(a.View().Content); !strings.Contains(view, "export the matrix as filtered to") || !strings.Contains(view, "enter export • esc cancel") {
		t.Errorf("no prompt, or no help for it:\n%s", view)
	}
	press(t, a, "enter")
	data, err := os.ReadFile(out)
	if err != nil || a.notice != "exported to "+out {
		t.Fatalf("export: %v, notice %q", err, a.notice)
	}
	md := string(data)
	if !strings.Contains(md, "**Government of Poland**") || strings.Contains(md, "Donald Tusk**") || !strings.Contains(md, "(filter: governments)") {
		t.Errorf("export:\n%s", md)
	}
	press(t, a, "X")
	typeText(t, a, out)
	press(t, a, "enter")
	if !strings.Contains(a.notice, "exists: choose a new name") {
		t.Errorf("overwrote: %q", a.notice)
	}
	press(t, a, "X")
	typeText(t, a, filepath.Join(articles, "sub", "x.csv"))
	press(t, a, "enter")
	if !strings.Contains(a.notice, "inside the article folder") {
		t.Errorf("wrote into the articles: %q", a.notice)
	}
	press(t, a, "2", "j", "d", "X")
	csvOut := filepath.Join(dir, "kremlin.csv") // the second government
	typeText(t, a, csvOut)
	press(t, a, "enter")
	if data, err := os.ReadFile(csvOut); err != nil || !strings.Contains(string(data), "The Kremlin,opposes,The Kremlin opposes any deployment of Western troops.,Evil Source,,Hostile file,articles/hostile.txt,29,85") {
		t.Errorf("dossier CSV: %v\n%s", err, data)
	}
	press(t, a, "X", "esc")
	if a.prompt != nil || a.notice != "export cancelled" {
		t.Errorf("esc: prompt %v, %q", a.prompt != nil, a.notice)
	}
}

// An export of a view narrowed by the search, an outlet and dates says so.
func TestExportNamesEveryNarrowing(t *testing.T) {
	out := filepath.Join(t.TempDir(), "view.md")
	a := datedApp(t, 120, 40)
	press(t, a, "o", "o", "D") // Le Monde
	typeText(t, a, "2025")
	press(t, a, "enter", "2", "/")
	typeText(t, a, "macron")
	press(t, a, "enter", "3", "X")
	typeText(t, a, out)
	press(t, a, "enter")
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("export: %v, notice %q", err, a.notice)
	}
	if want := `(filter: search "macron", dates 2025-01-01..2025-12-31, outlet Le Monde)`; !strings.Contains(string(data), want) {
		t.Errorf("export lacks %q:\n%s", want, data)
	}
}
