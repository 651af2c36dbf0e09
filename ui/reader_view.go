package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/lipgloss/v2"

	"standpoint/model"
)

// View renders the header and the visible lines only.
func (p *readerPane) View() []string {
	if len(p.ix.titles) == 0 {
		return []string{p.styles.Dim.Render("nothing to read")}
	}
	var out []string
	if p.headerLines() > 0 {
		out = append(out, p.styles.Bold.Render(fit(p.ix.titles[p.article], p.w)))
		meta := p.ix.files[p.article]
		if src := p.ix.sources[p.article]; src != "" {
			meta = src + " · " + meta
		}
		if d := p.ix.dates[p.article]; d != "" {
			meta = d + " · " + meta
		}
		meta += fmt.Sprintf(" · %d highlighted", len(p.active))
		if p.actor >= 0 {
			meta += " for " + p.ix.names[p.actor] + " (" + p.ix.kinds[p.actor]
			if role := p.ix.roles[p.actor]; role != "" {
				meta += ", " + role
			}
			meta += "; d: dossier)"
		}
		if f := &p.find; f.typing || f.query != "" {
			// The text search takes the line while there is one.
			line := p.styles.Prompt.Render("/") + f.query
			if f.typing {
				line += "▏"
			}
			line += p.styles.Dim.Render(fmt.Sprintf("  %d found · n/N · esc clears", len(f.found)))
			out = append(out, fit(line, p.w))
		} else {
			out = append(out, p.styles.Dim.Render(fit(meta, p.w)))
		}
	}
	lines := p.visibleLines()
	ct := p.text()
	end := min(p.offset+p.bodyHeight(), len(lines))
	for li := p.offset; li < end; li++ {
		out = append(out, p.renderLine(ct, lines[li]))
	}
	if why := p.whyLines(); len(why) > 0 {
		for len(out) < p.h-len(why) {
			out = append(out, "")
		}
		out = append(out, why...)
	}
	return out
}

// renderLine lays the active spans over one wrapped line and puts the glyph
// of the evidence that starts on it (or a bar, inside one) in the gutter;
// evidence starting inside the line has its glyph in the space before it.
func (p *readerPane) renderLine(ct *cleanText, lr lineRange) string {
	var body strings.Builder
	gutter := strings.Repeat(" ", gutterWidth)
	gutterSet, gutterStarts := false, false // it shows a span; one that starts on this line
	pos := lr.start
	for si := ct.firstCovering(lr.start); si < len(ct.spans) && ct.spans[si].start < lr.end; si++ {
		ai := p.activeOf[si]
		cs := ct.spans[si]
		if ai < 0 || cs.end <= lr.start {
			continue
		}
		st := p.styles.Stance(p.active[ai].stance)
		// Evidence starting inside the line is marked where it starts (its
		// glyph in the space before it) and by a bar in the gutter; at the
		// line's start, by its glyph in the gutter, which beats a bar.
		inline := cs.start > lr.start && ct.text[cs.start-1] == ' '
		starts := cs.start >= lr.start && !inline
		if !gutterStarts && (starts || !gutterSet) {
			mark := "│"
			if starts {
				mark = glyph(p.active[ai].stance)
			}
			gutter = st.Render(mark) + " "
			gutterSet, gutterStarts = true, starts
		}
		if ai == p.hit {
			st = p.styles.StanceActive(p.active[ai].stance)
		}
		from, to := max(cs.start, pos), min(cs.end, lr.end)
		if from >= to {
			continue
		}
		if inline && cs.start-1 >= pos {
			// A sentence that starts inside the line is marked where it
			// starts: its glyph takes the space before it.
			p.emit(&body, ct, pos, cs.start-1, nil)
			body.WriteString(p.styles.Stance(p.active[ai].stance).Render(glyph(p.active[ai].stance)))
			pos = cs.start
		}
		p.emit(&body, ct, pos, from, nil)
		p.emit(&body, ct, from, to, &st)
		pos = to
	}
	p.emit(&body, ct, pos, lr.end, nil)
	return fit(gutter+body.String(), p.w)
}

// emit writes the text [from:to] in style st (nil: unstyled, but page
// furniture dimmed), with the reader search's matches marked over it.
func (p *readerPane) emit(b *strings.Builder, ct *cleanText, from, to int, st *lipgloss.Style) {
	if st != nil || ct.kept == nil {
		p.emitStyled(b, ct.text, from, to, st)
		return
	}
	dim := p.styles.Dim
	k := sort.Search(len(ct.kept), func(i int) bool { return ct.kept[i].end > from })
	for ; from < to; k++ {
		if k >= len(ct.kept) || ct.kept[k].start >= to {
			p.emitStyled(b, ct.text, from, to, &dim)
			return
		}
		if ks := ct.kept[k].start; ks > from {
			p.emitStyled(b, ct.text, from, ks, &dim)
			from = ks
		}
		end := min(ct.kept[k].end, to)
		p.emitStyled(b, ct.text, from, end, nil)
		from = end
	}
}

func (p *readerPane) emitStyled(b *strings.Builder, text string, from, to int, st *lipgloss.Style) {
	write := func(s string, st *lipgloss.Style) {
		if st == nil {
			b.WriteString(s)
		} else {
			b.WriteString(renderSegment(*st, s))
		}
	}
	found := p.find.found
	i := sort.Search(len(found), func(i int) bool { return found[i].end > from })
	for ; from < to; i++ {
		if i >= len(found) || found[i].start >= to {
			write(text[from:to], st)
			return
		}
		m := found[i]
		if m.start > from {
			write(text[from:m.start], st)
			from = m.start
		}
		end := min(m.end, to)
		match := p.styles.StanceActive(model.None)
		if i == p.find.hit {
			match = p.styles.Selected
		}
		write(text[from:end], &match)
		from = end
	}
}

// renderSegment styles text without letting lipgloss wrap or pad it.
func renderSegment(st lipgloss.Style, s string) string {
	if s == "" {
		return ""
	}
	return st.Render(s)
}
