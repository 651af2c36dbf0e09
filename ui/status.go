package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// statusLine: where the reader is, its actor filter, the article's position
// counts and the latest notice on the left; warnings on the right.
func (a *App) statusLine() string {
	if a.prompt != nil {
		return a.promptLine()
	}
	var parts []string
	if !a.dates.IsZero() {
		parts = append(parts, "dates "+a.dates.String()+" (d)")
	}
	if a.outlet != "" {
		parts = append(parts, "outlet "+model.CleanLine(a.outlet)+" (o)")
	}
	if n := len(a.ix.titles); n > 0 {
		parts = append(parts, fmt.Sprintf("article %d/%d", a.reader.Article()+1, n))
		var counts []string
		c := a.ix.articleCounts[a.reader.Article()]
		for _, st := range stanceOrder {
			if st != model.None && c[stanceSlot(st)] > 0 {
				counts = append(counts, a.styles.Stance(st).Render(fmt.Sprintf("%s%d", glyph(st), c[stanceSlot(st)])))
			}
		}
		if len(counts) > 0 {
			parts = append(parts, strings.Join(counts, " "))
		}
	}
	if act := a.reader.Actor(); act >= 0 {
		parts = append(parts, "actor: "+a.ix.names[act]+" (a: all)")
	}
	if a.notice != "" {
		parts = append(parts, a.notice)
	}
	left := a.styles.Status.Render(strings.Join(parts, " · "))
	right := ""
	if n := len(a.warnings); n > 0 {
		right = a.styles.StatusWarn.Render(fmt.Sprintf(" ⚠ %d (w): %s", n, a.warnings[n-1]))
		// Warnings get at most half the line; the reader's state comes first.
		right = ansi.Truncate(right, a.width/2, "…")
	}
	room := max(a.width-ansi.StringWidth(right), 0)
	return fit(left, room) + right
}
