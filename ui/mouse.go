package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// wheelStep is how many rows one wheel notch scrolls.
const wheelStep = 3

// paneAt is the pane drawn at (x, y), if any.
func (a *App) paneAt(x, y int) (paneID, bool) {
	switch a.geometry.mode {
	case modeWide:
		for i, r := range a.geometry.panes {
			if r.contains(x, y) {
				return paneID(i), true
			}
		}
	case modeTabs:
		if a.geometry.panes[a.focused].contains(x, y) {
			return a.focused, true
		}
	}
	return 0, false
}

func (a *App) handleClick(m tea.Mouse) tea.Cmd {
	if !a.opt.Mouse || a.loading || a.fatal != nil || a.showWarnings || a.dossier != nil || a.actors.Filtering() {
		return nil
	}
	if a.geometry.mode == modeTabs && a.geometry.tabBar.contains(m.X, m.Y) {
		a.clickTab(m.X)
		return nil
	}
	id, ok := a.paneAt(m.X, m.Y)
	if !ok {
		return nil
	}
	a.focus(id)
	r := a.geometry.panes[id]
	st := a.styles.Pane
	x, y := m.X-r.x-st.GetBorderLeftSize(), m.Y-r.y-st.GetBorderTopSize()
	if x < 0 || y < 0 {
		return nil
	}
	return a.panes()[id].Click(x, y)
}

// clickTab focuses the tab under x; tabs are laid out as tabBar draws them.
func (a *App) clickTab(x int) {
	pos := 0
	for i, label := range a.tabLabels() {
		w := ansi.StringWidth(label) + ansi.StringWidth(tabSeparator)
		if x < pos+w {
			a.focus(paneID(i))
			return
		}
		pos += w
	}
}

func (a *App) handleWheel(m tea.Mouse) {
	if !a.opt.Mouse || a.loading {
		return
	}
	if a.fatal != nil || a.showWarnings {
		switch m.Button {
		case tea.MouseWheelUp:
			a.warnList.scroll(-wheelStep)
		case tea.MouseWheelDown:
			a.warnList.scroll(wheelStep)
		}
		return
	}
	if a.dossier != nil {
		return
	}
	id, ok := a.paneAt(m.X, m.Y)
	if !ok {
		return
	}
	switch m.Button {
	case tea.MouseWheelUp:
		a.panes()[id].Scroll(-wheelStep)
	case tea.MouseWheelDown:
		a.panes()[id].Scroll(wheelStep)
	}
}
