package ui

// scroller is a cursor over n rows of which height are visible: the list
// logic every pane shares.
type scroller struct {
	cursor, offset, n, height int
}

func (s *scroller) setN(n int) {
	s.n = max(n, 0)
	s.clamp()
}

func (s *scroller) setHeight(h int) {
	s.height = max(h, 0)
	s.clamp()
}

func (s *scroller) move(d int) {
	s.cursor += d
	s.clamp()
}

func (s *scroller) set(i int) {
	s.cursor = i
	s.clamp()
}

func (s *scroller) page(d int) { s.move(d * max(s.height-1, 1)) }

// clamp keeps the cursor on a row and the cursor's row visible.
func (s *scroller) clamp() {
	s.cursor = min(max(s.cursor, 0), max(s.n-1, 0))
	if s.cursor < s.offset {
		s.offset = s.cursor
	}
	if s.height > 0 && s.cursor >= s.offset+s.height {
		s.offset = s.cursor - s.height + 1
	}
	s.offset = min(max(s.offset, 0), max(s.n-s.height, 0))
}

// scroll moves the view without the cursor leaving it (mouse wheel).
func (s *scroller) scroll(d int) {
	s.offset = min(max(s.offset+d, 0), max(s.n-s.height, 0))
	if s.cursor < s.offset {
		s.cursor = s.offset
	}
	if s.height > 0 && s.cursor >= s.offset+s.height {
		s.cursor = s.offset + s.height - 1
	}
	s.cursor = min(max(s.cursor, 0), max(s.n-1, 0))
}

// visible is the range of rows on screen.
func (s *scroller) visible() (from, to int) {
	return s.offset, min(s.offset+s.height, s.n)
}
