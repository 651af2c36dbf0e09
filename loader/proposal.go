package loader

import (
	"standpoint/loader/stance"
)

// stanceWords gives the frames a clause's words, with the proposal's
// phrases (troops) and the verbs that carry it out marked.
func (a *analyzer) stanceWords(tokens []token, troopSpans []tokenRange) []stance.Word {
	words := a.words[:0]
	for i := range tokens {
		t := &tokens[i]
		words = append(words, stance.Word{Fold: t.fold, Word: t.word, Cap: t.cap})
	}
	for _, r := range troopSpans {
		for k := r.first; k <= r.last; k++ {
			words[k].Proposal = true
		}
	}
	for i := 0; i < len(tokens); i++ {
		if words[i].Proposal {
			continue
		}
		info := tokens[i].info
		if info == nil || a.qi >= len(info.acts) {
			continue
		}
		for _, phrase := range info.acts[a.qi] {
			if i+len(phrase) <= len(tokens) && wordsAt(tokens, i, phrase) {
				for k := i; k < i+len(phrase); k++ {
					words[k].Act = true
				}
				i += len(phrase) - 1
				break
			}
		}
	}
	a.words = words
	return words
}
