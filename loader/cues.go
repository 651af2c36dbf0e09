package loader

import (
	"slices"
	"standpoint/model"
)

// cue is a stance phrase found in a clause, over tokens [first, last] of it.
type cue struct {
	stance      model.Stance
	first, last int
	owners      bool
}

// troopsMarker stands for a troops phrase in the text the stance rules see.
// It cannot come from an article: the tokenizer never puts "_" in a word.
const troopsMarker = "troops_"

// skeletonText is a clause's folded text with each troops phrase replaced by
// troopsMarker, and for each of its words the clause tokens it stands for.
// The analyzer keeps one and rebuilds it for each clause.
type skeletonText struct {
	text        []byte
	starts      []int // where each word starts in text
	first, last []int // the clause tokens each word covers
}

func (sk *skeletonText) build(tokens []token, troopSpans []tokenRange) {
	sk.text, sk.starts, sk.first, sk.last = sk.text[:0], sk.starts[:0], sk.first[:0], sk.last[:0]
	for i := 0; i < len(tokens); i++ {
		if len(sk.text) > 0 {
			sk.text = append(sk.text, ' ')
		}
		sk.starts = append(sk.starts, len(sk.text))
		sk.first = append(sk.first, i)
		if len(troopSpans) > 0 && troopSpans[0].first == i {
			sk.text = append(sk.text, troopsMarker...)
			i = troopSpans[0].last
			troopSpans = troopSpans[1:]
		} else {
			sk.text = append(sk.text, tokens[i].fold...)
		}
		sk.last = append(sk.last, i)
	}
}

// cues finds every stance phrase of a clause: the lexicon's rules in order,
// each match kept unless an earlier rule already matched those words.
func (a *analyzer) cues(sk *skeletonText) []cue {
	text := sk.text
	if len(a.literals) != a.lex.stanceLiterals.count {
		a.literals = make([]bool, a.lex.stanceLiterals.count)
	}
	a.literalIDs = a.lex.stanceLiterals.find(text, a.literals, a.literalIDs[:0])
	defer func() {
		for _, id := range a.literalIDs {
			a.literals[id] = false // ready for the next clause
		}
	}()
	// The rules that may match, by the literals found, in the lexicon's order.
	candidates := append(a.candidates[:0], a.lex.unfilteredRules...)
	for _, id := range a.literalIDs {
		candidates = append(candidates, a.lex.rulesByLiteral[id]...)
	}
	slices.Sort(candidates)
	candidates = slices.Compact(candidates)
	a.candidates = candidates
	var found []cue
	var taken [][2]int
	for _, i := range candidates {
		rule := &a.lex.stances[i]
		if rule.fallback && len(found) > 0 || !rule.mayMatch(a.literals) {
			continue
		}
		for _, loc := range rule.findAll(text) {
			overlaps := false
			for _, t := range taken {
				overlaps = overlaps || loc[0] < t[1] && t[0] < loc[1]
			}
			if overlaps {
				continue
			}
			taken = append(taken, [2]int{loc[0], loc[1]})
			first, last := tokenAt(sk.starts, loc[0]), tokenAt(sk.starts, max(loc[0], loc[1]-1))
			found = append(found, cue{stance: rule.stance, owners: rule.owners, first: sk.first[first], last: sk.last[last]})
		}
	}
	return found
}

// endsClause reports a cue with nothing but punctuation after it (closing
// quotes, a stop) or one word ("out").
func endsClause(tokens []token, last int) bool {
	words := 0
	for _, t := range tokens[last+1:] {
		if t.word {
			words++
		}
	}
	return words <= 1
}
