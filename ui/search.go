package ui

import (
	"sort"
	"strings"

	"github.com/sahilm/fuzzy"

	"standpoint/model"
)

// searchIndex holds every actor's searchable strings (name, aliases, role)
// folded once, so that a query costs one fuzzy pass per word and nothing on
// the render path.
type searchIndex struct {
	folded []string    // what fuzzy.Find sees
	keys   []searchKey // parallel to folded
}

type searchKey struct {
	actor   int
	field   int    // 0 is the name; others are aliases and the role
	text    string // cleaned original, shown when the match is not in the name
	runeIdx []int  // folded byte -> rune of text
}

// actorMatch is one search result: which runes of the name (or of another
// field, when some word matched only there) to highlight.
type actorMatch struct {
	actor      int
	score      int
	nameRunes  []int
	other      string // the alias or role a word matched, if not the name
	otherRunes []int
}

func newSearchIndex(actors []model.Actor) *searchIndex {
	ix := &searchIndex{}
	add := func(actor, field int, s string) {
		text := model.CleanLine(s)
		if text == "" {
			return
		}
		folded, idx := model.FoldIndexed(text)
		ix.folded = append(ix.folded, folded)
		ix.keys = append(ix.keys, searchKey{actor: actor, field: field, text: text, runeIdx: idx})
	}
	for i, a := range actors {
		add(i, 0, a.Name)
		for j, al := range a.Aliases {
			add(i, j+1, al)
		}
		add(i, len(a.Aliases)+1, a.Role)
	}
	return ix
}

// wordHit is the best key one query word matched for one actor.
type wordHit struct {
	key   int
	score int
	idx   []int
}

// filter returns the actors every word of the query matches (in any field, in
// any order), best first. An empty query returns nil: the caller shows all.
func (ix *searchIndex) filter(query string) []actorMatch {
	words := strings.Fields(model.Fold(query))
	if len(words) == 0 {
		return nil
	}
	var hits []map[int]wordHit // per word: actor -> best hit
	for _, w := range words {
		best := map[int]wordHit{}
		for _, m := range fuzzy.Find(w, ix.folded) {
			k := ix.keys[m.Index]
			h, ok := best[k.actor]
			// The name is the field shown, so a match in it is highlighted
			// even when an alias scored higher; the best score still counts.
			switch {
			case !ok:
				best[k.actor] = wordHit{key: m.Index, score: m.Score, idx: m.MatchedIndexes}
			case k.field == 0 && ix.keys[h.key].field != 0:
				best[k.actor] = wordHit{key: m.Index, score: max(m.Score, h.score), idx: m.MatchedIndexes}
			case m.Score > h.score && ix.keys[h.key].field != 0:
				best[k.actor] = wordHit{key: m.Index, score: m.Score, idx: m.MatchedIndexes}
			case m.Score > h.score:
				h.score = m.Score
				best[k.actor] = h
			}
		}
		hits = append(hits, best)
	}
	var out []actorMatch
	for actor := range hits[0] {
		am := actorMatch{actor: actor}
		ok := true
		for _, byActor := range hits {
			h, found := byActor[actor]
			if !found {
				ok = false
				break
			}
			am.score += h.score
			ix.addHighlight(&am, h)
		}
		if ok {
			am.nameRunes = uniqueSorted(am.nameRunes)
			am.otherRunes = uniqueSorted(am.otherRunes)
			out = append(out, am)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].actor < out[j].actor
	})
	return out
}

// addHighlight converts a hit's byte offsets (into the folded key) to rune
// positions of the original text.
func (ix *searchIndex) addHighlight(am *actorMatch, h wordHit) {
	k := ix.keys[h.key]
	var runes []int
	for _, b := range h.idx {
		if b >= 0 && b < len(k.runeIdx) {
			runes = append(runes, k.runeIdx[b])
		}
	}
	switch {
	case k.field == 0:
		am.nameRunes = append(am.nameRunes, runes...)
	case am.other == "" || am.other == k.text:
		am.other = k.text
		am.otherRunes = append(am.otherRunes, runes...)
	}
}

func uniqueSorted(xs []int) []int {
	if len(xs) < 2 {
		return xs
	}
	sort.Ints(xs)
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}
