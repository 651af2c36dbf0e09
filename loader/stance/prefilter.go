package stance

import "strings"

// A frame is tried at every word that can open it, and most tries fail on
// a word the clause does not hold at all ("is" opens dozens of frames;
// few clauses hold "ready", "cool" or "impossible" after it). Each frame
// keeps what a clause must hold for it to match, and a clause's words are
// numbered once into a bit set, so that those frames are not tried.

// need is one element a match cannot do without: one of its words, or a
// word naming the proposal or carrying it out where it allows them.
type need struct {
	ids           []int32
	mask          uint64 // the ids folded into 64 bits: a clause's fold of its own words that misses all of them cannot meet it
	proposal, act bool   // a word of the proposal, or of its act, meets it
}

// presence is which of the frames' words a clause holds.
type presence struct {
	bits          []uint64
	folded        uint64 // bit id%64 of every id in bits
	proposal, act bool
}

// indexNeeds numbers the frames' words and gives each frame its needs.
func (f *Frames) indexNeeds() {
	f.wordID = map[string]int32{}
	id := func(w string) int32 {
		n, ok := f.wordID[w]
		if !ok {
			n = int32(len(f.wordID))
			f.wordID[w] = n
		}
		return n
	}
	seen := map[*frame]bool{}
	index := func(fr *frame) {
		if seen[fr] {
			return
		}
		seen[fr] = true
		for _, e := range fr.elems {
			switch {
			case e.optional:
			case e.kind == elemWords:
				n := need{proposal: e.orProposal, act: e.orAct}
				for w := range e.words {
					if w != "{P}" && w != "{A}" {
						n.ids = append(n.ids, id(w))
						n.mask |= 1 << (n.ids[len(n.ids)-1] & 63)
					}
				}
				fr.needs = append(fr.needs, n)
			case e.kind == elemProposal && !e.refTail:
				fr.needs = append(fr.needs, need{proposal: true})
			case e.kind == elemAct:
				fr.needs = append(fr.needs, need{act: true})
			}
		}
	}
	for _, frames := range f.byFirst {
		for _, fr := range frames {
			index(fr)
		}
	}
	for _, fr := range f.proposal {
		index(fr)
	}
	for _, fr := range f.act {
		index(fr)
	}
	// Every word that opens a frame gets a number too, so that a clause's
	// words find their frames by it (matches) without a second lookup.
	f.byFirstID = make([][]*frame, 0, len(f.wordID)+len(f.byFirst))
	for w, frames := range f.byFirst {
		n := id(w)
		for int(n) >= len(f.byFirstID) {
			f.byFirstID = append(f.byFirstID, nil)
		}
		f.byFirstID[n] = frames
	}
	f.notID = -1
	if n, ok := f.wordID["not"]; ok {
		f.notID = n
	}
}

// presenceOf fills buf with the clause's words that frames name, and ids
// with each word's number (-1 for none).
func (f *Frames) presenceOf(w []Word, buf []uint64, ids []int32) presence {
	p := presence{bits: buf}
	clear(p.bits)
	for i := range w {
		ids[i] = -1
		n, ok := f.wordID[w[i].Fold]
		if !ok && f.notID >= 0 && w[i].Word && strings.HasSuffix(w[i].Fold, "n't") {
			n, ok = f.notID, true // "don't see" holds the frames' "not"
		}
		if ok {
			p.bits[n>>6] |= 1 << (n & 63)
			p.folded |= 1 << (n & 63)
			ids[i] = n
		}
		p.proposal = p.proposal || w[i].Proposal
		p.act = p.act || w[i].Act
	}
	return p
}

// possibleIn reports whether the clause holds all the frame needs.
func (fr *frame) possibleIn(p *presence) bool {
	for _, n := range fr.needs {
		if n.proposal && p.proposal || n.act && p.act {
			continue
		}
		if n.mask&p.folded == 0 {
			return false
		}
		met := false
		for _, id := range n.ids {
			if p.bits[id>>6]&(1<<(id&63)) != 0 {
				met = true
				break
			}
		}
		if !met {
			return false
		}
	}
	return true
}
