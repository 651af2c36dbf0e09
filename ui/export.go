package ui

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// exportPrompt asks for the file the current view is exported to: the
// dossier when it is open, else the matrix as filtered.
type exportPrompt struct {
	value string
}

// exportDoneMsg: the export was written, or refused.
type exportDoneMsg struct {
	path string
	err  error
}

func (a *App) startExport() {
	a.prompt = &exportPrompt{}
	a.notice = ""
}

// promptKey edits the file name; enter exports, esc gives up.
func (a *App) promptKey(k tea.KeyPressMsg) tea.Cmd {
	p := a.prompt
	keys := a.reader.keys // the same editing keys as the reader's search
	switch {
	case key.Matches(k, keys.FindCancel):
		a.prompt = nil
		a.notice = "export cancelled"
	case key.Matches(k, keys.FindAccept):
		a.prompt = nil
		return a.export(strings.TrimSpace(p.value))
	case key.Matches(k, keys.FindDelete):
		if p.value != "" {
			_, size := utf8.DecodeLastRuneInString(p.value)
			p.value = p.value[:len(p.value)-size]
		}
	case k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
		p.value += k.Text
	}
	return nil
}

// promptLine is the prompt as the status line shows it.
func (a *App) promptLine() string {
	what := "the matrix as filtered"
	if a.dossier != nil {
		what = "this dossier"
	}
	return a.styles.Prompt.Render("export "+what+" to (.md or .csv; enter, esc): ") + a.prompt.value + "▏"
}

// export writes the view, rendered now, to name in a command: the file must
// be new and outside the article folders.
func (a *App) export(name string) tea.Cmd {
	if name == "" {
		a.notice = "export cancelled: no file named"
		return nil
	}
	f, err := model.FormatFor(name)
	if err != nil {
		a.notice = err.Error()
		return nil
	}
	var buf bytes.Buffer
	c := a.ix.corpus
	if a.dossier != nil {
		err = model.WriteDossierReport(&buf, f, c, &a.ix.breakdowns[a.dossier.actor], a.dossier.actor)
	} else {
		err = model.WriteMatrixReport(&buf, f, c, a.ix.breakdowns, a.matrix.actors, a.viewDescription())
	}
	if err != nil {
		a.notice = "export failed: " + err.Error()
		return nil
	}
	roots := a.opt.Roots
	return func() tea.Msg { return exportDoneMsg{path: name, err: writeNew(name, buf.Bytes(), roots)} }
}

// writeNew writes data to a new file that is not inside any of the folders
// articles were read from.
func writeNew(name string, data []byte, roots []string) error {
	if strings.HasPrefix(name, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			name = filepath.Join(home, name[2:])
		}
	}
	dir, err := filepath.Abs(filepath.Dir(name))
	if err != nil {
		return err
	}
	if real, err := filepath.EvalSymlinks(dir); err == nil {
		dir = real
	}
	for _, root := range roots {
		if inside(dir, root) {
			return fmt.Errorf("%s is inside the article folder %s: choose a file elsewhere", name, root)
		}
	}
	out, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if os.IsExist(err) {
			return fmt.Errorf("%s exists: choose a new name", name)
		}
		return err
	}
	if _, err := out.Write(data); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// inside reports whether dir is root's folder (a file root's own folder)
// or below it.
func inside(dir, root string) bool {
	r, err := filepath.Abs(root)
	if err != nil {
		return false
	}
	if real, err := filepath.EvalSymlinks(r); err == nil {
		r = real
	}
	if fi, err := os.Stat(r); err == nil && !fi.IsDir() {
		r = filepath.Dir(r)
	}
	rel, err := filepath.Rel(r, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// viewDescription says what narrows the matrix: the filters, the search,
// the date range and the outlet; "" when nothing does.
func (a *App) viewDescription() string {
	var parts []string
	if d := a.filter.describe(); d != "" {
		parts = append(parts, d)
	}
	if q := a.actors.query; q != "" && a.actors.Hits() != nil {
		parts = append(parts, fmt.Sprintf("search %q", model.CleanLine(q)))
	}
	if !a.dates.IsZero() {
		parts = append(parts, "dates "+a.dates.String())
	}
	if a.outlet != "" {
		parts = append(parts, "outlet "+model.CleanLine(a.outlet))
	}
	return strings.Join(parts, ", ")
}
