package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// rowStyle is the style of a list row: the cursor row stands out, less so
// when its pane is not focused.
func rowStyle(st *Styles, cursor, focused bool) lipgloss.Style {
	switch {
	case cursor && focused:
		return st.Selected
	case cursor:
		return st.SelectedDim
	}
	return lipgloss.NewStyle()
}

// moveByKey applies the shared movement keys to a list and reports whether
// the key was one of them.
func moveByKey(s *scroller, k tea.KeyPressMsg, nav NavKeyMap) bool {
	switch {
	case key.Matches(k, nav.Up):
		s.move(-1)
	case key.Matches(k, nav.Down):
		s.move(1)
	case key.Matches(k, nav.Top):
		s.set(0)
	case key.Matches(k, nav.Bottom):
		s.set(s.n - 1)
	case key.Matches(k, nav.PageUp):
		s.page(-1)
	case key.Matches(k, nav.PageDown):
		s.page(1)
	default:
		return false
	}
	return true
}
