package loader

import (
	"strings"

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
type skeletonText struct {
	text        string
	starts      []int // where each word starts in text
	first, last []int // the clause tokens each word covers
}

func skeleton(tokens []token, troopSpans []tokenRange) skeletonText {
	var sk skeletonText
	var b strings.Builder
	for i := 0; i < len(tokens); i++ {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		sk.starts = append(sk.starts, b.Len())
		sk.first = append(sk.first, i)
		if len(troopSpans) > 0 && troopSpans[0].first == i {
			b.WriteString(troopsMarker)
			i = troopSpans[0].last
			troopSpans = troopSpans[1:]
		} else {
			b.WriteString(tokens[i].fold)
		}
		sk.last = append(sk.last, i)
	}
	sk.text = b.String()
	return sk
}

// cues finds every stance phrase of a clause: the lexicon's rules in order,
// each match kept unless an earlier rule already matched those words.
func (a *analyzer) cues(sk skeletonText) []cue {
	text := sk.text
	literals := make([]bool, a.lex.stanceLiterals.count)
	a.lex.stanceLiterals.find(text, literals)
	var found []cue
	var taken [][2]int
	for i := range a.lex.stances {
		rule := &a.lex.stances[i]
		if rule.fallback && len(found) > 0 || !rule.mayMatch(literals) {
			continue
		}
		for _, loc := range rule.re.Regexp.FindAllStringIndex(text, -1) {
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
