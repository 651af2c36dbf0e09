package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// statusLine: where the reader is and the latest notice first (what a key
// just did), then the actor shown, the article's position counts and the
// filters; warnings on the right.
func (a *App) statusLine() string {
	if a.prompt != nil {
		return fit(a.promptLine(), a.width)
	}
	if a.datePrompt != nil {
		return a.rangePromptLine()
	}
	var parts []string
	if n := len(a.ix.titles); n > 0 {
		parts = append(parts, fmt.Sprintf("article %d/%d", a.reader.Article()+1, n))
	}
	if a.notice != "" {
		parts = append(parts, a.notice)
	}
	if act := a.reader.Actor(); act >= 0 {
		parts = append(parts, "actor: "+a.ix.names[act]+" (a: all)")
	}
	if len(a.ix.titles) > 0 {
		var counts []string
		c := a.ix.articleCounts[a.reader.Article()]
		for _, st := range stanceOrder {
			if st != model.None && c[stanceSlot(st)] > 0 {
				counts = append(counts, a.styles.Stance(st).Render(fmt.Sprintf("%s%d", glyph(st), c[stanceSlot(st)])))
			}
		}
		if len(counts) > 0 {
			parts = append(parts, "positions here "+strings.Join(counts, " "))
		}
	}
	if d := a.filter.describe(); d != "" {
		parts = append(parts, "filter: "+d)
	}
	if !a.dates.IsZero() {
		parts = append(parts, "dates "+a.dates.String()+" (D)")
	}
	if a.outlet != "" {
		parts = append(parts, "outlet "+model.CleanLine(a.outlet)+" (o)")
	}
	left := a.styles.Status.Render(strings.Join(parts, " · "))
	right := ""
	if n := len(a.warnings); n > 0 {
		right = fmt.Sprintf(" ⚠ %d (w)", n)
		if a.width >= 120 { // room for the latest too
			right += ": " + a.warnings[n-1]
		}
		// Warnings get at most half the line; the reader's state comes first.
		right = ansi.Truncate(a.styles.StatusWarn.Render(right), a.width/2, "…")
	}
	room := max(a.width-ansi.StringWidth(right), 0)
	return fit(left, room) + right
}
