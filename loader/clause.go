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
		switch t := tokens[k]; {
		case t.fold == ";":
			cut = k
		case t.fold == "," && leading && k > start:
			cut, leading = k, false
		case k > 0 && tokens[k-1].fold == "," && (t.fold == "but" || contrastWords[t.fold]):
			cut = k - 1
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
func (a *analyzer) clause(sentenceIndex int, tokens []token, offset int, mentions []*mention, speakers []speaker, evidence model.Evidence) {
	text, starts := foldedText(tokens)
	aboutTroops := a.lex.troops.MatchString(text)
	if aboutTroops {
		a.troopsAt[sentenceIndex] = true
	} else if !a.refersToTroops(sentenceIndex, text) {
		return
	}
	var stance model.Stance
	cue := -1
	for _, rule := range a.lex.stances {
		if loc := rule.re.FindStringIndex(text); loc != nil {
			stance, cue = rule.stance, offset+tokenAt(starts, loc[0])
			break
		}
	}
	if cue < 0 {
		return
	}
	all := a.doc.tokens[sentenceIndex]
	evidence.Stance = stance
	evidence.Quoted = all[cue].quoted
	for _, ref := range a.holders(all, offset, offset+len(tokens)-1, cue, stance, mentions, speakers) {
		s := a.sightingOf(ref)
		s.evidence = append(s.evidence, evidence)
	}
}

// refersToTroops reports a clause that points back ("such a move") to
// troops named in one of the two sentences before, and is not about
// something else ("military options").
func (a *analyzer) refersToTroops(sentenceIndex int, text string) bool {
	if !a.lex.anaphors.MatchString(text) || a.lex.offTopic.MatchString(text) {
		return false
	}
	for k := sentenceIndex; k >= max(0, sentenceIndex-2); k-- {
		if a.troopsAt[k] {
			return true
		}
	}
	return false
}

// holders decides whose stance a cue is: the subject of the stance verb
// ("Trump has ruled out"), else the speaker ("Kirby stated that there are
// no plans"). A speaker reporting another's stance does not share it, unless
// the subject is the speaker's own government. Countries whose troops are
// ruled out or offered ("U.S. troops", "troops from the UK") hold it too.
func (a *analyzer) holders(tokens []token, first, last, cue int, stance model.Stance, mentions []*mention, speakers []speaker) []*actorRef {
	var sp *actorRef
	bestFrom := -1
	for _, s := range speakers {
		if s.from <= cue && cue <= s.to && s.from > bestFrom && s.at < cue {
			sp, bestFrom = s.ref, s.from
		}
	}
	if sp == nil && len(speakers) > 0 {
		for _, s := range speakers {
			if s.from <= cue && cue <= s.to {
				sp = s.ref
			}
		}
	}
	if sp == nil && tokens[cue].quoted {
		sp = a.quoteSpeaker
	}
	var out []*actorRef
	seen := map[string]bool{}
	add := func(r *actorRef) {
		if r != nil && !seen[r.key] {
			seen[r.key] = true
			out = append(out, r)
		}
	}
	subjects := stanceSubjects(tokens, first, cue, mentions)
	for _, m := range subjects {
		ref := m.actor
		if m.kind == pronounMention && sp != nil && sp.person != nil {
			ref = sp
		}
		add(ref)
		if sp != nil && ref != nil && (ref.key == sp.key || sp.nation() != nil && ref.entry == sp.nation()) {
			add(sp)
		}
	}
	if len(subjects) == 0 {
		add(sp)
	}
	if stance == model.RulesOut || stance == model.Supports {
		for _, ref := range senders(tokens, first, last, mentions) {
			add(ref)
		}
	}
	return out
}

// stanceSubjects finds the subject just before the cue, with any actors
// coordinated with it ("the UK and France will send").
func stanceSubjects(tokens []token, first, cue int, mentions []*mention) []*mention {
	endsAt := map[int]*mention{}
	for _, m := range mentions {
		if m.actor != nil && !m.place && !m.sender {
			endsAt[m.last] = m
		}
	}
	k := cue - 1
	for steps := 0; k >= first && steps < 5 && isGapWord(tokens[k]); steps++ {
		k--
	}
	m := endsAt[k]
	if k < first || m == nil || m.possessive || m.first < first {
		return nil
	}
	subjects := []*mention{m}
	for j := m.first - 1; j > first; {
		if f := tokens[j].fold; f != "and" && f != "," && f != "or" {
			break
		}
		if tokens[j].fold == "," && tokens[j-1].fold == "and" {
			j--
		}
		prev := endsAt[j-1]
		if prev == nil {
			break
		}
		subjects = append(subjects, prev)
		j = prev.first - 1
	}
	return subjects
}

// senders are the actors whose troops a clause is about: "U.S. troops",
// "troops from the UK, France and Italy", "on the part of the United States
// or NATO", "under NATO auspices".
func senders(tokens []token, first, last int, mentions []*mention) []*actorRef {
	startsAt := map[int]*mention{}
	var out []*actorRef
	for _, m := range mentions {
		if m.actor == nil || m.first < first || m.last > last {
			continue
		}
		startsAt[m.first] = m
		if m.sender {
			out = append(out, m.actor)
		}
		if m.kind == entityMention && m.last+1 <= last && (tokens[m.last+1].fold == "auspices" || tokens[m.last+1].fold == "flag" || tokens[m.last+1].fold == "command") && m.first > 0 && tokens[m.first-1].fold == "under" {
			out = append(out, m.actor)
		}
	}
	list := func(k int) {
		for k <= last {
			m := startsAt[k]
			if m == nil && tokens[k].fold == "the" {
				k++
				continue
			}
			if m == nil {
				return
			}
			out = append(out, m.actor)
			k = m.last + 1
			for k <= last && (tokens[k].fold == "," || tokens[k].fold == "and" || tokens[k].fold == "or") {
				k++
			}
		}
	}
	for k := first; k <= last; k++ {
		switch {
		case troopHeads[tokens[k].fold] && k+1 <= last && tokens[k+1].fold == "from":
			list(k + 2)
		case tokens[k].fold == "part" && k >= 2 && tokens[k-1].fold == "the" && tokens[k-2].fold == "on" && k+1 <= last && tokens[k+1].fold == "of":
			list(k + 2)
		}
	}
	return out
}
