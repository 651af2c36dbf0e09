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
// separately is what keeps every boundary's new offset known. With blanked
// set (Markdown, whose markup was blanked to spaces) the gaps the markup
// left are closed up too.
func newCleanText(raw string, spans []span, kept []int32, blanked bool) *cleanText {
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
	closer := gapCloser{b: &b}
	write := b.WriteString
	if blanked {
		write = closer.write
	}
	prev := 0
	at[0] = 0
	for _, x := range bounds {
		if x <= prev || x > len(raw) {
			continue
		}
		write(model.Clean(raw[prev:x]))
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
	w := newWrapper(text, width)
	w.until(func() bool { return false })
	return w.lines
}

// wrapper wraps a text lazily: lines are made as far as they are asked
// for, and the wrapping stops and resumes at any line, mid-paragraph too.
// Wrapping a 16 MB article whole froze the app for a second when it was
// opened; now opening it wraps the first screen.
type wrapper struct {
	text  string
	width int
	lines []lineRange
	done  bool

	// Where wrapping stands: the paragraph [para, end) and, inside it,
	// the scan of wrapParagraph.
	para, end               int
	inPara                  bool
	i, lineStart, lineW     int
	lastBreak, widthAtBreak int
	state                   int
}

func newWrapper(text string, width int) *wrapper {
	return &wrapper{text: text, width: max(width, 1)}
}

// until wraps until enough reports true (asked after each line) or the text
// ends.
func (w *wrapper) until(enough func() bool) {
	for !w.done && !enough() {
		w.step()
	}
}

// toLine wraps until line n exists (or the text ends).
func (w *wrapper) toLine(n int) {
	w.until(func() bool { return len(w.lines) > n })
}

// toByte wraps until the line holding byte b exists (or the text ends).
func (w *wrapper) toByte(b int) {
	w.until(func() bool { return len(w.lines) > 0 && w.lines[len(w.lines)-1].end > b })
}

// step makes one more line.
func (w *wrapper) step() {
	text := w.text
	if !w.inPara {
		if w.para > len(text) {
			w.done = true
			return
		}
		end := strings.IndexByte(text[w.para:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += w.para
		}
		w.end = end
		if w.para == end {
			w.lines = append(w.lines, lineRange{w.para, w.para})
			w.para = end + 1
			return
		}
		w.inPara = true
		w.i, w.lineStart, w.lineW, w.lastBreak, w.widthAtBreak, w.state = w.para, w.para, 0, -1, 0, -1
	}
	end := w.end
	for w.i < end {
		cluster, _, cw, st := uniseg.FirstGraphemeClusterInString(text[w.i:end], w.state)
		if cw > 0 {
			// Trust ansi's width (what lipgloss measures) over uniseg's.
			cw = ansi.StringWidth(cluster)
		}
		next := w.i + len(cluster)
		if w.lineW+cw > w.width && w.lineW > 0 {
			switch {
			case cluster == " ": // the space that overflows ends the line
				w.lines = append(w.lines, lineRange{w.lineStart, w.i})
				w.lineStart, w.lineW, w.lastBreak = next, 0, -1
				w.i = next
			case w.lastBreak > w.lineStart:
				w.lines = append(w.lines, lineRange{w.lineStart, w.lastBreak})
				w.lineStart, w.lineW, w.lastBreak = w.lastBreak, w.lineW-w.widthAtBreak, -1
			default: // a word longer than the line is cut
				w.lines = append(w.lines, lineRange{w.lineStart, w.i})
				w.lineStart, w.lineW, w.lastBreak = w.i, 0, -1
			}
			w.state = -1
			return // measured again against the new line when resumed
		}
		w.state = st
		w.lineW += cw
		if cluster == " " {
			w.lastBreak, w.widthAtBreak = next, w.lineW
		}
		w.i = next
	}
	w.lines = append(w.lines, lineRange{w.lineStart, end})
	w.inPara = false
	w.para = end + 1
}
