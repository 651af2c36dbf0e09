package ui

import (
	"fmt"
	"os"
	"os/exec"
	"strings"

	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// The actions on the sentence in view: copy it with its citation (OSC 52),
// open its article at it in $PAGER or $EDITOR. All I/O runs in commands.

// currentSentence is the sentence the user is on: the dossier's cursor, else
// the reader's current evidence; its actor is the one shown, else the first
// holding a stance in it.
func (a *App) currentSentence() (art, actor int, e model.Evidence, ok bool) {
	art, si := -1, -1
	switch {
	case a.dossier != nil && len(a.dossier.entries) > 0:
		en := a.dossier.entries[a.dossier.cursor]
		art, si, actor = en.article, en.span, a.dossier.actor
	case a.reader.hit >= 0:
		art, si, actor = a.reader.Article(), a.reader.active[a.reader.hit].span, a.reader.Actor()
	}
	if art < 0 || si < 0 {
		return 0, 0, e, false
	}
	sp := a.ix.spans[art][si]
	for _, sa := range sp.actors {
		if actor < 0 && sa.stance != model.None || sa.actor == actor {
			actor = sa.actor
			e = model.Evidence{Start: sp.start, End: sp.end, Stance: sa.stance, Text: a.ix.corpus.Articles[art].Text[sp.start:sp.end]}
			return art, actor, e, true
		}
	}
	return 0, 0, e, false
}

const noSentence = "no sentence chosen: n moves to one in the reader, j/k in the dossier"

// copyCitation puts the quote and its citation on the clipboard.
func (a *App) copyCitation() tea.Cmd {
	art, actor, e, ok := a.currentSentence()
	if !ok {
		a.notice = noSentence
		return nil
	}
	c := model.Cite(&a.ix.corpus.Actors[actor], e, &a.ix.corpus.Articles[art])
	a.notice = "copied with its citation (OSC 52; some terminals ignore it): " + c.String()
	return tea.SetClipboard(c.String())
}

// execDoneMsg: the pager or editor exited.
type execDoneMsg struct {
	what string
	err  error
}

// editorMsg: the article's file was found on disk; open it there.
type editorMsg struct {
	editor []string
	path   string
	line   int
}

// openPager shows the article, cleaned, in $PAGER (less by default) at the
// line of the sentence; the app resumes when it exits.
func (a *App) openPager() tea.Cmd {
	if len(a.ix.titles) == 0 {
		return nil
	}
	cmd := a.pagerCommand()
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return execDoneMsg{what: cmd.Args[0], err: err} })
}

func (a *App) pagerCommand() *exec.Cmd {
	art, start := a.reader.Article(), -1
	if sArt, _, e, ok := a.currentSentence(); ok {
		art, start = sArt, e.Start
	}
	ct := a.reader.textFor(art)
	line := 1
	if start >= 0 {
		line += strings.Count(ct.text[:cleanOffset(ct, a.ix.spans[art], start)], "\n")
	}
	args := strings.Fields(os.Getenv("PAGER"))
	if len(args) == 0 {
		args = []string{"less"}
	}
	cmd := exec.Command(args[0], append(args[1:], fmt.Sprintf("+%d", line))...)
	cmd.Stdin = strings.NewReader(ct.text) // cleaned: no escapes reach the terminal
	return cmd
}

// cleanOffset maps a raw offset that starts one of the spans to the cleaned text.
func cleanOffset(ct *cleanText, spans []span, raw int) int {
	for i, sp := range spans {
		if sp.start == raw {
			return ct.spans[i].start
		}
	}
	return 0
}

// openEditor opens the article's file in $EDITOR at the sentence's line,
// when the file is on disk (the embedded samples are not).
func (a *App) openEditor() tea.Cmd {
	editor := strings.Fields(os.Getenv("EDITOR"))
	if len(editor) == 0 {
		editor = strings.Fields(os.Getenv("VISUAL"))
	}
	if len(editor) == 0 {
		a.notice = "set $EDITOR to open articles in it (o opens the pager)"
		return nil
	}
	art := a.ix.corpus.Articles[a.reader.Article()]
	line := 1
	if sArt, _, e, ok := a.currentSentence(); ok {
		art = a.ix.corpus.Articles[sArt]
		line += strings.Count(art.Text[:e.Start], "\n")
	}
	path := art.File
	return func() tea.Msg {
		if fi, err := os.Stat(path); err != nil || !fi.Mode().IsRegular() {
			return execDoneMsg{what: "editor", err: fmt.Errorf("%s is not a file on disk (o opens the pager)", model.CleanLine(path))}
		}
		return editorMsg{editor: editor, path: path, line: line}
	}
}

func (a *App) runEditor(m editorMsg) tea.Cmd {
	cmd := exec.Command(m.editor[0], append(m.editor[1:], fmt.Sprintf("+%d", m.line), m.path)...)
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return execDoneMsg{what: m.editor[0], err: err} })
}
