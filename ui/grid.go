package ui

import (
	"fmt"
	"strings"
)

// gridCell is the width of one article column of the grid.
const gridCell = 3

// labelWidth is the actor-name column of the grid: a third of the pane,
// within bounds that keep both names and cells readable.
func (p *matrixPane) labelWidth() int {
	return min(max(p.w/3, 8), 28, p.w)
}

// gridView renders actors as rows and articles as columns, one glyph per
// cell, and only the rows and columns that fit.
func (p *matrixPane) gridView() []string {
	if p.w <= 0 || p.h <= 0 {
		return nil
	}
	nArt := len(p.ix.titles)
	lw := p.labelWidth()
	var lines []string
	if nArt > 0 {
		lines = append(lines, p.styles.Dim.Render(fit(fmt.Sprintf("article %d: %s", p.gcol+1, p.ix.titles[p.gcol]), p.w)))
	} else {
		lines = append(lines, "")
	}
	endCol := min(p.goff+p.gcells, nArt)
	var head strings.Builder
	head.WriteString(strings.Repeat(" ", lw))
	for c := p.goff; c < endCol; c++ {
		label := fit(fmt.Sprintf("%*d", gridCell-1, (c+1)%100), gridCell)
		if c == p.gcol {
			label = p.styles.Header.Render(label)
		}
		head.WriteString(label)
	}
	lines = append(lines, fit(head.String(), p.w))
	from, to := p.rows.visible()
	cells := make([]string, max(endCol-p.goff, 0))
	for r := from; r < to; r++ {
		for i := range cells {
			cells[i] = " "
		}
		for _, cell := range p.ix.actorArticles[r] {
			if cell.article >= p.goff && cell.article < endCol {
				cells[cell.article-p.goff] = p.styles.Stance(cell.stance).Render(glyph(cell.stance))
			}
		}
		cursorRow := r == p.rows.cursor
		label := rowStyle(p.styles, cursorRow, p.focused).Render(fit(p.ix.names[r], lw-1)) + " "
		var b strings.Builder
		b.WriteString(label)
		for i, g := range cells {
			if cursorRow && p.goff+i == p.gcol {
				cursor := rowStyle(p.styles, true, p.focused)
				b.WriteString(cursor.Render("[") + g + cursor.Render("]"))
			} else {
				b.WriteString(" " + g + " ")
			}
		}
		lines = append(lines, fit(b.String(), p.w))
	}
	return lines
}
