package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// fit truncates a (possibly styled) line to w cells and pads it to exactly w.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	s = ansi.Truncate(s, w, "…")
	if pad := w - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// fitLines makes content exactly w x h: every line fitted, missing lines
// blank, extra lines dropped.
func fitLines(lines []string, w, h int) []string {
	out := make([]string, max(h, 0))
	for i := range out {
		if i < len(lines) {
			out[i] = fit(lines[i], w)
		} else {
			out[i] = strings.Repeat(" ", max(w, 0))
		}
	}
	return out
}

// box draws content (already w x h inner cells) inside the style's border,
// with the title set into the top edge. The result is exactly
// w+frameW x h+frameH cells.
func box(st lipgloss.Style, titleStyle lipgloss.Style, title string, lines []string, w, h int) string {
	if w < 0 || h < 0 {
		return ""
	}
	b := st.GetBorderStyle()
	borderFg := lipgloss.NewStyle().Foreground(st.GetBorderTopForeground())
	edge := func(s string) string { return borderFg.Render(s) }
	var out strings.Builder
	// Top edge: corner, a dash, the title, dashes to fill, corner.
	label := ""
	if w >= 3 && title != "" {
		label = titleStyle.Render(ansi.Truncate(" "+title+" ", w-1, "…"))
	}
	if w >= 1 {
		out.WriteString(edge(b.TopLeft + b.Top))
		out.WriteString(label)
		out.WriteString(edge(strings.Repeat(b.Top, max(w-1-lipgloss.Width(label), 0)) + b.TopRight))
	} else {
		out.WriteString(edge(b.TopLeft + b.TopRight))
	}
	left, right := edge(b.Left), edge(b.Right) // rendered once, not once per line
	for _, l := range fitLines(lines, w, h) {
		out.WriteString("\n")
		out.WriteString(left)
		out.WriteString(l)
		out.WriteString(right)
	}
	out.WriteString("\n" + edge(b.BottomLeft+strings.Repeat(b.Bottom, max(w, 0))+b.BottomRight))
	return out.String()
}
