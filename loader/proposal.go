package loader

import (
	"strings"

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
		first := r.first
		// A proposal phrase that opens with one of the question's verbs
		// ("recognise a Palestinian state") is that act done on the rest,
		// so the act frames read it: "would formally recognise a
		// Palestinian state" carries it out.
		if n := a.actAt(tokens, r.first); n > 0 && r.first+n <= r.last {
			for k := r.first; k < r.first+n; k++ {
				words[k].Act = true
			}
			first += n
		} else if verbOpensPhrase(tokens, r) {
			// "stop the clock", "scrap the levy": a phrase opening with a
			// verb before its object's determiner is an act too, whether or
			// not the question lists the verb.
			words[r.first].Act = true
			first++
		}
		for k := first; k <= r.last; k++ {
			words[k].Proposal = true
		}
	}
	a.markOpposite(tokens, words)
	for i := 0; i < len(tokens); i++ {
		if words[i].Proposal {
			continue
		}
		if n := a.actAt(tokens, i); n > 0 {
			for k := i; k < i+n; k++ {
				words[k].Act = true
			}
			// "will not introduce checks", "impose tariffs": a plural head
			// bare after the verb carrying it out is the proposal.
			if k := i + n; k < len(tokens) && a.topic.plural[tokens[k].fold] {
				words[k].Proposal = true
			}
			i += n - 1
		}
	}
	a.words = words
	return words
}

// markOpposite marks the phrases of what the proposal would end ("the
// veto", "the ban on Russian athletes") as a halt to it, so that the frames
// read wanting it kept as against the proposal and wanting it lifted as
// for it.
func (a *analyzer) markOpposite(tokens []token, words []stance.Word) {
	if len(a.topic.opposite) == 0 {
		return // most questions name none
	}
	for i := 0; i < len(tokens); i++ {
		info := tokens[i].info
		if info == nil || a.qi >= len(info.opposites) || words[i].Proposal {
			continue
		}
		if n := info.opposites[a.qi].longestAt(tokens, i); n > 0 {
			for k := i; k < i+n; k++ {
				words[k].Halt = true
			}
			i += n - 1
		}
	}
}

// markNames marks the capitalised words of a body's name of several words
// ("Chaos Computer Club", "Coalition of the Willing") in the words of the
// clause at offset: a name's word opens no frame.
func markNames(words []stance.Word, offset int, mentions []*mention) {
	for _, m := range mentions {
		if m.kind != entityMention || m.actor == nil || m.last == m.first {
			continue
		}
		for k := max(m.first, offset); k <= m.last && k-offset < len(words); k++ {
			if words[k-offset].Cap {
				words[k-offset].Name = true
			}
		}
	}
}

// verbOpensPhrase reports a proposal phrase of a lowercase word and then a
// determiner: a verb and its object ("stop the clock"), not a noun ("the
// delay") nor a preposition ("for the companies").
func verbOpensPhrase(tokens []token, r tokenRange) bool {
	if r.last-r.first < 2 {
		return false
	}
	t, next := &tokens[r.first], tokens[r.first+1].fold
	return t.word && !t.cap && !phraseDeterminerSet[t.fold] && !prepositions[t.fold] && !insertedModifier(t) && phraseDeterminerSet[next]
}

// actAt is the length of the question's verb phrase at token i, or 0.
func (a *analyzer) actAt(tokens []token, i int) int {
	info := tokens[i].info
	if info == nil || a.qi >= len(info.acts) {
		return 0
	}
	if i > 0 && tokens[i-1].fold == "to" && strings.HasSuffix(tokens[i].fold, "s") && !strings.HasSuffix(tokens[i].fold, "ss") {
		return 0 // "nothing to add to positions it has set out": no infinitive ends in -s, a noun does
	}
	return info.acts[a.qi].longestAt(tokens, i)
}
