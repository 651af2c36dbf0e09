package ui

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// readerFind is the search in the article's text ("/" in the reader):
// accents and case folded, every match marked, n/N walking them while a
// query is set.
type readerFind struct {
	typing bool
	query  string
	found  []cleanSpan // matches in the cleaned text, in order
	hit    int         // the match n/N is on, -1 before the first
	folded string      // the article's cleaned text folded, and for each of
	runeAt []int       // its bytes the rune, and
	starts []int       // each rune's byte offset in the cleaned text
	of     int         // the article they are for, +1 (0: none)
}

// Finding reports whether a text search is being typed (it gets every key).
func (p *readerPane) Finding() bool { return p.find.typing }

// Searching reports whether a text search is set (n/N walk its matches).
func (p *readerPane) Searching() bool { return p.find.query != "" }

func (p *readerPane) startFind() {
	p.find.typing = true
}

// ClearFind drops the text search.
func (p *readerPane) ClearFind() {
	p.find.typing, p.find.query, p.find.found, p.find.hit = false, "", nil, -1
}

// findKey edits the query; every key is text but enter, esc and backspace.
func (p *readerPane) findKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.keys
	switch {
	case key.Matches(k, keys.FindCancel):
		p.ClearFind()
		return p.say("search cleared")
	case key.Matches(k, keys.FindAccept):
		p.find.typing = false
		if p.find.query == "" {
			return nil
		}
		return p.describeFind()
	case key.Matches(k, keys.FindDelete):
		if q := p.find.query; q != "" {
			_, size := utf8.DecodeLastRuneInString(q)
			return p.setFind(q[:len(q)-size])
		}
	case k.Text != "" && k.Mod&(tea.ModCtrl|tea.ModAlt) == 0:
		return p.setFind(p.find.query + k.Text)
	}
	return nil
}

// setFind searches the article for q and moves to the first match at or
// after the top of the view.
func (p *readerPane) setFind(q string) tea.Cmd {
	p.find.query = q
	p.refind()
	if len(p.find.found) == 0 {
		if q == "" {
			return nil
		}
		return p.say(fmt.Sprintf("no %q in this article", q))
	}
	lines := p.visibleLines()
	top := 0
	if p.offset < len(lines) {
		top = lines[p.offset].start
	}
	p.find.hit = sort.Search(len(p.find.found), func(i int) bool { return p.find.found[i].start >= top }) % len(p.find.found)
	p.scrollToOffset(p.find.found[p.find.hit].start)
	return p.describeFind()
}

// refind recomputes the matches of the query in the current article.
func (p *readerPane) refind() {
	f := &p.find
	f.found, f.hit = f.found[:0], -1
	words := model.Fold(f.query)
	if strings.TrimSpace(words) == "" || len(p.ix.titles) == 0 {
		return
	}
	if f.of != p.article+1 {
		text := p.text().text
		f.folded, f.runeAt = model.FoldIndexed(text)
		f.starts = f.starts[:0]
		for i := range text {
			f.starts = append(f.starts, i)
		}
		f.starts = append(f.starts, len(text))
		f.of = p.article + 1
	}
	for at := 0; at+len(words) <= len(f.folded); {
		i := strings.Index(f.folded[at:], words)
		if i < 0 {
			break
		}
		i += at
		last := f.runeAt[i+len(words)-1]
		f.found = append(f.found, cleanSpan{f.starts[f.runeAt[i]], f.starts[last+1]})
		at = i + len(words)
	}
}

// stepFind moves to the next (d=1) or previous match, wrapping around.
func (p *readerPane) stepFind(d int) tea.Cmd {
	n := len(p.find.found)
	if n == 0 {
		return p.say(fmt.Sprintf("no %q in this article", p.find.query))
	}
	next := p.find.hit + d
	if p.find.hit < 0 && d < 0 {
		next = n - 1
	}
	p.find.hit = (next%n + n) % n
	p.scrollToOffset(p.find.found[p.find.hit].start)
	return p.describeFind()
}

func (p *readerPane) describeFind() tea.Cmd {
	if len(p.find.found) == 0 {
		return p.say(fmt.Sprintf("no %q in this article", p.find.query))
	}
	return p.say(fmt.Sprintf("match %d/%d for %q (n/N; esc clears)", p.find.hit+1, len(p.find.found), p.find.query))
}

// scrollToOffset brings the line holding a cleaned-text offset into view,
// with a line of context above.
func (p *readerPane) scrollToOffset(at int) {
	w := p.wrap()
	w.toByte(at)
	lines := w.lines
	li := sort.Search(len(lines), func(i int) bool { return lines[i].end > at })
	if li >= len(lines) {
		li = len(lines) - 1
	}
	if li < p.offset || li >= p.offset+p.bodyHeight() {
		p.offset = li - 1
	}
	p.clampOffset()
}

// Paste adds pasted text to the query being typed, as one line.
func (p *readerPane) Paste(text string) tea.Cmd {
	text = strings.Join(strings.Fields(model.CleanLine(text)), " ")
	if text == "" {
		return nil
	}
	return p.setFind(p.find.query + text)
}
