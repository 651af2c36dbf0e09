package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// articlesPane lists the articles; its cursor is the article the reader shows.
type articlesPane struct {
	ix      *corpusIndex
	styles  *Styles
	keys    ArticlesKeyMap
	list    scroller
	w, h    int
	focused bool
}

func newArticlesPane(ix *corpusIndex, st *Styles) *articlesPane {
	p := &articlesPane{ix: ix, styles: st, keys: DefaultArticlesKeyMap()}
	p.list.setN(len(ix.titles))
	return p
}

// Title explains the number after each title.
func (p *articlesPane) Title() string {
	return fmt.Sprintf("Articles (%d) · # with a stance", p.list.n)
}
func (p *articlesPane) Focus() { p.focused = true }
func (p *articlesPane) Blur()  { p.focused = false }

func (p *articlesPane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	p.list.setHeight(p.h)
}

// Selected is the article under the cursor.
func (p *articlesPane) Selected() int { return p.list.cursor }

// Select moves the cursor without telling anyone (the root already knows).
func (p *articlesPane) Select(i int) { p.list.set(i) }

func (p *articlesPane) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	before := p.list.cursor
	if key.Matches(k, p.keys.Open) {
		return selectArticle(p.list.cursor, true)
	}
	if !moveByKey(&p.list, k, p.keys.Nav) || p.list.cursor == before {
		return nil
	}
	return selectArticle(p.list.cursor, false)
}

// Click selects the row at y (inner coordinates).
func (p *articlesPane) Click(_, y int) tea.Cmd {
	if i := p.list.offset + y; i < p.list.n {
		p.list.set(i)
		return selectArticle(i, false)
	}
	return nil
}

// Scroll moves the view by d rows (mouse wheel).
func (p *articlesPane) Scroll(d int) { p.list.scroll(d) }

func selectArticle(i int, open bool) tea.Cmd {
	return func() tea.Msg { return articleSelectedMsg{article: i, open: open} }
}

// View renders the visible rows: title, source, and how many positions were
// found in the article.
func (p *articlesPane) View() []string {
	if p.list.n == 0 {
		return []string{p.styles.Dim.Render("no articles")}
	}
	from, to := p.list.visible()
	lines := make([]string, 0, to-from)
	for i := from; i < to; i++ {
		count := fmt.Sprintf(" %d", p.ix.articlePos[i])
		label := fmt.Sprintf("%d %s", i+1, p.ix.titles[i])
		if src := p.ix.sources[i]; src != "" {
			label += " — " + src
		}
		room := max(p.w-ansi.StringWidth(count), 0)
		row := fit(label, room) + count
		lines = append(lines, rowStyle(p.styles, i == p.list.cursor, p.focused).Render(fit(row, p.w)))
	}
	return lines
}

func (p *articlesPane) HelpKeys() []key.Binding {
	return append(p.keys.Nav.bindings()[:2], p.keys.Open)
}
