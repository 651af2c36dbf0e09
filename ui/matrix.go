package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// matrixPane answers the question: the actors who lean "for" (supports,
// open) and those who lean "against" (rules out, opposes) side by side at
// every width, the undecided and split between them or below; or, with v, a
// grid of actors by articles.
type matrixPane struct {
	ix      *corpusIndex
	styles  *Styles
	keys    MatrixKeyMap
	w, h    int
	focused bool
	grid    bool

	actors   []int // what the filters and search let through, in their order
	narrowed bool  // a filter or the search is on
	hidden   int   // of those, actors with no position (not in the columns)

	cols   []matrixColumn
	nav    []int // column indexes in on-screen order, for h/l
	col    int   // focused column (index into cols)
	rows   scroller
	gcol   int // grid: article under the cursor
	goff   int // grid: first article column shown
	gcells int // grid: article columns that fit
}

type matrixColumn struct {
	side   model.Side
	actors []int
	list   scroller
	r      rect // inner coordinates: heading, rows, and a line saying what is off-screen
}

// matrixSides are the columns: both sides of the debate always, the middle
// only when someone is in it.
var matrixSides = []model.Side{model.For, model.Between, model.Against}

func newMatrixPane(ix *corpusIndex, st *Styles) *matrixPane {
	p := &matrixPane{ix: ix, styles: st, keys: DefaultMatrixKeyMap()}
	p.SetActors(ix.byWeight, false)
	return p
}

// SetActors shows these actors (already filtered and ordered).
func (p *matrixPane) SetActors(actors []int, narrowed bool) {
	p.actors, p.narrowed, p.hidden = actors, narrowed, 0
	bySide := map[model.Side][]int{}
	for _, a := range actors {
		side := p.ix.breakdowns[a].Side
		if side == model.NoSide {
			p.hidden++
			continue
		}
		bySide[side] = append(bySide[side], a)
	}
	p.cols = p.cols[:0]
	for _, side := range matrixSides {
		if side == model.Between && len(bySide[side]) == 0 {
			continue // an empty middle takes no space
		}
		c := matrixColumn{side: side, actors: bySide[side]}
		c.list.setN(len(c.actors))
		p.cols = append(p.cols, c)
	}
	p.col = min(p.col, len(p.cols)-1)
	p.rows = scroller{}
	p.rows.setN(len(actors))
	p.SetSize(p.w, p.h)
}

func (p *matrixPane) Title() string {
	if p.grid {
		t := fmt.Sprintf("Matrix · grid of %s by %s (v)", model.Plural(len(p.actors), "actor"), model.Plural(len(p.ix.titles), "article"))
		if p.narrowed {
			t += " · filtered"
		}
		return t
	}
	t := "Matrix"
	if p.hidden > 0 {
		t += fmt.Sprintf(" · %d with no position hidden", p.hidden)
	}
	if p.narrowed {
		t += " · filtered"
	}
	return t
}
func (p *matrixPane) Focus() { p.focused = true }
func (p *matrixPane) Blur()  { p.focused = false }

// minSideWidth is the narrowest column that still shows a name and a
// breakdown: narrower panes put the middle column below the two sides.
const minSideWidth = 30

func (p *matrixPane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	p.placeColumns()
	p.rows.setHeight(max(p.h-2, 0)) // under the article line and numbers
	p.gcells = max((p.w-p.labelWidth())/gridCell, 0)
	p.clampGrid()
}

// placeColumns lays the columns out: side by side when they fit, else the
// two sides on top and the middle below them.
func (p *matrixPane) placeColumns() {
	n := len(p.cols)
	p.nav = p.nav[:0]
	for i := range p.cols {
		p.nav = append(p.nav, i)
	}
	if n == 0 {
		return
	}
	band := func(cols []int, y, h int) {
		cw := (p.w - (len(cols) - 1)) / len(cols) // a gap of one cell between columns
		x := 0
		for k, ci := range cols {
			w := cw
			if k == len(cols)-1 {
				w = p.w - x
			}
			p.cols[ci].r = rect{x, y, max(w, 0), max(h, 0)}
			x += w + 1
		}
	}
	if n < 3 || p.w >= 3*minSideWidth+2 {
		band(p.nav, 0, p.h)
	} else {
		// The sides get the rows they need, the middle the rest, and each at
		// least a few when both are long.
		need := max(p.cols[0].list.n, p.cols[2].list.n) + 1
		topH := min(need, p.h-min(p.cols[1].list.n+1, p.h/3))
		topH = max(topH, min(p.h, 3))
		band([]int{0, 2}, 0, topH)
		band([]int{1}, topH, p.h-topH)
		p.nav = []int{0, 2, 1} // for, against, then the middle below
	}
	for i := range p.cols {
		c := &p.cols[i]
		rows := max(c.r.h-1, 0) // under the heading
		if c.list.n > rows {
			rows = max(rows-1, 0) // a line says what is off-screen
		}
		c.list.setHeight(rows)
	}
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
	for i, ci := range p.nav {
		if ci == p.col {
			p.col = p.nav[min(max(i+d, 0), len(p.nav)-1)]
			return
		}
	}
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

// Selected is the actor under the cursor, or -1.
func (p *matrixPane) Selected() int {
	if p.grid {
		if p.rows.n == 0 {
			return -1
		}
		return p.actors[p.rows.cursor]
	}
	if len(p.cols) == 0 || len(p.cols[p.col].actors) == 0 {
		return -1
	}
	c := &p.cols[p.col]
	return c.actors[c.list.cursor]
}

// open asks for the evidence of the actor (and, in the grid, the article)
// under the cursor.
func (p *matrixPane) open() tea.Cmd {
	msg := evidenceOpenMsg{actor: p.Selected(), article: -1}
	if msg.actor < 0 {
		return nil
	}
	if p.grid && len(p.ix.titles) > 0 {
		msg.article = p.gcol
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
	for i := range p.cols {
		c := &p.cols[i]
		if !c.r.contains(x, y) {
			continue
		}
		p.col = i
		if row := y - c.r.y - 1; row >= 0 && row < c.list.height && c.list.offset+row < c.list.n {
			c.list.set(c.list.offset + row)
		}
	}
	return nil
}

func (p *matrixPane) View() []string {
	if p.grid {
		return p.gridView()
	}
	return p.columnsView()
}

// columnsView draws every column into its rectangle.
func (p *matrixPane) columnsView() []string {
	if p.w <= 0 || p.h <= 0 {
		return nil
	}
	canvas := make([]strings.Builder, p.h)
	for ci := range p.cols {
		c := &p.cols[ci]
		lines := p.columnLines(ci)
		for r := 0; r < c.r.h && c.r.y+r < p.h; r++ {
			b := &canvas[c.r.y+r]
			if c.r.x > 0 {
				b.WriteString(" ") // the gap after the column on the left
			}
			line := ""
			if r < len(lines) {
				line = lines[r]
			}
			b.WriteString(fit(line, c.r.w))
		}
	}
	out := make([]string, p.h)
	for i := range canvas {
		out[i] = canvas[i].String()
	}
	return out
}

// columnLines is a column's heading, its visible rows and, when rows are
// off-screen, a line saying how many.
func (p *matrixPane) columnLines(ci int) []string {
	c := &p.cols[ci]
	lines := []string{p.columnHeading(ci)}
	if len(c.actors) == 0 {
		empty := "nobody found on this side"
		if p.narrowed {
			empty = "nobody here matches the filter"
		}
		return append(lines, p.styles.Dim.Render(empty))
	}
	from, to := c.list.visible()
	for i := from; i < to; i++ {
		lines = append(lines, p.actorRow(c.actors[i], c.r.w, ci == p.col && i == c.list.cursor))
	}
	if above, below := from, c.list.n-to; above+below > 0 {
		var parts []string
		if above > 0 {
			parts = append(parts, fmt.Sprintf("↑ %d above", above))
		}
		if below > 0 {
			parts = append(parts, fmt.Sprintf("↓ %d more", below))
		}
		lines = append(lines, p.styles.Dim.Render(strings.Join(parts, " · ")))
	}
	return lines
}

// columnHeading names the side and counts its actors by lean:
// "For · ▲ 3 supports · ◐ 2 open".
func (p *matrixPane) columnHeading(ci int) string {
	c := &p.cols[ci]
	name := map[model.Side]string{model.For: "For", model.Between: "Between", model.Against: "Against"}[c.side]
	counts := map[model.Stance]int{}
	for _, a := range c.actors {
		counts[p.ix.breakdowns[a].Lean]++
	}
	st := p.styles.Header
	if ci == p.col && p.focused {
		st = st.Underline(true)
	}
	// The longest form that fits: "▼ 3 opposes", else "▼ 3", else "▼3".
	for _, form := range []string{"%s %d %s", "%s %d", "%s%d"} {
		parts := []string{st.Render(name)}
		for _, lean := range model.LeanOrder {
			if model.SideOf(lean) == c.side && counts[lean] > 0 {
				text := fmt.Sprintf(form, glyph(lean), counts[lean], strings.ToLower(leanLabel(lean)))
				if form != "%s %d %s" {
					text = fmt.Sprintf(form, glyph(lean), counts[lean])
				}
				parts = append(parts, p.styles.Stance(lean).Render(text))
			}
		}
		head := strings.Join(parts, " · ")
		if ansi.StringWidth(head) <= c.r.w || form == "%s%d" {
			return head
		}
	}
	return ""
}

// actorRow is "▲ Name ↗   ▲34 ■103": the lean's glyph, the name, a mark
// when the position changed, and as much of the breakdown as fits (the
// biggest counts first, shown in stance order).
func (p *matrixPane) actorRow(a, w int, cursor bool) string {
	base := rowStyle(p.styles, cursor, p.focused)
	bd := &p.ix.breakdowns[a]
	head := p.styles.Stance(bd.Lean).Inherit(base).Render(glyph(bd.Lean)) + base.Render(" ")
	parts, partsW := breakdownParts(p.styles, bd, base, max(w-2-minNameWidth-1, 0))
	nameW := max(w-2-partsW-1, 0)
	name := p.ix.names[a]
	marks := ""
	if bd.Change != nil {
		marks += changeMark(bd)
	}
	if p.ix.oneOutlet[a] {
		marks += oneOutletMark // its lean rests on one outlet's reporting
	}
	if marks != "" {
		name = ansi.Truncate(name, max(nameW-1-ansi.StringWidth(marks), 0), "…") + " " + marks
	}
	return head + base.Render(fit(name, nameW)+" ") + parts
}

// minNameWidth is the part of a matrix row kept for the name.
const minNameWidth = 10

// breakdownParts renders an actor's counts within room cells: the biggest
// that fit, and " …" when some are left out.
func breakdownParts(styles *Styles, bd *model.Breakdown, base lipgloss.Style, room int) (string, int) {
	type part struct {
		s    model.Stance
		text string
	}
	var all []part
	for _, s := range model.Stances[:len(model.Stances)-1] {
		if n := bd.Count(s); n > 0 {
			all = append(all, part{s, fmt.Sprintf("%s%d", glyph(s), n)})
		}
	}
	// Keep the biggest counts that fit.
	keep := map[model.Stance]bool{}
	used := 0
	for len(keep) < len(all) {
		best := -1
		for i, pt := range all {
			if !keep[pt.s] && (best < 0 || bd.Count(pt.s) > bd.Count(all[best].s)) {
				best = i
			}
		}
		w := ansi.StringWidth(all[best].text)
		if len(keep) > 0 {
			w++
		}
		if used+w > room {
			break
		}
		keep[all[best].s], used = true, used+w
	}
	// Counts left out are said to be: " …" after the rest, room made for
	// it by leaving out the smallest kept.
	dropped := len(keep) < len(all)
	for dropped && len(keep) > 0 && used+2 > room {
		smallest := -1
		for i, pt := range all {
			if keep[pt.s] && (smallest < 0 || bd.Count(pt.s) < bd.Count(all[smallest].s)) {
				smallest = i
			}
		}
		delete(keep, all[smallest].s)
		used -= ansi.StringWidth(all[smallest].text)
		if len(keep) > 0 {
			used-- // its separating space
		}
	}
	var b strings.Builder
	first := true
	for _, pt := range all {
		if !keep[pt.s] {
			continue
		}
		if !first {
			b.WriteString(base.Render(" "))
		}
		first = false
		b.WriteString(styles.Stance(pt.s).Inherit(base).Render(pt.text))
	}
	if dropped && room > 0 {
		more := "…"
		if len(keep) > 0 {
			more = " …"
		}
		b.WriteString(base.Render(more))
		used += ansi.StringWidth(more)
	}
	return b.String(), used
}

// oneOutletMark follows an actor whose lean one outlet alone reports.
const oneOutletMark = "¹"

// changeMark is ↗ for an actor that moved towards "for", ↘ towards
// "against", a space when its position did not change.
func changeMark(bd *model.Breakdown) string {
	if bd.Change == nil {
		return " "
	}
	rank := map[model.Side]int{model.Against: 0, model.Between: 1, model.For: 2}
	if rank[model.SideOf(bd.Change.To)] > rank[model.SideOf(bd.Change.From)] {
		return "↗"
	}
	return "↘"
}

func (p *matrixPane) HelpKeys() []key.Binding {
	return []key.Binding{p.keys.Left, p.keys.Right, p.keys.Nav.Down, p.keys.Open, p.keys.Toggle}
}
