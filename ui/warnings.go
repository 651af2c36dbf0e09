package ui

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// warningsList is the warnings as the warnings screen shows them: a
// reason shared by several files once, with its files under it, then the
// warnings that stand alone, in the order the loader gave them. The rows
// are made once per load; a frame draws only the visible ones, so 100,000
// warnings open as fast as ten.
type warningsList struct {
	rows   []warnRow
	offset int
	height int
	keys   NavKeyMap
}

type warnRow struct {
	text string
	head bool // a group's reason or a lone warning: marked with ⚠
}

// groupWarnings groups warnings "NAME: reason" by reason. The name ends at
// the first ": " (after the closing quote of a quoted name): reasons hold
// ": " too ("internal error: ..."), and a path with ": " in it only stays
// out of a group. Warnings are already cleaned.
func groupWarnings(ws []string) warningsList {
	type group struct {
		reason string
		names  []string
		first  string // the whole warning, shown as is when alone
	}
	var groups []*group
	byReason := map[string]*group{}
	for _, w := range ws {
		i := nameEnd(w)
		if i < 0 {
			groups = append(groups, &group{first: w})
			continue
		}
		name, reason := w[:i], w[i+2:]
		g := byReason[reason]
		if g == nil {
			g = &group{reason: reason, first: w}
			byReason[reason] = g
			groups = append(groups, g)
		}
		g.names = append(g.names, name)
	}
	l := warningsList{keys: DefaultNavKeyMap()}
	for _, g := range groups {
		if len(g.names) <= 1 {
			l.rows = append(l.rows, warnRow{text: g.first, head: true})
			continue
		}
		l.rows = append(l.rows, warnRow{text: fmt.Sprintf("%s files: %s", thousands(len(g.names)), g.reason), head: true})
		for _, n := range g.names {
			l.rows = append(l.rows, warnRow{text: "  " + n})
		}
	}
	return l
}

// nameEnd is where the name of a warning ends, or -1.
func nameEnd(w string) int {
	from := 0
	if strings.HasPrefix(w, `"`) {
		if q, err := strconv.QuotedPrefix(w); err == nil {
			from = len(q)
		}
	}
	i := strings.Index(w[from:], ": ")
	if i < 0 {
		return -1
	}
	return from + i
}

// thousands writes n with commas: 3,412.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func (l *warningsList) setHeight(h int) {
	l.height = max(h, 0)
	l.clamp()
}

func (l *warningsList) clamp() {
	l.offset = min(max(l.offset, 0), max(len(l.rows)-l.height, 0))
}

// update scrolls on the movement keys and reports whether k was one.
func (l *warningsList) update(k tea.KeyPressMsg) bool {
	page := max(l.height-1, 1)
	switch {
	case key.Matches(k, l.keys.Up):
		l.offset--
	case key.Matches(k, l.keys.Down):
		l.offset++
	case key.Matches(k, l.keys.Top):
		l.offset = 0
	case key.Matches(k, l.keys.Bottom):
		l.offset = len(l.rows)
	case key.Matches(k, l.keys.PageUp):
		l.offset -= page
	case key.Matches(k, l.keys.PageDown):
		l.offset += page
	default:
		return false
	}
	l.clamp()
	return true
}

func (l *warningsList) scroll(d int) {
	l.offset += d
	l.clamp()
}

// view is the visible rows, styled.
func (l *warningsList) view(st *Styles) []string {
	end := min(l.offset+l.height, len(l.rows))
	lines := make([]string, 0, max(end-l.offset, 0))
	for _, r := range l.rows[l.offset:end] {
		if r.head {
			lines = append(lines, st.StatusWarn.Render("⚠ ")+r.text)
		} else {
			lines = append(lines, st.Dim.Render(r.text))
		}
	}
	return lines
}

// where says which rows are shown, when they do not all fit: "rows 1-20 of 512".
func (l *warningsList) where() string {
	if len(l.rows) <= l.height || l.height == 0 {
		return ""
	}
	return fmt.Sprintf(" · rows %d-%d of %d", l.offset+1, min(l.offset+l.height, len(l.rows)), len(l.rows))
}
