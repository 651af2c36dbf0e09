package loader

import "standpoint/model"

// cue is a stance read in a clause, over tokens [first, last] of it.
type cue struct {
	stance      model.Stance
	first, last int
	owners      bool
	threat      bool // the forces named beside it are the threatening side's
	urged       bool // under "should" or "must": the speaker holds it too
	inside      bool // its holder is named inside its words, or no one holds it
	forAll      bool // a negative quantifier is its subject: "its soldiers" are anyone's
}

// foldedText is a clause's folded words joined by spaces, for the word
// lists matched as regular expressions (offtopic.txt). The analyzer keeps
// one and rebuilds it for each clause.
type foldedText struct{ text []byte }

func (ft *foldedText) build(tokens []token) {
	ft.text = ft.text[:0]
	for i := range tokens {
		if i > 0 {
			ft.text = append(ft.text, ' ')
		}
		ft.text = append(ft.text, tokens[i].fold...)
	}
}
