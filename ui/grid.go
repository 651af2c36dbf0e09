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
	lines = append(lines, fit(p.gridNumbers(lw, endCol), p.w))
	from, to := p.rows.visible()
	cells := make([]string, max(endCol-p.goff, 0))
	for r := from; r < to; r++ {
		for i := range cells {
			cells[i] = " "
		}
		actor := p.actors[r]
		for _, cell := range p.ix.actorArticles[actor] {
			if cell.article >= p.goff && cell.article < endCol {
				cells[cell.article-p.goff] = p.styles.Stance(cell.stance).Render(glyph(cell.stance))
			}
		}
		cursorRow := r == p.rows.cursor
		label := rowStyle(p.styles, cursorRow, p.focused).Render(fit(p.ix.names[actor], lw-1)) + " "
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

// gridNumbers labels the article columns with their article numbers: the
// one under the cursor, the first shown, every fifth, then any other,
// wherever a number fits without touching another.
func (p *matrixPane) gridNumbers(lw, endCol int) string {
	n := endCol - p.goff
	if n <= 0 {
		return ""
	}
	cells := []rune(strings.Repeat(" ", n*gridCell))
	taken := make([]bool, len(cells))
	place := func(c int) bool {
		label := []rune(fmt.Sprint(c + 1))
		at := (c-p.goff)*gridCell + 1 // over the glyph, which sits in the cell's middle
		if at+len(label) > len(cells) {
			at = len(cells) - len(label)
		}
		if at < 0 {
			return false
		}
		for i := max(at-1, 0); i < min(at+len(label)+1, len(cells)); i++ {
			if taken[i] {
				return false
			}
		}
		for i, r := range label {
			cells[at+i], taken[at+i] = r, true
		}
		return true
	}
	cursorPlaced := p.gcol >= p.goff && p.gcol < endCol && place(p.gcol)
	place(p.goff)
	for c := p.goff; c < endCol; c++ {
		if (c+1)%5 == 0 {
			place(c)
		}
	}
	for c := p.goff; c < endCol; c++ {
		place(c)
	}
	head := string(cells)
	if cursorPlaced { // the cursor's number stands out
		label := fmt.Sprint(p.gcol + 1)
		at := min((p.gcol-p.goff)*gridCell+1, len(cells)-len(label))
		head = string(cells[:at]) + p.styles.Header.Render(label) + string(cells[at+len(label):])
	}
	return strings.Repeat(" ", lw) + head
}
