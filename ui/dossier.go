package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// dossier is every sentence of one actor across all articles, under each
// article's number, date, title and source, with who the actor is and its breakdown
// above: an overlay over the panes, opened with d.
type dossier struct {
	ix     *corpusIndex
	styles *Styles
	keys   DossierKeyMap
	actor  int
	w, h   int

	entries []dossierEntry
	cursor  int // entry under the cursor
	offset  int // first line shown
	width   int // the width entries are wrapped to
}

// dossierEntry is an article heading (span < 0), with the actor's position
// in it, or one of its sentences with the stance it carries.
type dossierEntry struct {
	article, span int
	stance        model.Stance
	lines         []string
}

func newDossier(ix *corpusIndex, st *Styles, actor int) *dossier {
	d := &dossier{ix: ix, styles: st, keys: DefaultDossierKeyMap(), actor: actor}
	position := map[int]model.Stance{}
	for _, cell := range ix.actorArticles[actor] {
		position[cell.article] = cell.stance
	}
	for _, art := range ix.evArticles[actor] {
		d.entries = append(d.entries, dossierEntry{article: art, span: -1, stance: position[art]})
		for si, sp := range ix.spans[art] {
			for _, sa := range sp.actors {
				if sa.actor == actor {
					d.entries = append(d.entries, dossierEntry{article: art, span: si, stance: sa.stance})
				}
			}
		}
	}
	if len(d.entries) > 1 {
		d.cursor = 1 // on the first sentence
	}
	return d
}

// header is who the actor is: kind, role, aliases, breakdown, change.
func (d *dossier) header() []string {
	a := &d.ix.corpus.Actors[d.actor]
	bd := &d.ix.breakdowns[d.actor]
	who := []string{d.ix.kinds[d.actor]}
	if a.Role != "" {
		who = append(who, model.CleanLine(a.Role))
	}
	if len(a.Aliases) > 0 {
		var al []string
		for _, s := range a.Aliases {
			al = append(al, model.CleanLine(s))
		}
		who = append(who, "also: "+strings.Join(al, ", "))
	}
	summary := bd.Summary()
	if bd.Articles > 0 {
		summary = d.styles.Stance(bd.Lean).Render(glyph(bd.Lean)+" leans "+bd.Lean.Words()) + " · " + summary
	}
	lines := []string{
		d.styles.Bold.Render(d.ix.names[d.actor]) + d.styles.Dim.Render(" · "+strings.Join(who, " · ")),
		summary,
	}
	if c := bd.Change; c != nil {
		at := d.ix.files[0]
		if i, ok := d.ix.articleByFile[c.File]; ok {
			at = fmt.Sprintf("article %d", i+1)
		}
		lines = append(lines, fmt.Sprintf("%s changed: %s, then %s from %s on", changeMark(bd), c.From.Words(), c.To.Words(), at))
	}
	return append(lines, "")
}

func (d *dossier) SetSize(w, h int) {
	d.w, d.h = max(w, 0), max(h, 0)
	if d.width != d.w {
		d.width = d.w
		for i := range d.entries {
			d.entries[i].lines = nil // wrapped again when shown
		}
	}
	d.clamp()
}

// entryLines wraps an entry to the width, once.
func (d *dossier) entryLines(i int) []string {
	e := &d.entries[i]
	if e.lines != nil {
		return e.lines
	}
	if e.span < 0 {
		head := fmt.Sprintf("%d ", e.article+1)
		if date := d.ix.dates[e.article]; date != "" {
			head += date + " "
		}
		head += d.ix.titles[e.article]
		if src := d.ix.sources[e.article]; src != "" {
			head += " — " + src
		}
		head += " · " + e.stance.Words()
		e.lines = []string{fit(head, d.w-2)}
		return e.lines
	}
	sp := d.ix.spans[e.article][e.span]
	text := model.CleanQuote(d.ix.corpus.Articles[e.article].Text[sp.start:sp.end])
	const indent = 4 // "  ▲ " before the sentence
	for _, lr := range wrapText(text, max(d.w-indent, 1)) {
		e.lines = append(e.lines, text[lr.start:lr.end])
	}
	return e.lines
}

// lineOf is the first line of entry i, counted from the first entry.
func (d *dossier) lineOf(i int) int {
	n := 0
	for k := 0; k < i; k++ {
		n += len(d.entryLines(k))
	}
	return n
}

func (d *dossier) bodyHeight() int { return max(d.h-len(d.header()), 0) }

// clamp keeps the cursor's entry in view.
func (d *dossier) clamp() {
	d.cursor = min(max(d.cursor, 0), max(len(d.entries)-1, 0))
	if len(d.entries) == 0 {
		d.offset = 0
		return
	}
	first := d.lineOf(d.cursor)
	last := first + len(d.entryLines(d.cursor)) - 1
	if first < d.offset {
		d.offset = first
	}
	if last >= d.offset+d.bodyHeight() {
		d.offset = max(last-d.bodyHeight()+1, 0)
	}
}

// Update moves through the entries; enter asks for the sentence (or the
// article) in the reader.
func (d *dossier) Update(k tea.KeyPressMsg) tea.Cmd {
	nav := d.keys.Nav
	page := max(d.bodyHeight()/2, 1)
	switch {
	case key.Matches(k, d.keys.Open):
		if len(d.entries) == 0 {
			return nil
		}
		e := d.entries[d.cursor]
		msg := dossierOpenMsg{actor: d.actor, article: e.article, span: e.span}
		return func() tea.Msg { return msg }
	case key.Matches(k, d.keys.Next, d.keys.Prev):
		step := 1
		if key.Matches(k, d.keys.Prev) {
			step = -1
		}
		for i := d.cursor + step; i >= 0 && i < len(d.entries); i += step {
			if d.entries[i].span >= 0 {
				d.cursor = i
				break
			}
		}
	case key.Matches(k, nav.Up):
		d.cursor--
	case key.Matches(k, nav.Down):
		d.cursor++
	case key.Matches(k, nav.Top):
		d.cursor = 0
	case key.Matches(k, nav.Bottom):
		d.cursor = len(d.entries) - 1
	case key.Matches(k, nav.PageUp):
		d.cursor -= page
	case key.Matches(k, nav.PageDown):
		d.cursor += page
	}
	d.clamp()
	return nil
}

// View is the header and the entries from the offset, the cursor's marked.
func (d *dossier) View() []string {
	lines := d.header()
	skip := d.offset
	for i := range d.entries {
		if len(lines) >= d.h {
			break
		}
		el := d.entryLines(i)
		if skip >= len(el) {
			skip -= len(el)
			continue
		}
		e := &d.entries[i]
		style := rowStyle(d.styles, i == d.cursor, true)
		for li := skip; li < len(el) && len(lines) < d.h; li++ {
			switch {
			case e.span < 0:
				g := d.styles.Stance(e.stance).Render(glyph(e.stance))
				lines = append(lines, g+" "+style.Inherit(d.styles.Bold).Render(fit(el[li], d.w-2)))
			case li == 0:
				g := d.styles.Stance(e.stance).Render(glyph(e.stance))
				lines = append(lines, "  "+g+" "+style.Render(fit(el[li], d.w-4)))
			default:
				lines = append(lines, "    "+style.Render(fit(el[li], d.w-4)))
			}
		}
		skip = 0
	}
	return lines
}

// Title names the dossier and its size.
func (d *dossier) Title() string {
	return fmt.Sprintf("Dossier: %s · %s · esc closes", d.ix.names[d.actor],
		model.Plural(len(d.ix.evArticles[d.actor]), "article"))
}

func (d *dossier) HelpKeys() []key.Binding {
	// What matters most first: the pane's keys give way from the last.
	return []key.Binding{d.keys.Open, d.keys.Next, d.keys.Close, d.keys.Nav.Down}
}
