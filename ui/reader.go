package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// readerPane shows one article's text with its evidence highlighted.
type readerPane struct {
	ix      *corpusIndex
	styles  *Styles
	keys    ReaderKeyMap
	w, h    int
	focused bool

	article int
	actor   int  // only this actor's evidence is highlighted; -1 for all
	offset  int  // first body line shown
	hit     int  // index into active of the evidence n/N is on; -1 for none
	showWhy bool // explain the evidence n/N is on (i)

	active   []activeSpan // highlighted spans in text order
	activeOf []int        // per span of the article: index into active or -1

	texts map[int]*cleanText // cleaned once per article
	wraps map[int]*wrapped   // wrapped (lazily) once per article and width
}

// activeSpan is a highlighted evidence span and the stance it is shown with.
type activeSpan struct {
	span   int
	stance model.Stance
}

type wrapped struct {
	width int
	wrap  *wrapper
}

func newReaderPane(ix *corpusIndex, st *Styles) *readerPane {
	p := &readerPane{ix: ix, styles: st, keys: DefaultReaderKeyMap(), actor: -1,
		texts: map[int]*cleanText{}, wraps: map[int]*wrapped{}}
	p.SetArticle(0)
	return p
}

func (p *readerPane) Title() string {
	if len(p.ix.titles) == 0 {
		return "Reader"
	}
	return fmt.Sprintf("Reader · %d/%d", p.article+1, len(p.ix.titles))
}
func (p *readerPane) Focus() { p.focused = true }
func (p *readerPane) Blur()  { p.focused = false }

// Article is the article shown; Actor the actor filter (-1: all).
func (p *readerPane) Article() int { return p.article }
func (p *readerPane) Actor() int   { return p.actor }

func (p *readerPane) SetSize(w, h int) {
	p.w, p.h = max(w, 0), max(h, 0)
	if p.hit >= 0 {
		p.scrollTo(p.active[p.hit])
	}
	p.clampOffset()
}

// SetArticle shows article i from its top.
func (p *readerPane) SetArticle(i int) {
	if n := len(p.ix.titles); n > 0 {
		p.article = min(max(i, 0), n-1)
	}
	p.offset, p.hit = 0, -1
	p.computeActive()
}

// SetActor restricts the highlights to one actor (-1 shows all).
func (p *readerPane) SetActor(a int) {
	p.actor, p.hit = a, -1
	p.computeActive()
}

// JumpFirst moves to the first highlighted evidence, if any.
func (p *readerPane) JumpFirst() tea.Cmd {
	if len(p.active) == 0 {
		return nil
	}
	return p.goToHit(0)
}

func (p *readerPane) computeActive() {
	p.active = p.active[:0]
	if len(p.ix.spans) == 0 {
		p.activeOf = nil
		return
	}
	spans := p.ix.spans[p.article]
	p.activeOf = make([]int, len(spans))
	for i, sp := range spans {
		p.activeOf[i] = -1
		st := sp.stance
		if p.actor >= 0 {
			st = model.None
			for _, sa := range sp.actors {
				if sa.actor == p.actor {
					st = sa.stance
				}
			}
		}
		if st != model.None {
			p.activeOf[i] = len(p.active)
			p.active = append(p.active, activeSpan{span: i, stance: st})
		}
	}
}

func (p *readerPane) text() *cleanText {
	ct, ok := p.texts[p.article]
	if !ok {
		art := &p.ix.corpus.Articles[p.article]
		ct = newCleanText(art.Text, p.ix.spans[p.article], art.Format == model.Markdown)
		p.texts[p.article] = ct
	}
	return ct
}

// wrap is the article's wrapper at the body width, cached per width. It
// wraps only as far as asked: the visible lines, or up to an evidence.
func (p *readerPane) wrap() *wrapper {
	if len(p.ix.titles) == 0 {
		return newWrapper("", 1)
	}
	w := p.bodyWidth()
	if wr, ok := p.wraps[p.article]; ok && wr.width == w {
		return wr.wrap
	}
	wr := &wrapped{width: w, wrap: newWrapper(p.text().text, w)}
	p.wraps[p.article] = wr
	return wr.wrap
}

// visibleLines is the wrapped lines up to the end of the screen (or more,
// if already wrapped).
func (p *readerPane) visibleLines() []lineRange {
	w := p.wrap()
	w.toLine(p.offset + p.bodyHeight())
	return w.lines
}

// gutterWidth holds a stance glyph and a space before every line.
const gutterWidth = 2

func (p *readerPane) bodyWidth() int { return max(p.w-gutterWidth, 1) }

// headerLines is the title and source above the text, dropped when tiny.
func (p *readerPane) headerLines() int {
	if p.h < 4 {
		return 0
	}
	return 2
}

func (p *readerPane) bodyHeight() int { return max(p.h-p.headerLines()-len(p.whyLines()), 0) }

func (p *readerPane) clampOffset() {
	n := len(p.visibleLines()) // wrapped at least to the screen's end, when there is text to
	p.offset = min(max(p.offset, 0), max(n-p.bodyHeight(), 0))
}

func (p *readerPane) Update(msg tea.Msg) tea.Cmd {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	nav := p.keys.Nav
	switch {
	case key.Matches(k, p.keys.NextHit):
		return p.step(1)
	case key.Matches(k, p.keys.PrevHit):
		return p.step(-1)
	case key.Matches(k, p.keys.Why):
		p.showWhy = !p.showWhy
		if p.hit >= 0 {
			p.scrollTo(p.active[p.hit]) // the panel takes lines: keep the sentence in view
		}
	case key.Matches(k, p.keys.ShowAll):
		p.SetActor(-1)
		return status("showing every actor's evidence")
	case key.Matches(k, nav.Up):
		p.offset--
	case key.Matches(k, nav.Down):
		p.offset++
	case key.Matches(k, nav.Top):
		p.offset = 0
	case key.Matches(k, nav.Bottom):
		w := p.wrap()
		w.until(func() bool { return false }) // the bottom needs every line
		p.offset = len(w.lines)
	case key.Matches(k, nav.PageUp):
		p.offset -= max(p.bodyHeight()-1, 1)
	case key.Matches(k, nav.PageDown):
		p.offset += max(p.bodyHeight()-1, 1)
	}
	p.clampOffset()
	return nil
}

// Scroll moves the text by d lines (mouse wheel).
func (p *readerPane) Scroll(d int) {
	p.offset += d
	p.clampOffset()
}

// Click does nothing in the reader but focus it.
func (p *readerPane) Click(_, _ int) tea.Cmd { return nil }

// step moves to the next (d=1) or previous (d=-1) highlight, wrapping around.
func (p *readerPane) step(d int) tea.Cmd {
	n := len(p.active)
	if n == 0 {
		if p.actor >= 0 {
			return status(fmt.Sprintf("no evidence of %s in this article", p.ix.names[p.actor]))
		}
		return status("no evidence in this article")
	}
	next := p.hit + d
	if p.hit < 0 && d < 0 {
		next = n - 1
	}
	return p.goToHit((next%n + n) % n)
}

func (p *readerPane) goToHit(i int) tea.Cmd {
	p.hit = i
	p.scrollTo(p.active[i])
	return status(p.describeHit())
}

// scrollTo brings a span's first line into view, with a line of context.
func (p *readerPane) scrollTo(a activeSpan) {
	start := p.text().spans[a.span].start
	w := p.wrap()
	w.toByte(start)
	lines := w.lines
	li := sort.Search(len(lines), func(i int) bool { return lines[i].end > start })
	if li >= len(lines) {
		li = len(lines) - 1
	}
	if li < p.offset || li >= p.offset+p.bodyHeight() {
		p.offset = li - 1
	}
	p.clampOffset()
}

// describeHit says which actors and stance the current evidence is.
func (p *readerPane) describeHit() string {
	a := p.active[p.hit]
	sp := p.ix.spans[p.article][a.span]
	var names []string
	for _, sa := range sp.actors {
		if p.actor < 0 || sa.actor == p.actor {
			names = append(names, fmt.Sprintf("%s (%s)", p.ix.names[sa.actor], sa.stance.Label()))
		}
	}
	return fmt.Sprintf("evidence %d/%d %s %s", p.hit+1, len(p.active), glyph(a.stance), strings.Join(names, ", "))
}

func status(s string) tea.Cmd { return func() tea.Msg { return statusMsg(s) } }

func (p *readerPane) HelpKeys() []key.Binding {
	return []key.Binding{p.keys.NextHit, p.keys.PrevHit, p.keys.Why, p.keys.ShowAll, p.keys.Nav.Down, p.keys.Nav.PageDown}
}
