package ui

import "strings"

// gapCloser writes cleaned text with the gaps that blanked markup leaves
// closed up: runs of spaces become one, spaces at the start of a line go,
// and blank lines run to one at most (none at the top). It writes as it
// reads, so that an evidence boundary between two writes falls just where
// the text resumes, and keeps its state from one write to the next.
type gapCloser struct {
	b       *strings.Builder
	started bool // a line with text was written
	inLine  bool // the current line has text
	space   bool // the last byte written was a space
	breaks  int  // line breaks since the last text
}

func (g *gapCloser) write(s string) (int, error) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ':
			if g.inLine && !g.space {
				g.b.WriteByte(' ')
				g.space = true
			}
		case '\n':
			if g.started && g.breaks < 2 {
				g.b.WriteByte('\n')
			}
			g.breaks++
			g.inLine, g.space = false, false
		default:
			g.b.WriteByte(c)
			g.started, g.inLine, g.space, g.breaks = true, true, false, 0
		}
	}
	return len(s), nil
}
