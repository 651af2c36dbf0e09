package loader

// literalSet finds which of a fixed set of strings occur in a text, all in
// one pass (an Aho-Corasick automaton over bytes). The stance rules'
// prefilters share one set, so that a clause is scanned once for all of
// them instead of once per rule.
type literalSet struct {
	next   []map[byte]int32 // goto function while building; state 0 is the root
	fail   []int32
	delta  [][256]int32 // the automaton as a table: state, byte → state
	output [][]int32    // patterns that end in each state, through failure links too
	count  int
}

func newLiteralSet(patterns []string) *literalSet {
	ls := &literalSet{next: []map[byte]int32{{}}, fail: []int32{0}, output: [][]int32{nil}, count: len(patterns)}
	for id, p := range patterns {
		state := int32(0)
		for i := 0; i < len(p); i++ {
			n, ok := ls.next[state][p[i]]
			if !ok {
				n = int32(len(ls.next))
				ls.next = append(ls.next, map[byte]int32{})
				ls.fail = append(ls.fail, 0)
				ls.output = append(ls.output, nil)
				ls.next[state][p[i]] = n
			}
			state = n
		}
		ls.output[state] = append(ls.output[state], int32(id))
	}
	// Breadth first, so that a state's failure target is done before it.
	queue := []int32{}
	for _, n := range ls.next[0] {
		queue = append(queue, n)
	}
	order := []int32{0}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		order = append(order, s)
		for b, n := range ls.next[s] {
			queue = append(queue, n)
			f := ls.fail[s]
			for {
				if t, ok := ls.next[f][b]; ok && t != n {
					ls.fail[n] = t
					break
				}
				if f == 0 {
					ls.fail[n] = 0
					break
				}
				f = ls.fail[f]
			}
			ls.output[n] = append(ls.output[n], ls.output[ls.fail[n]]...)
		}
	}
	ls.delta = make([][256]int32, len(ls.next))
	for _, s := range order {
		// Missing transitions are the failure state's (done before s, in
		// breadth-first order); copying its row is far cheaper than 256 look-ups.
		if s != 0 {
			ls.delta[s] = ls.delta[ls.fail[s]]
		}
		for b, n := range ls.next[s] {
			ls.delta[s][b] = n
		}
	}
	ls.next = nil
	return ls
}

// anyIn reports whether any pattern occurs in text, comparing ASCII letters
// without case (the patterns are lower case).
func (ls *literalSet) anyIn(text string) bool {
	state := int32(0)
	for i := 0; i < len(text); i++ {
		b := text[i]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		state = ls.delta[state][b]
		if len(ls.output[state]) > 0 {
			return true
		}
	}
	return false
}
