package ui

import "charm.land/lipgloss/v2"

// Below minWidth x minHeight the panes cannot be drawn usefully; from
// wideWidth on they sit side by side, below it one shows at a time as a tab.
const (
	minWidth  = 40
	minHeight = 10
	wideWidth = 100
)

type layoutMode int

const (
	modeTooSmall layoutMode = iota
	modeWide
	modeTabs
)

type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool {
	return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h
}

// geometry is where everything goes, as computed by layout().
type geometry struct {
	mode   layoutMode
	panes  [paneCount]rect // outer rects, borders included
	tabBar rect
	main   rect // the area the panes share (also used by overlays)
	helpH  int
}

// layout computes every size from the window and the styles' frame sizes,
// and hands each pane its inner size.
func (a *App) layout() {
	g := geometry{}
	w, h := max(a.width, 0), max(a.height, 0)
	a.help.SetWidth(w)
	frameW, frameH := a.styles.Pane.GetFrameSize()
	if w < minWidth || h < minHeight {
		g.mode = modeTooSmall
		a.geometry = g
		return
	}
	const statusH = 1
	g.helpH = 1
	if a.help.ShowAll {
		// The full help may not take the space the panes need.
		g.helpH = min(lipgloss.Height(a.fullHelpText()), h-statusH-2*(frameH+1))
		g.helpH = max(g.helpH, 1)
	}
	mainH := h - statusH - g.helpH
	g.main = rect{0, 0, w, mainH}
	if w >= wideWidth {
		g.mode = modeWide
		leftW := max(w/3, minWidth-frameW)
		rightW := w - leftW
		// Articles get a row each up to a third of the height; actors the rest.
		artH := min(max(len(a.ix.titles), 1)+frameH, mainH/3)
		artH = max(artH, frameH+1)
		matH := max(mainH*2/5, frameH+2)
		g.panes[paneArticles] = rect{0, 0, leftW, artH}
		g.panes[paneActors] = rect{0, artH, leftW, mainH - artH}
		g.panes[paneMatrix] = rect{leftW, 0, rightW, matH}
		g.panes[paneReader] = rect{leftW, matH, rightW, mainH - matH}
	} else {
		g.mode = modeTabs
		g.tabBar = rect{0, 0, w, 1}
		for i := range g.panes {
			g.panes[i] = rect{0, g.tabBar.h, w, mainH - g.tabBar.h}
		}
	}
	a.geometry = g
	a.warnList.setHeight(a.warningsBoxHeight() - frameH)
	if a.dossier != nil {
		a.dossier.SetSize(max(w-frameW, 0), max(mainH-frameH, 0))
	}
	for i, p := range a.panes() {
		r := g.panes[i]
		p.SetSize(max(r.w-frameW, 0), max(r.h-frameH, 0))
	}
}
