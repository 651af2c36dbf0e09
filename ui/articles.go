package ui

import (
	"cmp"
	"fmt"
	"slices"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// articlesPane lists the articles; its cursor is the article the reader
// shows. Rows are the articles in the chosen order: order[row] is the
// article, rowOf[article] its row.
type articlesPane struct {
	ix      *corpusIndex
	styles  *Styles
	keys    ArticlesKeyMap
	list    scroller
	w, h    int
	focused bool
	sortBy  articleSort
	order   []int
	rowOf   []int
}

// articleSort is the order of the Articles pane.
type articleSort int

const (
	byFile   articleSort = iota // the load order: paths sorted
	byDate                      // oldest first, undated last
	byOutlet                    // outlets A-Z, then by date; no outlet last
	articleSorts
)

var sortNames = [articleSorts]string{"", "by date", "by outlet"}

func newArticlesPane(ix *corpusIndex, st *Styles) *articlesPane {
	p := &articlesPane{ix: ix, styles: st, keys: DefaultArticlesKeyMap()}
	p.list.setN(len(ix.titles))
	p.sort(byFile)
	return p
}

// Title names the order when it is not the files' and explains the number
// after each title.
func (p *articlesPane) Title() string {
	if p.sortBy == byFile {
		return fmt.Sprintf("Articles (%d) · # with a stance", p.list.n)
	}
	return fmt.Sprintf("Articles (%d) %s · # with a stance", p.list.n, sortNames[p.sortBy])
}
func (p *articlesPane) Focus() { p.focused = true }
func (p *articlesPane) Blur()  { p.focused = false }

func (p *articlesPane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	p.list.setHeight(p.h)
}

// Selected is the article under the cursor.
func (p *articlesPane) Selected() int {
	if p.list.n == 0 || len(p.order) == 0 {
		return 0
	}
	return p.order[p.list.cursor]
}

// Select moves the cursor to article i without telling anyone (the root
// already knows).
func (p *articlesPane) Select(i int) {
	if i >= 0 && i < len(p.rowOf) {
		p.list.set(p.rowOf[i])
	}
}

// sort puts the rows in the given order, the cursor staying on its article.
func (p *articlesPane) sort(by articleSort) {
	current := p.Selected()
	p.sortBy = by
	n := len(p.ix.titles)
	if p.order == nil {
		p.order, p.rowOf = make([]int, n), make([]int, n)
	}
	for i := range p.order {
		p.order[i] = i
	}
	dates, outlets := p.ix.dates, p.ix.sources
	last := func(a, b string) int { // empty values after all others
		switch {
		case a == b:
			return 0
		case a == "":
			return 1
		case b == "":
			return -1
		}
		return cmp.Compare(a, b)
	}
	switch by {
	case byDate:
		slices.SortStableFunc(p.order, func(a, b int) int { return last(dates[a], dates[b]) })
	case byOutlet:
		slices.SortStableFunc(p.order, func(a, b int) int {
			return cmp.Or(last(outlets[a], outlets[b]), last(dates[a], dates[b]))
		})
	}
	for row, art := range p.order {
		p.rowOf[art] = row
	}
	p.Select(current)
}

func (p *articlesPane) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	before := p.list.cursor
	switch {
	case key.Matches(k, p.keys.Open):
		return selectArticle(p.Selected(), true)
	case key.Matches(k, p.keys.Sort):
		p.sort((p.sortBy + 1) % articleSorts)
		return nil
	}
	if !moveByKey(&p.list, k, p.keys.Nav) || p.list.cursor == before {
		return nil
	}
	return selectArticle(p.Selected(), false)
}

// Click selects the row at y (inner coordinates).
func (p *articlesPane) Click(_, y int) tea.Cmd {
	if row := p.list.offset + y; row < p.list.n {
		p.list.set(row)
		return selectArticle(p.order[row], false)
	}
	return nil
}

// Scroll moves the view by d rows (mouse wheel).
func (p *articlesPane) Scroll(d int) { p.list.scroll(d) }

func selectArticle(i int, open bool) tea.Cmd {
	return func() tea.Msg { return articleSelectedMsg{article: i, open: open} }
}

// View renders the visible rows: date, title and outlet, and how many
// positions were found in the article.
func (p *articlesPane) View() []string {
	if p.list.n == 0 {
		return []string{p.styles.Dim.Render("no articles")}
	}
	from, to := p.list.visible()
	lines := make([]string, 0, to-from)
	for row := from; row < to; row++ {
		i := p.order[row]
		count := fmt.Sprintf(" %d", p.ix.articlePos[i])
		label := fmt.Sprintf("%d ", i+1)
		if d := p.ix.dates[i]; d != "" {
			label += d + " " // first: it stays in view when the title is cut
		}
		label += p.ix.titles[i]
		if src := p.ix.sources[i]; src != "" {
			label += " — " + src
		}
		room := max(p.w-ansi.StringWidth(count), 0)
		line := fit(label, room) + count
		lines = append(lines, rowStyle(p.styles, row == p.list.cursor, p.focused).Render(fit(line, p.w)))
	}
	return lines
}

func (p *articlesPane) HelpKeys() []key.Binding {
	return append(p.keys.Nav.bindings()[:2], p.keys.Open, p.keys.Sort)
}
