package loader

import (
	"standpoint/model"
)

// splitClauses cuts a sentence where another subject may take over: at
// semicolons, at ", but", ", while", ", whereas", ", although", and after a
// leading "While …," clause.
func splitClauses(tokens []token) []tokenRange {
	var out []tokenRange
	start := 0
	leading := len(tokens) > 0 && contrastWords[tokens[0].fold]
	for k := 0; k < len(tokens); k++ {
		cut := -1
		switch t := &tokens[k]; {
		case t.fold == ";":
			cut = k
		case t.fold == "," && leading && k > start:
			cut, leading = k, false
		case k > 0 && tokens[k-1].fold == "," && (t.fold == "but" || contrastWords[t.fold]):
			cut = k - 1
		case t.fold == "but" && k > start && k+1 < len(tokens) && isGapWord(&tokens[k+1]):
			cut = k // "… in the Black Sea but had not taken a position"
		}
		if cut > start {
			out = append(out, tokenRange{first: start, last: cut})
			start = cut + 1
		}
	}
	if start < len(tokens) {
		out = append(out, tokenRange{first: start, last: len(tokens) - 1})
	}
	return out
}

var contrastWords = map[string]bool{"while": true, "whereas": true, "although": true, "though": true}

// clause finds the stance a clause states, if any, and gives it to its
// holders.
func (a *analyzer) clause(sentenceIndex int, all []token, r tokenRange, mentions []*mention, speakers []speaker, evidence model.Evidence) {
	tokens, offset := all[r.first:r.last+1], r.first
	troopSpans := a.lex.findTroops(tokens)
	aboutTroops := len(troopSpans) > 0
	if aboutTroops {
		a.troopsAt[sentenceIndex] = true
	} else if !a.followsTroops(sentenceIndex) {
		return
	}
	a.skeleton.build(tokens, troopSpans)
	cues := a.cues(&a.skeleton)
	if len(cues) == 0 {
		return // most clauses: the checks below cost more than finding no cue
	}
	refersBack := false
	if !aboutTroops {
		text := a.skeleton.text // the folded clause, as it has no troops phrase
		if a.lex.offTopic.Match(text) {
			return
		}
		refersBack = a.lex.anaphors.Match(text)
	}
	if a.elsewhere(all, offset, offset+len(tokens)-1, mentions) {
		return
	}
	for _, c := range cues {
		// Without troops of its own, a cue is about the troops of the sentences
		// before only when it points back ("such a move") or has no object of
		// its own ("Italy remains undecided.").
		if !aboutTroops && !refersBack && !endsClause(tokens, c.last) {
			continue
		}
		evidence.Stance = c.stance
		evidence.Quoted = all[offset+c.first].quoted
		for _, ref := range a.holders(all, offset, offset+len(tokens)-1, offset+c.first, c, mentions, speakers) {
			s := a.sightingOf(ref)
			s.evidence = append(s.evidence, evidence)
			s.heading = append(s.heading, a.doc.structure.sentences[sentenceIndex].heading)
		}
	}
}

// elsewhere reports a clause whose troops go to another country than the
// question's ("a training mission in Poland"): a place names where troops or
// a mission go, and the target is not named.
func (a *analyzer) elsewhere(tokens []token, first, last int, mentions []*mention) bool {
	destination := false
	for _, m := range mentions {
		if m.first < first || m.last > last || m.entry == nil {
			continue
		}
		if m.entry.name == a.lex.target {
			return false
		}
		if m.place {
			for k := max(first, m.first-6); k < m.first; k++ {
				destination = destination || tokens[k].is(classTroopHead|classDestination)
			}
		}
	}
	return destination
}

// followsTroops reports a clause right after troops were named: in this
// sentence or one of the two before.
func (a *analyzer) followsTroops(sentenceIndex int) bool {
	for k := sentenceIndex; k >= max(0, sentenceIndex-2); k-- {
		if a.troopsAt[k] {
			return true
		}
	}
	return false
}
