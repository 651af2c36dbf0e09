package ui

import (
	"fmt"
	"slices"
	"sort"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// matrixPane shows who holds which position: one column per stance (the
// default) or a grid of actors by articles.
type matrixPane struct {
	ix      *corpusIndex
	styles  *Styles
	keys    MatrixKeyMap
	w, h    int
	focused bool
	grid    bool

	cols   []matrixColumn
	col    int // focused column
	rows   scroller
	gcol   int // grid: article under the cursor
	goff   int // grid: first article column shown
	gcells int // grid: article columns that fit
}

type matrixColumn struct {
	stance model.Stance
	actors []int // by backing articles, most first
	list   scroller
}

func newMatrixPane(ix *corpusIndex, st *Styles) *matrixPane {
	p := &matrixPane{ix: ix, styles: st, keys: DefaultMatrixKeyMap()}
	stances := slices.Clone(stanceOrder[:stanceSlot(model.Mixed)]) // the five answers, then Mixed if any
	for _, a := range ix.corpus.Actors {
		if a.Stance == model.Mixed {
			stances = append(stances, model.Mixed)
			break
		}
	}
	for _, st := range stances {
		c := matrixColumn{stance: st}
		for i, a := range ix.corpus.Actors {
			if a.Stance == st {
				c.actors = append(c.actors, i)
			}
		}
		sort.SliceStable(c.actors, func(i, j int) bool { return ix.backing[c.actors[i]] > ix.backing[c.actors[j]] })
		c.list.setN(len(c.actors))
		p.cols = append(p.cols, c)
	}
	p.rows.setN(len(ix.names))
	return p
}

func (p *matrixPane) Title() string {
	if p.grid {
		return "Matrix · grid (v)"
	}
	if first, n := p.visibleColumns(); n < len(p.cols) {
		return fmt.Sprintf("Matrix · columns %d-%d of %d (h/l)", first+1, first+n, len(p.cols))
	}
	return "Matrix"
}
func (p *matrixPane) Focus() { p.focused = true }
func (p *matrixPane) Blur()  { p.focused = false }

func (p *matrixPane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	for i := range p.cols {
		p.cols[i].list.setHeight(max(p.h-1, 0)) // under the heading
	}
	p.rows.setHeight(max(p.h-2, 0)) // under the article line and numbers
	p.gcells = max((p.w-p.labelWidth())/gridCell, 0)
	p.clampGrid()
}

func (p *matrixPane) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	switch {
	case key.Matches(k, p.keys.Toggle):
		p.grid = !p.grid
	case key.Matches(k, p.keys.Open):
		return p.open()
	case key.Matches(k, p.keys.Left):
		p.horizontal(-1)
	case key.Matches(k, p.keys.Right):
		p.horizontal(1)
	case p.grid:
		moveByKey(&p.rows, k, p.keys.Nav)
	case len(p.cols) > 0:
		moveByKey(&p.cols[p.col].list, k, p.keys.Nav)
	}
	return nil
}

func (p *matrixPane) horizontal(d int) {
	if p.grid {
		p.gcol += d
		p.clampGrid()
		return
	}
	p.col = min(max(p.col+d, 0), max(len(p.cols)-1, 0))
}

func (p *matrixPane) clampGrid() {
	n := len(p.ix.titles)
	p.gcol = min(max(p.gcol, 0), max(n-1, 0))
	if p.gcol < p.goff {
		p.goff = p.gcol
	}
	if p.gcells > 0 && p.gcol >= p.goff+p.gcells {
		p.goff = p.gcol - p.gcells + 1
	}
	p.goff = min(max(p.goff, 0), max(n-p.gcells, 0))
}

// open asks for the evidence of the actor (and, in the grid, the article)
// under the cursor.
func (p *matrixPane) open() tea.Cmd {
	msg := evidenceOpenMsg{actor: -1, article: -1}
	if p.grid {
		if p.rows.n > 0 && len(p.ix.titles) > 0 {
			msg.actor, msg.article = p.rows.cursor, p.gcol
		}
	} else if len(p.cols) > 0 && len(p.cols[p.col].actors) > 0 {
		msg.actor = p.cols[p.col].actors[p.cols[p.col].list.cursor]
	}
	if msg.actor < 0 {
		return nil
	}
	return func() tea.Msg { return msg }
}

// Scroll moves the focused column or the grid rows (mouse wheel).
func (p *matrixPane) Scroll(d int) {
	if p.grid {
		p.rows.scroll(d)
	} else if len(p.cols) > 0 {
		p.cols[p.col].list.scroll(d)
	}
}

// Click selects the cell under (x, y), inner coordinates.
func (p *matrixPane) Click(x, y int) tea.Cmd {
	if p.grid {
		if i := p.rows.offset + y - 2; y >= 2 && i < p.rows.n {
			p.rows.set(i)
		}
		if x >= p.labelWidth() && p.gcells > 0 {
			p.gcol = p.goff + (x-p.labelWidth())/gridCell
			p.clampGrid()
		}
		return nil
	}
	if len(p.cols) == 0 {
		return nil
	}
	first, n := p.visibleColumns()
	p.col = min(first+x/max(p.w/n, 1), len(p.cols)-1)
	c := &p.cols[p.col]
	if i := c.list.offset + y - 1; y >= 1 && i < c.list.n {
		c.list.set(i)
	}
	return nil
}

func (p *matrixPane) View() []string {
	if p.grid {
		return p.gridView()
	}
	return p.columnsView()
}

// columnsView is one column per stance: a heading with the glyph and count,
// then its actors with the number of articles backing their position.
func (p *matrixPane) columnsView() []string {
	first, n := p.visibleColumns()
	if n == 0 || p.w <= 0 {
		return nil
	}
	lines := make([]string, p.h)
	for ci := first; ci < first+n; ci++ {
		c := &p.cols[ci]
		cw := p.w / n
		if ci == first+n-1 {
			cw = p.w - cw*(n-1)
		}
		st := p.styles.Stance(c.stance)
		head := fmt.Sprintf("%s %s %d", glyph(c.stance), c.stance.Label(), len(c.actors))
		if ci == p.col && p.focused {
			st = st.Bold(true).Underline(true)
		}
		// The last cell of every column is a gap before the next one.
		if p.h > 0 {
			lines[0] += st.Render(fit(head, cw-1)) + " "
		}
		from, to := c.list.visible()
		for r := 1; r < p.h; r++ {
			i := from + r - 1
			if i >= to {
				lines[r] += fit("", cw)
				continue
			}
			a := c.actors[i]
			count := fmt.Sprintf(" %d", p.ix.backing[a])
			cell := fit(p.ix.names[a], max(cw-1-ansi.StringWidth(count), 0)) + count
			lines[r] += rowStyle(p.styles, ci == p.col && i == c.list.cursor, p.focused).Render(fit(cell, cw-1)) + " "
		}
	}
	return lines
}

// minColumnWidth keeps names readable: narrower panes scroll the columns.
const minColumnWidth = 18

// visibleColumns is the first column shown and how many fit, keeping the
// focused one in view.
func (p *matrixPane) visibleColumns() (first, n int) {
	n = min(len(p.cols), max(p.w/minColumnWidth, 1))
	first = min(max(p.col-n+1, 0), len(p.cols)-n)
	return max(first, 0), n
}

func (p *matrixPane) HelpKeys() []key.Binding {
	return []key.Binding{p.keys.Left, p.keys.Right, p.keys.Nav.Down, p.keys.Open, p.keys.Toggle}
}
