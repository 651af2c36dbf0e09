package ui

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// actorsPane lists every actor with its stance and kind, and filters them with
// a fuzzy search typed after "/".
type actorsPane struct {
	ix      *corpusIndex
	styles  *Styles
	keys    ActorsKeyMap
	list    scroller
	w, h    int
	focused bool

	typing   bool         // the query is being typed: every key goes to it
	query    string       // the query the shown rows match
	seq      int          // number of the latest query sent to the filter
	matches  []actorMatch // the search's results while filtered
	filtered bool         // a search narrows the rows
	shownSeq int          // the query number the rows are for
	version  int          // counts changes of the search's results, for the matrix to follow

	filter  actorFilter
	rows    []int // actor on each row
	matchOf []int // per row: index into matches, while filtered
}

func newActorsPane(ix *corpusIndex, st *Styles) *actorsPane {
	p := &actorsPane{ix: ix, styles: st, keys: DefaultActorsKeyMap()}
	p.rebuild()
	return p
}

// SetFilter applies the shared filters and order to the rows.
func (p *actorsPane) SetFilter(f actorFilter) {
	p.filter = f
	p.rebuild()
}

// Hits is the search's result, or nil when no search narrows the actors.
func (p *actorsPane) Hits() []actorMatch {
	if !p.filtered {
		return nil
	}
	if p.matches == nil {
		return []actorMatch{}
	}
	return p.matches
}

// rebuild lists the rows: the search's matches, best first, or every actor
// in the filter's order, either way only those the filters keep.
func (p *actorsPane) rebuild() {
	p.rows, p.matchOf = p.rows[:0], p.matchOf[:0]
	if p.filtered {
		for i, m := range p.matches {
			if p.filter.keep(p.ix, m.actor) {
				p.rows = append(p.rows, m.actor)
				p.matchOf = append(p.matchOf, i)
			}
		}
	} else {
		p.rows = p.filter.apply(p.ix, nil)
	}
	p.list.setN(len(p.rows))
}

func (p *actorsPane) Title() string {
	if p.filtered || p.filter.active() {
		return fmt.Sprintf("Actors (%d of %d)", p.list.n, len(p.ix.names))
	}
	return fmt.Sprintf("Actors (%d)", len(p.ix.names))
}
func (p *actorsPane) Focus() { p.focused = true }
func (p *actorsPane) Blur()  { p.focused = false }

// Filtering reports whether a query is being typed, so that the root hands
// every key (q included) to this pane.
func (p *actorsPane) Filtering() bool { return p.typing }

func (p *actorsPane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	p.list.setHeight(p.listHeight())
}

// listHeight leaves a line for the query while there is one.
func (p *actorsPane) listHeight() int {
	if p.hasQueryLine() {
		return max(p.h-1, 0)
	}
	return p.h
}

// actorAt is the actor on row i of the (possibly filtered) list.
func (p *actorsPane) actorAt(i int) int { return p.rows[i] }

// Selected is the actor under the cursor, or -1.
func (p *actorsPane) Selected() int {
	if p.list.n == 0 {
		return -1
	}
	return p.actorAt(p.list.cursor)
}

func (p *actorsPane) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case filterResultsMsg:
		if msg.seq == p.seq { // older queries' results are stale
			p.showMatches(msg.matches)
		}
	case tea.KeyPressMsg:
		if p.typing {
			return p.typeKey(msg)
		}
		return p.navKey(msg)
	}
	return nil
}

func (p *actorsPane) navKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, p.keys.Search):
		p.typing = true
		p.list.setHeight(p.listHeight())
	case key.Matches(k, p.keys.Clear) && p.query != "":
		return p.setQuery("")
	case key.Matches(k, p.keys.Open):
		return p.open()
	default:
		moveByKey(&p.list, k, p.keys.Nav)
	}
	return nil
}

// typeKey edits the query; arrows still move through the results.
func (p *actorsPane) typeKey(k tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(k, p.keys.Cancel):
		p.typing = false
		return p.setQuery("")
	case key.Matches(k, p.keys.Accept):
		p.typing = false
		p.list.setHeight(p.listHeight())
		if p.query != "" && p.shownSeq != p.seq {
			// Enter must act on what was typed, not on rows still showing
			// an older query: finish this one filter run here.
			p.showMatches(p.ix.search.filter(p.query))
		}
		return p.open()
	case key.Matches(k, p.keys.DeleteChar):
		if p.query != "" {
			_, size := utf8.DecodeLastRuneInString(p.query)
			return p.setQuery(p.query[:len(p.query)-size])
		}
	case key.Matches(k, p.keys.ClearQuery):
		return p.setQuery("")
	case moveByKey(&p.list, k, p.keys.TypingNav):
	case k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
		return p.setQuery(p.query + k.Text)
	}
	return nil
}

// Paste adds pasted text to the query being typed, as one line without
// controls.
func (p *actorsPane) Paste(text string) tea.Cmd {
	text = strings.Join(strings.Fields(model.CleanLine(text)), " ")
	if text == "" {
		return nil
	}
	return p.setQuery(p.query + text)
}

func (p *actorsPane) showMatches(ms []actorMatch) {
	p.matches, p.filtered, p.shownSeq = ms, true, p.seq
	p.version++
	p.rebuild()
	p.list.set(0)
}

// setQuery starts a filter run for the new query; an empty one shows every
// actor at once.
func (p *actorsPane) setQuery(q string) tea.Cmd {
	p.query = q
	p.seq++
	p.list.setHeight(p.listHeight())
	if q == "" {
		p.matches, p.filtered, p.shownSeq = nil, false, p.seq
		p.version++
		p.rebuild()
		p.list.set(0)
		return nil
	}
	seq, search := p.seq, p.ix.search
	return func() tea.Msg {
		return filterResultsMsg{seq: seq, matches: search.filter(q)}
	}
}

func (p *actorsPane) open() tea.Cmd {
	a := p.Selected()
	if a < 0 {
		return nil
	}
	return func() tea.Msg { return evidenceOpenMsg{actor: a, article: -1} }
}

// Click selects the row at y (inner coordinates).
func (p *actorsPane) Click(_, y int) tea.Cmd {
	if p.hasQueryLine() {
		y--
	}
	if i := p.list.offset + y; y >= 0 && i < p.list.n {
		p.list.set(i)
	}
	return nil
}

// Scroll moves the view by d rows (mouse wheel).
func (p *actorsPane) Scroll(d int) { p.list.scroll(d) }

// View renders the query line (while there is one) and the visible rows.
func (p *actorsPane) View() []string {
	var lines []string
	if p.hasQueryLine() {
		q := p.styles.Prompt.Render("/") + p.query
		if p.typing {
			q += "▏"
		} else {
			q += p.styles.Dim.Render("  (esc clears)")
		}
		lines = append(lines, q)
	}
	if p.list.n == 0 {
		return append(lines, p.styles.Dim.Render("no match"))
	}
	from, to := p.list.visible()
	for i := from; i < to; i++ {
		lines = append(lines, p.row(i))
	}
	return lines
}

// row is "glyph name   ▲3 ■1 kind", with matched characters highlighted;
// the counts per stance when the pane is wide enough.
func (p *actorsPane) row(i int) string {
	a := p.actorAt(i)
	base := rowStyle(p.styles, i == p.list.cursor, p.focused)
	bd := &p.ix.breakdowns[a]
	g := p.styles.Stance(bd.Lean).Inherit(base).Render(glyph(bd.Lean)) + base.Render(changeMark(bd))
	kind := " " + p.ix.kinds[a]
	dim := p.styles.Dim.Inherit(base)
	kindStyled := func(w int) string { return dim.Render(ansi.Truncate(kind, w, "")) }
	if p.w >= minCountsWidth {
		if parts, w := breakdownParts(p.styles, bd, base, p.w/3); w > 0 {
			plain := kind
			kind = " " + strings.Repeat(" ", w) + kind // what it takes, measured below
			kindStyled = func(room int) string {
				if room < ansi.StringWidth(kind) {
					return dim.Render(ansi.Truncate(plain, room, ""))
				}
				return base.Render(" ") + parts + dim.Render(plain)
			}
		}
	}
	room := max(p.w-2-ansi.StringWidth(kind), 1)
	var m *actorMatch
	if p.filtered {
		m = &p.matches[p.matchOf[i]]
	}
	name := highlight(p.ix.names[a], nameRunes(m), room, p.styles.Match.Inherit(base), base)
	used := 2 + lipgloss.Width(name)
	if m != nil && m.other != "" && p.w-used-ansi.StringWidth(kind) > 4 {
		other := highlight(" ~ "+m.other, shift(m.otherRunes, 3), p.w-used-ansi.StringWidth(kind), p.styles.Match.Inherit(base), p.styles.Dim.Inherit(base))
		name += other
		used += lipgloss.Width(other)
	}
	pad := max(p.w-used-ansi.StringWidth(kind), 0)
	return g + name + base.Render(fmt.Sprintf("%*s", pad, "")) + kindStyled(max(p.w-used, 0))
}

func nameRunes(m *actorMatch) []int {
	if m == nil {
		return nil
	}
	return m.nameRunes
}

func shift(xs []int, d int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = x + d
	}
	return out
}

// highlight truncates s to w cells, then styles the runes at the given
// positions (positions past the cut are ignored).
func highlight(s string, runes []int, w int, matched, unmatched lipgloss.Style) string {
	cut := ansi.Truncate(s, w, "…")
	if len(runes) == 0 {
		return unmatched.Render(cut)
	}
	keep := utf8.RuneCountInString(cut)
	if cut != s {
		keep-- // the ellipsis is not a character of s
	}
	var idx []int
	for _, r := range runes {
		if r < keep {
			idx = append(idx, r)
		}
	}
	return lipgloss.StyleRunes(cut, idx, matched, unmatched)
}

func (p *actorsPane) HelpKeys() []key.Binding {
	if p.typing {
		return []key.Binding{p.keys.Accept, p.keys.Cancel, p.keys.DeleteChar}
	}
	keys := []key.Binding{p.keys.Nav.Up, p.keys.Nav.Down, p.keys.Open, p.keys.Search}
	if p.query != "" {
		keys = append(keys, p.keys.Clear)
	}
	return keys
}

// minCountsWidth is the narrowest Actors pane that shows counts per stance.
const minCountsWidth = 50

// hasQueryLine reports whether the pane shows the search line above the rows.
func (p *actorsPane) hasQueryLine() bool { return p.typing || p.query != "" }
