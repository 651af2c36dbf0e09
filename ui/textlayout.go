package ui

import (
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"

	"standpoint/model"
)

// cleanText is an article's text after model.Clean with its evidence spans
// moved to offsets into the cleaned text.
type cleanText struct {
	text   string
	spans  []cleanSpan // parallel to corpusIndex.spans[article]
	maxEnd []int       // maxEnd[i] = max(spans[:i+1].end), to find spans covering a line
	kept   []cleanSpan // article text, in order; the rest is page furniture (none known: nil)
}

type cleanSpan struct{ start, end int }

// newCleanText cleans the raw text piece by piece between evidence (and
// kept-text) boundaries: Clean can change lengths, so cleaning each piece
// separately is what keeps every boundary's new offset known.
func newCleanText(raw string, spans []span, kept []int32) *cleanText {
	bounds := make([]int, 0, 2*len(spans)+len(kept)+2)
	bounds = append(bounds, 0, len(raw))
	for _, sp := range spans {
		bounds = append(bounds, sp.start, sp.end)
	}
	for _, k := range kept {
		bounds = append(bounds, int(k))
	}
	sort.Ints(bounds)
	at := make(map[int]int, len(bounds))
	var b strings.Builder
	b.Grow(len(raw))
	prev := 0
	at[0] = 0
	for _, x := range bounds {
		if x <= prev || x > len(raw) {
			continue
		}
		b.WriteString(model.Clean(raw[prev:x]))
		at[x] = b.Len()
		prev = x
	}
	ct := &cleanText{text: b.String(), spans: make([]cleanSpan, len(spans)), maxEnd: make([]int, len(spans))}
	m := 0
	for i, sp := range spans {
		ct.spans[i] = cleanSpan{at[sp.start], at[sp.end]}
		m = max(m, ct.spans[i].end)
		ct.maxEnd[i] = m
	}
	for i := 0; i+1 < len(kept); i += 2 {
		s, e := int(kept[i]), int(kept[i+1])
		if s >= 0 && s < e && e <= len(raw) && (len(ct.kept) == 0 || at[s] >= ct.kept[len(ct.kept)-1].end) {
			ct.kept = append(ct.kept, cleanSpan{at[s], at[e]})
		}
	}
	return ct
}

// firstCovering is the first span that may overlap [start, ...): spans before
// it all end at or before start.
func (ct *cleanText) firstCovering(start int) int {
	return sort.Search(len(ct.maxEnd), func(i int) bool { return ct.maxEnd[i] > start })
}

// lineRange is one wrapped line: a byte range of the cleaned text.
type lineRange struct{ start, end int }

// wrapText word-wraps text to width cells, breaking words longer than a line.
// Lines are byte ranges so that highlights can be laid over them later.
func wrapText(text string, width int) []lineRange {
	width = max(width, 1)
	var lines []lineRange
	para := 0
	for para <= len(text) {
		end := strings.IndexByte(text[para:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += para
		}
		lines = wrapParagraph(text, para, end, width, lines)
		para = end + 1
	}
	return lines
}

func wrapParagraph(text string, start, end, width int, lines []lineRange) []lineRange {
	if start == end {
		return append(lines, lineRange{start, start})
	}
	lineStart, lineW := start, 0
	lastBreak := -1 // byte offset just after the last space on this line
	widthAtBreak := 0
	state := -1
	for i := start; i < end; {
		cluster, _, w, st := uniseg.FirstGraphemeClusterInString(text[i:end], state)
		if w > 0 {
			// Trust ansi's width (what lipgloss measures) over uniseg's.
			w = ansi.StringWidth(cluster)
		}
		next := i + len(cluster)
		if lineW+w > width && lineW > 0 {
			switch {
			case cluster == " ": // the space that overflows ends the line
				lines = append(lines, lineRange{lineStart, i})
				lineStart, lineW, lastBreak = next, 0, -1
				i = next
			case lastBreak > lineStart:
				lines = append(lines, lineRange{lineStart, lastBreak})
				lineStart, lineW, lastBreak = lastBreak, lineW-widthAtBreak, -1
			default: // a word longer than the line is cut
				lines = append(lines, lineRange{lineStart, i})
				lineStart, lineW, lastBreak = i, 0, -1
			}
			state = -1
			continue // measure again against the new line
		}
		state = st
		lineW += w
		if cluster == " " {
			lastBreak, widthAtBreak = next, lineW
		}
		i = next
	}
	return append(lines, lineRange{lineStart, end})
}
