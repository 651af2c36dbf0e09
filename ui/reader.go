package ui

import (
	"fmt"
	"slices"
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

	find   readerFind
	notify func(string) // the status line's notice

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
	p := &readerPane{ix: ix, styles: st, keys: DefaultReaderKeyMap(), actor: -1, find: readerFind{hit: -1},
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
	p.refind() // the search follows into the new article
}

// SetActor restricts the highlights to one actor (-1 shows all).
func (p *readerPane) SetActor(a int) {
	p.actor, p.hit = a, -1
	p.computeActive()
}

// JumpFirst moves to the first highlighted evidence and reports whether
// there was one.
func (p *readerPane) JumpFirst() bool {
	if len(p.active) == 0 {
		return false
	}
	p.goToHit(0)
	return true
}

// JumpToSpan moves to the highlight of the article's span si and reports
// whether it is shown.
func (p *readerPane) JumpToSpan(si int) bool {
	if si < 0 || si >= len(p.activeOf) || p.activeOf[si] < 0 {
		return false
	}
	p.goToHit(p.activeOf[si])
	return true
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
		st, shown := sp.stance, sp.stance != model.None
		if p.actor >= 0 {
			// One actor's sentences: those that only name it too.
			shown = false
			for _, sa := range sp.actors {
				if sa.actor == p.actor {
					st, shown = sa.stance, true
				}
			}
		}
		if shown {
			p.activeOf[i] = len(p.active)
			p.active = append(p.active, activeSpan{span: i, stance: st})
		}
	}
}

func (p *readerPane) text() *cleanText { return p.textFor(p.article) }

// textFor is article art's cleaned text, cleaned once.
func (p *readerPane) textFor(art int) *cleanText {
	ct, ok := p.texts[art]
	if !ok {
		a := &p.ix.corpus.Articles[art]
		ct = newCleanText(a.Text, p.ix.spans[art], a.Kept, a.Format == model.Markdown)
		p.texts[art] = ct
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

// gutterWidth holds a stance glyph and a space before every line; a margin
// keeps text off the right border; lines stop at a comfortable measure on
// wide terminals.
const (
	gutterWidth  = 2
	marginWidth  = 1
	maxLineWidth = 96
)

func (p *readerPane) bodyWidth() int { return min(max(p.w-gutterWidth-marginWidth, 1), maxLineWidth) }

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
	if p.find.typing {
		return p.findKey(k)
	}
	nav := p.keys.Nav
	switch {
	case key.Matches(k, p.keys.Find):
		p.startFind()
		return p.say("search this article: type, enter to keep, esc to clear")
	case key.Matches(k, p.keys.NextHit) && p.Searching():
		return p.stepFind(1)
	case key.Matches(k, p.keys.PrevHit) && p.Searching():
		return p.stepFind(-1)
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
		return p.say("showing every actor's evidence")
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
	case key.Matches(k, nav.PageDown, p.keys.PageDown2):
		p.offset += max(p.bodyHeight()-1, 1)
	case key.Matches(k, p.keys.PageUp2):
		p.offset -= max(p.bodyHeight()-1, 1)
	case key.Matches(k, p.keys.HalfDown):
		p.offset += max(p.bodyHeight()/2, 1)
	case key.Matches(k, p.keys.HalfUp):
		p.offset -= max(p.bodyHeight()/2, 1)
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

// step moves to the next (d=1) or previous (d=-1) highlight. With one
// actor's sentences shown it goes on into the next article that has one
// (round to the first); with everyone's it wraps around in the article.
func (p *readerPane) step(d int) tea.Cmd {
	n := len(p.active)
	next := p.hit + d
	if p.hit < 0 && d < 0 {
		next = n - 1
	}
	if p.actor >= 0 && (next < 0 || next >= n) {
		return p.stepArticle(d)
	}
	if n == 0 {
		return p.say("no evidence in this article")
	}
	return p.goToHit((next%n + n) % n)
}

// stepArticle moves to the first (d=1) or last (d=-1) sentence of the
// actor in the next or previous article that has one.
func (p *readerPane) stepArticle(d int) tea.Cmd {
	arts, _ := p.ix.walk(p.actor)
	if len(arts) == 0 {
		return p.say("no sentence names " + p.ix.names[p.actor])
	}
	art := p.ix.nextArticleFor(p.actor, p.article, d)
	switch {
	case art < 0 && d > 0:
		art = arts[0]
	case art < 0:
		art = arts[len(arts)-1]
	}
	if art != p.article {
		p.SetArticle(art)
	}
	hit := 0
	if d < 0 {
		hit = len(p.active) - 1
	}
	if hit < 0 {
		return nil
	}
	p.goToHit(hit)
	return func() tea.Msg { return readerArticleMsg{} }
}

func (p *readerPane) goToHit(i int) tea.Cmd {
	p.hit = i
	p.scrollTo(p.active[i])
	return p.say(p.describeHit())
}

// scrollTo brings a span's first line into view, with a line of context.
func (p *readerPane) scrollTo(a activeSpan) { p.scrollToOffset(p.text().spans[a.span].start) }

// describeHit says which actors and stance the current evidence is; with
// one actor's sentences shown (the status line names it), where this
// article is among those naming it.
func (p *readerPane) describeHit() string {
	a := p.active[p.hit]
	sp := p.ix.spans[p.article][a.span]
	if p.actor >= 0 {
		arts, positions := p.ix.walk(p.actor)
		i, in := slices.BinarySearch(arts, p.article)
		where := fmt.Sprintf("article %d of %d", i+1, len(arts))
		if !in {
			where = fmt.Sprintf("%d articles", len(arts))
		}
		if positions {
			where += " with a position"
		} else {
			where += " naming them"
		}
		return fmt.Sprintf("evidence %d/%d %s %s · %s", p.hit+1, len(p.active), glyph(a.stance), a.stance.Words(), where)
	}
	var names []string
	for _, sa := range sp.actors {
		if sa.stance != model.None {
			names = append(names, fmt.Sprintf("%s (%s)", p.ix.names[sa.actor], sa.stance.Label()))
		}
	}
	return fmt.Sprintf("evidence %d/%d %s %s", p.hit+1, len(p.active), glyph(a.stance), strings.Join(names, ", "))
}

// say puts a notice in the status line at once: a notice sent as a command
// could arrive after a later key's, as the program runs commands
// concurrently.
func (p *readerPane) say(s string) tea.Cmd {
	if p.notify != nil {
		p.notify(s)
	}
	return nil
}

func (p *readerPane) HelpKeys() []key.Binding {
	if p.find.typing {
		return []key.Binding{p.keys.FindAccept, p.keys.FindCancel, p.keys.FindDelete}
	}
	return []key.Binding{p.keys.NextHit, p.keys.PrevHit, p.keys.Why, p.keys.ShowAll, p.keys.Find, p.keys.Nav.Down, p.keys.PageDown2, p.keys.HalfDown}
}
