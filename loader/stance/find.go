package stance

import (
	"fmt"
	"slices"
	"strings"

	"standpoint/model"
)

// match is a frame found in a clause over words [start, end).
type match struct {
	fr         *frame
	start, end int
	gapNeg     int // negators inside the frame's gaps ("ruled nothing out")
	// viaObject: the frame's tie to the proposal is the frame right after
	// it, its object ("would never accept giving up the krona").
	viaObject bool
}

// consumeReach is how far after a frame a predicate may stand and be its
// object ("ruled out sending troops": the sending is what is ruled out).
const consumeReach = 8

// objectReach is how far after a frame its object may name the proposal.
const objectReach = 8

// Reader reads clauses with the frames, reusing its buffers from one
// clause to the next; one Reader serves one goroutine.
type Reader struct {
	f                        *Frames
	all, kept, denials, cons []match
	cues                     []Cue
}

// NewReader returns a Reader of the frames.
func (f *Frames) NewReader() *Reader { return &Reader{f: f} }

// Frames are the frames the Reader reads.
func (r *Reader) Frames() *Frames { return r.f }

// Find reads the stance cues of a clause.
func (f *Frames) Find(c Clause) Result { return f.NewReader().Find(c) }

// Find reads the stance cues of a clause. The result's Cues are the
// Reader's buffer: valid until the next call.
func (r *Reader) Find(c Clause) Result {
	f := r.f
	var res Result
	r.all = f.matches(r.all[:0], c.Words)
	if len(r.all) == 0 && c.Previous == nil {
		return res // most clauses
	}
	// "keep pressing for a pause" keeps doing something else.
	r.all = slices.DeleteFunc(r.all, func(m match) bool {
		return m.fr.haltOnly && m.end < len(c.Words) && strings.HasSuffix(c.Words[m.end].Fold, "ing")
	})
	// Hedges restrict what the clause commits to; they compete with no frame.
	hedge, hedgeAt := "", len(c.Words) // the first hedge names the restriction
	limit := ""                        // and limits, what it refuses
	limitFrom, limitTo := 0, 0         // the first limit's words, which hold no frame of their own ("while the war goes on")
	r.all = slices.DeleteFunc(r.all, func(m match) bool {
		switch m.fr.class {
		case classLimit:
			if limit == "" && !limitLifted(c.Words, m.end) {
				limit = strings.Join(foldsOf(c.Words[m.start:m.end]), " ")
				limitFrom, limitTo = m.start, m.end
			}
			return true
		case classHedge:
		default:
			return false
		}
		if m.start > 0 && c.Words[m.start-1].Fold == "for" && c.Words[m.start].Fold == "as" {
			return true // "for as long as this war lasts": how long, not on what condition
		}
		if k := m.end; k+2 < len(c.Words) && c.Words[k].Fold == "and" && c.Words[k+1].Fold == "in" && c.Words[k+2].Fold == "practice" {
			return true // "in principle and in practice": no restriction at all
		}
		if !f.onPremise(c.Words, m.end) && m.start < hedgeAt { // "provided there is a ceasefire": no restriction
			hedge, hedgeAt = strings.Join(foldsOf(c.Words[m.start:m.end]), " "), m.start
		}
		return true
	})
	hedges := restrictions{hedge: hedge, limit: limit}
	if limitTo > 0 {
		r.all = slices.DeleteFunc(r.all, func(m match) bool { return m.start >= limitFrom && m.start < limitTo })
	}
	// Matches are in order of start and negatesNested looks only at later
	// ones, which DeleteFunc has not yet moved.
	r.all = slices.DeleteFunc(r.all, func(m match) bool { return negatesNested(c.Words, r.all, m) })
	r.kept = selectMatches(r.all, r.kept[:0])
	kept := r.kept
	cues := r.cues[:0]
	defer func() { r.cues = cues[:0] }()
	denials, consumers := r.denials[:0], r.cons[:0]
	defer func() { r.denials, r.cons = denials, consumers }()
	judged := judgedActs(c.Words, kept)
	for i, m := range kept {
		if m.fr.class == classDeny {
			denials = append(denials, m)
			continue
		}
		if j := judged.judgeOf(i); j >= 0 {
			// "shutting down the plants was a grave error": the undoing is
			// what is judged, and no one is said to do it.
			res.Dropped = append(res.Dropped, Drop{Frame: m.fr.text, At: m.start, Reason: "the act judged by " + kept[j].fr.text})
			continue
		}
		turned := judged.judges(i)
		if turned {
			// Judging the undoing of the proposal wrong is backing it.
			flipped := *m.fr
			flipped.class = classFavor
			if m.fr.class == classFavor {
				flipped.class = classAgainst
			}
			m.fr = &flipped
		}
		if j, ok := judgementAfterConsider(c.Words, kept, m); ok {
			// "considers the levy not realistic", "considered the plan a
			// mistake": "consider" judges here, and the judgement says how.
			res.Dropped = append(res.Dropped, Drop{Frame: m.fr.text, At: m.start, Reason: "a judgement follows: " + c.Words[j.start].Fold})
			if c.Words[j.start-1].Fold == "as" {
				consumers = append(consumers, m) // "consider any contingents which will be placed in Ukraine as targets": the placing describes the object
			}
			continue
		}
		if owner, ok := consumedBy(c.Words, consumers, m); ok {
			res.Dropped = append(res.Dropped, Drop{Frame: m.fr.text, At: m.start, Reason: "the object of " + owner.fr.text})
			reverseForHalt(c.Words, cues, owner, m)
			continue
		}
		cue, reason := f.compose(&c, m, denials, hedges)
		if turned {
			cue.Why.Steps = append(cue.Why.Steps, "it judges undoing the proposal: turned")
		}
		if reason == "no tie to the proposal" {
			if n, ok := objectFrameAfter(c.Words, kept, m); ok {
				if _, r := f.compose(&c, n, denials, hedges); r == "" {
					m.viaObject = true
					cue, reason = f.compose(&c, m, denials, hedges)
				}
			}
		}
		if reason != "" && m.fr.class != classIdiom && !governsUnder(reason) {
			// Another frame from the same word may hold: "will do its part"
			// is an idiom where the bare act finds no object.
			for _, alt := range r.all {
				if alt.start != m.start && !(reason == declinedTo && alt.start == m.start+2) || alt.fr == m.fr || alt.fr.class == classDeny {
					continue
				}
				if c2, reason2 := f.compose(&c, alt, denials, hedges); reason2 == "" {
					res.Dropped = append(res.Dropped, Drop{Frame: m.fr.text, At: m.start, Reason: reason + "; read by another frame"})
					m, cue, reason = alt, c2, ""
					break
				}
			}
		}
		if reason != "" {
			res.Dropped = append(res.Dropped, Drop{Frame: m.fr.text, At: m.start, Reason: reason})
			if governsUnder(reason) {
				consumers = append(consumers, m) // what it would have governed is under it too
			}
			if strings.HasPrefix(reason, "asked or supposed, under \"whether\"") && (m.fr.class == classAct || m.fr.class == classFavor) && res.Asked == nil {
				res.Asked = &Cue{First: cue.First, Last: cue.Last, Head: cue.Head, Owners: m.fr.owners, class: m.fr.class,
					Why: Why{Frame: m.fr.text, Topic: "the question before names it"}}
			}
			if (strings.HasPrefix(reason, "asked") || askedAbout(c.Words, m.start)) && (m.fr.class == classAct || m.fr.class == classAgainst || m.fr.class == classFavor) {
				// "Asked whether Danish troops would take part, the premier
				// replied: Yes." The answer settles the question.
				if s, word, ok := answerAfter(c.Words, m.end); ok {
					switch {
					case m.fr.class == classAgainst && s == model.Supports:
						s = model.Opposes // "Asked whether that meant opposing a deployment, he said: yes."
					case m.fr.class == classAgainst:
						s = model.Open
					case m.fr.class == classFavor && s == model.RulesOut:
						s = model.Opposes // "Asked whether she backed it: no."
					}
					a := Cue{Stance: s, First: groupStart(f, c.Words, m.start), Last: m.end - 1, Head: m.start, Owners: m.fr.owners, class: m.fr.class,
						Why: Why{Frame: m.fr.text, Steps: []string{fmt.Sprintf("asked, and answered %q", word)}, Topic: "the question names it"}}
					if !strings.HasPrefix(reason, "asked") {
						// "Fico, asked about sending troops, said: 'Absolutely
						// not.'": the question is an aside; the answer, where
						// its speaker is read, carries the stance.
						last := strings.Fields(word)
						for k := m.end; k < len(c.Words); k++ {
							if c.Words[k].Fold == last[len(last)-1] {
								a.First, a.Last, a.Head = k, k, k
								break
							}
						}
					}
					cues = append(cues, a)
				}
			}
			continue
		}
		if !m.fr.fallback && m.fr.class != classInherit {
			consumers = append(consumers, m)
		}
		cues = append(cues, cue)
	}
	// "echoed the line: no Italian soldier in Ukraine": what the clause
	// says itself beats the stance it takes over; "Estonia is ready to
	// send a unit, and Lithuania has signalled something similar" takes
	// over what the clause said before, for a new subject named between,
	// inside it or just after it ("…, a position Peskov repeated", "and so do
	// the Greens").
	// An own cue in a phrase of others' after it ("Macron has taken a
	// similar stance, with officials describing a force that would be
	// there") leaves the stance taken over standing.
	cues = slices.DeleteFunc(cues, func(cue Cue) bool {
		if !cue.Inherit {
			return false
		}
		lastOwn := -1
		for _, o := range cues {
			switch {
			case o.Inherit:
			case o.Last < cue.Head:
				lastOwn = max(lastOwn, o.Last)
			case !othersPhraseBetween(c.Words, cue.Last+1, o.Head):
				return true // "echoed the line: no Italian soldier in Ukraine", "said much the same, adding that"
			}
		}
		return lastOwn >= 0 && (c.Words[cue.Head-1].Fold == "to" || // "the first members to say so"
			!slices.ContainsFunc(c.Words[lastOwn+1:min(len(c.Words), cue.Last+4)], func(x Word) bool { return x.Cap }))
	})
	for _, d := range denials {
		if !denialUsed(d, cues) && hasProposalAfter(c.Words, d.end) {
			// "dismissed reports of a deployment": the denied claim is the proposal's happening.
			cue := Cue{Stance: model.RulesOut, First: groupStart(f, c.Words, d.start), Last: d.end - 1, Head: d.start,
				Why: Why{Frame: d.fr.text, Steps: []string{"denies that the proposal happens"}, Topic: "the proposal follows"}}
			cues = append(cues, cue)
		}
	}
	// Fallback frames count only where nothing else was read.
	if firm := countFirm(cues); firm > 0 && firm < len(cues) {
		cues = slices.DeleteFunc(cues, func(c Cue) bool { return c.fallback })
	}
	if len(cues) == 0 && c.Previous != nil {
		if cue, ok := f.ellipsis(c); ok {
			cues = append(cues, cue)
		}
	}
	if countFirm(cues) > 0 {
		res.Asked = nil // the clause answers itself
	}
	slices.SortStableFunc(cues, func(a, b Cue) int { return a.First - b.First })
	res.Cues = cues
	return res
}

// haltNoun reports a halt word at i that a determiner or a name
// opens, a noun: "its veto", "EU veto", not "would veto".
func haltNoun(w []Word, i int) bool {
	return i > 0 && (determiners[w[i-1].Fold] || possessives[w[i-1].Fold] || w[i-1].Cap)
}

// unreservedly: after "without", they make it a whole-hearted yes
// ("without ifs and buts", "without reservation").
var unreservedly = wordSet("unreserved")

// judgedPairs are the undoings judgedActs found, each with its judgement,
// by their indexes in kept.
type judgedPairs []struct{ undoing, judge int }

// judgeOf is the judgement of the undoing at i, or -1.
func (p judgedPairs) judgeOf(i int) int {
	for _, x := range p {
		if x.undoing == i {
			return x.judge
		}
	}
	return -1
}

// judges reports the judgement of an undoing at i.
func (p judgedPairs) judges(i int) bool {
	for _, x := range p {
		if x.judge == i {
			return true
		}
	}
	return false
}

// judgedActs pairs each frame against the proposal that is the subject of
// a judgement after it ("the decision to switch off the reactors had been
// a grave strategic error", "shutting down the plants was right") with that
// judgement: judged, the undoing is no one's act, and the judgement's sense
// turns. Most clauses have none.
func judgedActs(w []Word, kept []match) judgedPairs {
	var out judgedPairs
	for i, m := range kept {
		if m.fr.class != classAgainst || !m.fr.elems[0].verb || !nonFinite(w, m.start) {
			continue
		}
		for j := i + 1; j < len(kept); j++ {
			n := kept[j]
			if (n.fr.class == classFavor || n.fr.class == classAgainst) && !n.fr.elems[0].verb && copulaBetween(w, m.end, n.start) {
				out = append(out, struct{ undoing, judge int }{i, j})
				break
			}
		}
	}
	return out
}

// nonFinite reports a verb at i that no subject governs: a gerund
// ("shutting down"), or an infinitive after "to" ("the decision to switch
// off").
func nonFinite(w []Word, i int) bool {
	return strings.HasSuffix(w[i].Fold, "ing") || i > 0 && w[i-1].Fold == "to"
}

// copulaBetween reports a copula between an act and a judgement after it
// in one stretch of words: "… in decades was a grave", "… had been a".
func copulaBetween(w []Word, from, to int) bool {
	if to-from > 14 {
		return false
	}
	seen := false
	for k := from; k < to; k++ {
		if stops(w[k]) {
			return false
		}
		seen = seen || copulas[w[k].Fold] || w[k].Fold == "been"
	}
	return seen
}

// matches appends every frame that matches at every word.
func (f *Frames) matches(out []match, w []Word) []match {
	var small [64]uint64 // room for 4,096 frame words without an allocation
	n := (len(f.wordID) + 63) / 64
	buf := small[:min(n, len(small))]
	if n > len(small) {
		buf = make([]uint64, n)
	}
	var smallIDs [128]int32
	ids := smallIDs[:min(len(w), len(smallIDs))]
	if len(w) > len(smallIDs) {
		ids = make([]int32, len(w))
	}
	present := f.presenceOf(w, buf, ids)
	anyHalt := slices.ContainsFunc(w, func(x Word) bool { return x.Halt })
	try := func(frames []*frame, i int) {
		if w[i].Name {
			return // "the Chaos Computer Club": a name, no judgement
		}
		if w[i].Fold == "going" && !w[i].Act && i+2 < len(w) && w[i+1].Fold == "to" && w[i+2].Act {
			return // "is not going to deploy in Ukraine": a future, the act is the verb after it
		}
		if w[i].Halt && !w[i].Proposal && (i == 0 || !w[i-1].Halt) && i+1 < len(w) && !w[i+1].Halt && haltNoun(w, i) {
			return // "the EU veto row": the question's "opposite", a noun, not "to veto"
		}
		if w[i].Fold == "back" && i > 0 && (backAdverbBefore[w[i-1].Fold] || backClosesObject(w, i) || i+1 < len(w) && backParticles[w[i+1].Fold]) {
			return // "was due back in Moscow", "came back", "bring the tax back": not "to back"
		}
		for _, fr := range frames {
			if fr.haltOnly && !anyHalt || !fr.possibleIn(&present) {
				continue // keeping or undoing reads only what the proposal would end
			}
			if nominalAt(fr, w, i) {
				continue // read by the noun frames
			}
			if fr.class == classAgainst && fr.elems[0].verb && w[i].Act && !w[i].Proposal {
				continue // the question's own verb is its act: "blocked the app" carries out a ban
			}
			if fr.class == classAgainst && fr.elems[0].verb && w[i].Proposal && fr.elems[0].kind == elemWords {
				continue // "called for a ban on phones in schools": the ban is the proposal, not a halt to it
			}
			if end, neg := f.matchAt(fr.elems, w, i); end >= 0 {
				if last := fr.elems[len(fr.elems)-1]; fr.class == classAgainst && end > i+1 && last.kind == elemWords && !last.orAct && w[end-1].Act && !w[end-1].Proposal {
					continue // "we want it suspended" where suspending is the question's own act: wanting it done
				}
				if fr.closes && end < len(w) && w[end].Word && !closingWords[w[end].Fold] {
					continue // "stood ready to host talks": the phrase goes on
				}
				if w[end-1].Fold == "no" && end < len(w) && w[end].Word && !adverb(w[end]) && !afterAnswerNo[w[end].Fold] {
					continue // "said no option should be dismissed": a determiner, not the answer
				}
				if particleOpensDate(w, i, end) {
					continue // "signed on Tuesday": a verb's "on" before a date opens the date
				}
				if fr.class == classDeny && end < len(w) && w[end].Fold == "of" && (w[end-1].Fold == "notion" || strings.HasPrefix(w[end-1].Fold, "suggestion")) {
					continue // "rejects the very notion of Western soldiers": the idea itself refused, not a claim denied
				}
				out = append(out, match{fr: fr, start: i, end: end, gapNeg: neg})
			}
		}
	}
	for i := range w {
		if w[i].Proposal && (i == 0 || !w[i-1].Proposal) {
			try(f.proposal, i)
		}
		if w[i].Act && !w[i].Proposal && (i == 0 || !w[i-1].Act) {
			try(f.act, i)
		}
		if w[i].Word && ids[i] >= 0 && int(ids[i]) < len(f.byFirstID) {
			try(f.byFirstID[ids[i]], i)
		}
	}
	return out
}

// afterAnswerNo may follow an answer "no" without making it a determiner:
// "will not say no on principle either", "said no to it".
var afterAnswerNo = wordSet("after-answer-no")

// matchAt matches elems at word i: it returns where the match ends
// (exclusive), or -1, and how many negators its gaps hold. Gaps are lazy:
// the shortest match is taken.
func (f *Frames) matchAt(elems []elem, w []Word, i int) (int, int) {
	if len(elems) == 0 {
		return i, 0
	}
	i = overQuotes(w, i) // 'was "open" to troops': a quote inside a phrase does not break it
	e := elems[0]
	switch e.kind {
	case elemWords:
		if i < len(w) {
			if n := e.width(w, i); n > 0 {
				if end, neg := f.matchRest(elems[1:], w, i+n); end >= 0 {
					return end, neg
				}
			}
		}
		if e.optional {
			return f.matchAt(elems[1:], w, i)
		}
	case elemGap:
		neg, skipped := 0, 0 // quotation marks in the gap do not count against its length
		for k := 0; k-skipped <= e.n && i+k <= len(w); k++ {
			if k > 0 {
				prev := w[i+k-1]
				if isQuoteMark(prev) {
					skipped++
				} else if stops(prev) && !(e.commas && prev.Fold == ",") {
					break
				} else if (prev.Fold == "and" || prev.Fold == "but") && i+k < len(w) && f.grammar[w[i+k].Fold]&roleAuxiliary != 0 {
					break // "is prepared to contribute and has not excluded personnel": another verb's words
				}
				if e.ownAct && prev.Fold == "to" && i+k < len(w) && (w[i+k].Act && !w[i+k].Proposal || f.knowing[w[i+k].Fold]) {
					break // "does not want to send troops": the act frame reads one's own act; "want to know what the mission is": no want of it
				}
				if prev.Fold == "against" {
					break // "vowed to vote against putting soldiers there": no vow to put them
				}
				if f.undoing[prev.Fold] && !prev.Act {
					break // "wants to scrap the tax": no want of the tax; the undoing verb's own frame reads it
				}
				if (f.isNegator(prev.Fold) || f.grammar[prev.Fold]&roleNothing != 0) && !(prev.Fold == "not" && i+k < len(w) && notOnly[w[i+k].Fold]) &&
					!(prev.Fold == "without" && i+k < len(w) && unreservedly[w[i+k].Fold]) {
					neg++ // not "not only the trade part but the whole agreement", nor "without ifs and buts"
				}
				if prev.Fold == "but" && neg > 0 && notShortlyBefore(w, i+k-1) {
					neg-- // "not probable but inevitable", "not a probability but": the "not" is the first words'
				}
			}
			if end, n := f.matchAt(elems[1:], w, i+k); end >= 0 {
				return end, neg + n
			}
		}
	case elemProposal:
		if n := run(w, i, func(x Word) bool { return x.Proposal }); n > 0 {
			return f.matchRest(elems[1:], w, i+n)
		}
		if e.refTail && len(elems) == 1 {
			if n := f.referenceAt(w, i); n > 0 {
				return i + n, 0 // the topic test asks that the proposal be in view
			}
		}
	case elemAct:
		if n := run(w, i, func(x Word) bool { return x.Act && !x.Proposal }); n > 0 {
			return f.matchRest(elems[1:], w, i+n)
		}
	case elemTarget:
		if n := run(w, i, func(x Word) bool { return x.Target }); n > 0 {
			return f.matchAt(elems[1:], w, i+n)
		}
	}
	return -1, 0
}

// matchRest matches the elements after one that ended at i, over an adverb
// between them: "look carefully at", "ruled it firmly out".
func (f *Frames) matchRest(elems []elem, w []Word, i int) (int, int) {
	end, neg := f.matchAt(elems, w, i)
	if end < 0 && len(elems) > 0 && elems[0].kind == elemWords && i < len(w) && adverb(w[i]) {
		return f.matchAt(elems, w, i+1)
	}
	return end, neg
}

// width is how many words the element takes at i: one literal, or a whole
// proposal or act phrase; 0 when it does not match.
func (e *elem) width(w []Word, i int) int {
	if (w[i].Word || w[i].Fold == ",") && e.words[w[i].Fold] { // a pattern's "," matches the comma: "{P} ?, which"
		return 1
	}
	if e.not && w[i].Word && strings.HasSuffix(w[i].Fold, "n't") {
		return 1 // a pattern's "not" matches "don't", "wouldn't"
	}
	if e.orProposal && w[i].Proposal {
		return run(w, i, func(x Word) bool { return x.Proposal })
	}
	if e.orAct && w[i].Act {
		return run(w, i, func(x Word) bool { return x.Act })
	}
	return 0
}

func run(w []Word, i int, in func(Word) bool) int {
	n := 0
	for i+n < len(w) && in(w[i+n]) {
		n++
	}
	return n
}

// stops reports punctuation a gap does not cross.
func stops(w Word) bool {
	return !w.Word && (w.Fold == ";" || w.Fold == ":" || w.Fold == "." || w.Fold == "?" || w.Fold == "!" || w.Fold == ",")
}

// selectMatches keeps the longest matches that do not overlap, in the
// order they stand in the clause.
func selectMatches(all, kept []match) []match {
	slices.SortStableFunc(all, func(a, b match) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		return a.start - b.start
	})
	for _, m := range all {
		overlaps := false
		for _, k := range kept {
			overlaps = overlaps || m.start < k.end && k.start < m.end
		}
		if !overlaps {
			kept = append(kept, m)
		}
	}
	slices.SortStableFunc(kept, func(a, b match) int { return a.start - b.start })
	return kept
}

// nominalAt reports an act frame whose first word stands as a noun or an
// adjective at word i: "any plans for a deployment", "the whole plan", "the
// alliance's planned target", "a fully committed ally".
func nominalAt(fr *frame, w []Word, i int) bool {
	if fr.class == classConsider && i > 0 && fr.elems[0].verb && determiners[w[i-1].Fold] {
		// "we have a review that tells us", "what was the study for": a
		// noun, unless it is the weighing of something ("a review of the plan").
		return i+1 >= len(w) || w[i+1].Fold != "of"
	}
	if fr.class == classAccept && i > 0 && fr.elems[0].verb && !strings.HasSuffix(w[i].Fold, "ing") && !strings.HasSuffix(w[i].Fold, "ed") && determinedNoun(w, i) {
		// "a commercial recovery permit", "no permit anyone can write": a
		// noun, no one letting it happen.
		return true
	}
	if fr.class == classQuestion && i > 0 && fr.elems[0].verb && !strings.HasSuffix(w[i].Fold, "ing") && !strings.HasSuffix(w[i].Fold, "ed") && namedNoun(w, i) {
		// "the Ukraine debate is no abstraction", "during the troops
		// debate": a noun after a determiner and its modifiers, names among
		// them, no one debating.
		return true
	}
	if fr.class != classAct || i == 0 {
		return false
	}
	modified := i > 1 && determiners[w[i-2].Fold] && (adverb(w[i-1]) || fr.elems[0].verb && nounAdjectives[w[i-1].Fold])
	if fr.elems[0].verb {
		return modified || determiners[w[i-1].Fold] || w[i-1].Fold == "'s"
	}
	return modified && fr.elems[0].kind == elemAct
}

// determinedNoun reports a word a determiner opens, over up to two
// modifiers and no verb: "a commercial recovery permit", "any permit".
func determinedNoun(w []Word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if determiners[w[j].Fold] || w[j].Fold == "no" {
			return true
		}
		if !w[j].Word || w[j].Cap || finiteAuxiliaries[w[j].Fold] || verbMarkers[w[j].Fold] {
			return false
		}
	}
	return false
}

// namedNoun is determinedNoun over modifiers that may be names: "the
// Ukraine debate", "this week's Bundestag debate".
func namedNoun(w []Word, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if determiners[w[j].Fold] || w[j].Fold == "'s" {
			return true
		}
		if !w[j].Word || finiteAuxiliaries[w[j].Fold] || verbMarkers[w[j].Fold] || !w[j].Cap && !w[j].Proposal && !w[j].Target {
			return false
		}
	}
	return false
}

// verbMarkers stand before a verb, never inside a noun phrase.
var verbMarkers = wordSet("verb-markers")

// negatesNested reports a frame opened by "no" whose gap holds another
// frame ending where it ends: in "no need for joint debt" the predicate is
// "need for", and "no" is its negator, which that frame reads itself.
func negatesNested(w []Word, all []match, m match) bool {
	if w[m.start].Fold != "no" || !w[m.end-1].Proposal {
		return false
	}
	return slices.ContainsFunc(all, func(k match) bool {
		return k.start > m.start && k.end == m.end && k.fr.class != classHedge && k.fr.class != classDeny
	})
}

// objectFrameAfter is the frame standing right after m, over quotation
// marks only, that may be its object: "would \"never accept\" giving up
// the krona".
func objectFrameAfter(w []Word, kept []match, m match) (match, bool) {
	switch m.fr.class {
	case classAccept, classFavor, classAgainst, classExclude, classConsider:
	default:
		return match{}, false
	}
	for _, n := range kept {
		if n.start < m.end {
			continue
		}
		for j := m.end; j < n.start; j++ {
			if !isQuoteMark(w[j]) {
				return match{}, false
			}
		}
		return n, n.fr.class != classIdiom && n.fr.class != classHedge && n.fr.class != classLimit
	}
	return match{}, false
}

// consumedBy reports a frame standing as the object of one before it
// ("would not rule out sending troops").
func consumedBy(w []Word, consumers []match, m match) (match, bool) {
	for k := len(consumers) - 1; k >= 0; k-- {
		c := consumers[k]
		if c.end > m.start || m.start-c.end > consumeReach+4 {
			continue
		}
		broken, commas := false, 0
		for j := c.end; j < m.start; j++ {
			if w[j].Proposal && (m.fr.class == classAgainst || m.fr.class == classExclude) && !m.fr.elems[0].verb {
				broken = true // "rejects the idea of foreign troops as a path to war": the path describes what is rejected, it is not the object
			}
			if j == c.end && w[j].Fold == "that" {
				continue // the cue's own complement: "does not rule out that soldiers will take part"
			}
			if w[j].Fold == "," {
				commas++
			}
			if w[j].Fold == ";" || w[j].Fold == "that" || w[j].Fold == "without" {
				broken = true // "will support the mission without sending troops": the sending is no object of the support
			}
			if newClauseConjunctions[w[j].Fold] && j > c.end && j+1 < m.start && (w[j+1].Cap || personalSubjects[w[j+1].Fold]) {
				broken = true // "keeps options open as AfD and BSW demand …": a new subject, a clause of its own
			}
			if (w[j].Fold == "and" || w[j].Fold == "but") && j+1 < m.start && j > c.end && finiteAuxiliaries[w[j+1].Fold] {
				broken = true // "will keep backing a pause and will not sponsor any": a predicate of its own
			}
			if (w[j].Fold == "and" || w[j].Fold == "but") && j+1 < m.start && (w[j+1].Fold == "nothing" || w[j+1].Fold == "nobody" || w[j+1].Fold == "everything") {
				broken = true // "nothing is decided and nothing is excluded": a second clause
			}
			if copulas[w[j].Fold] && questionOpensAt(w, c.start) {
				broken = true // "whether Finnish troops would go is an open question": the question is the subject
			}
		}
		// "It is ruled out for us, at this stage, to send
		// troops": a parenthetical between two commas does not break it.
		broken = broken || commas == 1 || commas > 2 || commas == 2 && w[m.start-1].Fold != "to" && w[m.start-1].Fold != ","
		if commas == 2 && m.start-c.end > consumeReach+4 {
			broken = true
		}
		if !broken {
			return c, true
		}
	}
	return match{}, false
}

// reverseForHalt turns the stance of a frame whose object is a halt to
// the proposal: "called for a moratorium on mining" is against mining,
// "opposed a ban on it" for it. Only a plain call or objection turns: a
// call not made ("did not call for a pause") says nothing of the proposal.
func reverseForHalt(w []Word, cues []Cue, owner, inner match) {
	e := inner.fr.elems
	if inner.fr.class == classFixed && (inner.fr.stance == model.RulesOut || inner.fr.stance == model.Opposes) {
		endorseRefusal(cues, owner, inner)
		return
	}
	if inner.fr.class != classAgainst {
		return
	}
	nounFrame := len(e) == 3 && e[0].kind == elemWords && !e[0].verb && !e[0].words["against"] && e[1].kind == elemWords && e[2].kind == elemProposal
	nounUse := inner.start > 0 && inner.start+1 < len(w) && w[inner.start-1].Fold != "to" && haltPrepositions[w[inner.start+1].Fold]
	if !nounFrame && !nounUse {
		return // a halt is a noun and a preposition before the proposal: "moratorium on {P}", "a permanent ban on"
	}
	if c := ownerCue(cues, owner); c != nil {
		if turned, ok := haltTurned(c.class, c.Stance); ok {
			c.Stance = turned
			c.Why.Steps = append(c.Why.Steps, "its object halts the proposal: "+inner.fr.text)
		}
	}
}

// haltTurned is the stance of a frame whose object is a halt to the
// proposal: a plain call for it is against the proposal, a plain objection
// to it for it; anything else says nothing of the proposal (not ok).
func haltTurned(cl class, s model.Stance) (model.Stance, bool) {
	switch {
	case cl == classFavor && s == model.Supports:
		return model.Opposes, true
	case cl == classAgainst && s == model.Opposes:
		return model.Supports, true
	}
	return s, false
}

// endorseRefusal gives a plain backing of a refusal the refusal's stance:
// "the Senate backs Meloni's 'no troops' line" rules them out.
func endorseRefusal(cues []Cue, owner, inner match) {
	if c := ownerCue(cues, owner); c != nil && c.class == classFavor && c.Stance == model.Supports {
		c.Stance = inner.fr.stance
		c.Why.Steps = append(c.Why.Steps, "it backs a refusal: "+inner.fr.text)
	}
}

// ownerCue is the cue read from the frame match owner, the latest one.
func ownerCue(cues []Cue, owner match) *Cue {
	for k := len(cues) - 1; k >= 0; k-- {
		if c := &cues[k]; c.Head == owner.start && c.class == owner.fr.class {
			return c
		}
	}
	return nil
}

// haltPrepositions follow a halt used as a noun: "a ban on", "an end to".
var haltPrepositions = wordSet("halt-prepositions")

func denialUsed(d match, cues []Cue) bool {
	for _, c := range cues {
		for _, s := range c.Why.Steps {
			if strings.Contains(s, d.fr.text) {
				return true
			}
		}
	}
	return false
}

func hasProposalAfter(w []Word, from int) bool {
	for k := from; k < len(w) && k < from+objectReach+2; k++ {
		if w[k].Proposal {
			return true
		}
	}
	return false
}

func (f *Frames) isNegator(fold string) bool {
	return f.grammar[fold]&roleNegator != 0 || strings.HasSuffix(fold, "n't")
}

// isQuoteMark reports a quotation mark token.
func isQuoteMark(w Word) bool {
	if w.Word {
		return false
	}
	switch w.Fold {
	case "\"", "“", "”", "‘", "’", "«", "»", "„", "‚", "'":
		return true
	}
	return false
}

// answerAfter finds a yes or no answering a question asked before word i:
// '…, the prime minister said: "Yes."', '…, he said no.'
func answerAfter(w []Word, i int) (model.Stance, string, bool) {
	for k := i; k < len(w); k++ {
		if !w[k].Word {
			continue
		}
		next := k + 1
		for next < len(w) && isQuoteMark(w[next]) {
			next++
		}
		// The answer ends its clause, or stands quoted alone: said "no"
		// before the question was over.
		ends := next >= len(w) || !w[next].Word || next > k+1 && k > 0 && isQuoteMark(w[k-1])
		switch {
		case w[k].Fold == "yes" && ends:
			return model.Supports, "yes", true
		case w[k].Fold == "no" && ends:
			return model.RulesOut, "no", true
		case w[k].Fold == "not" && ends && k > i && answerAdverbs[w[k-1].Fold]:
			return model.RulesOut, w[k-1].Fold + " not", true // "Absolutely not."
		case answerAdverbs[w[k].Fold] && ends && (k == i || !w[k-1].Word || isQuoteMark(w[k-1])):
			return model.Supports, w[k].Fold, true // "Absolutely."
		case answerSubjects[w[k].Fold] && next < len(w) && answerModals[w[next].Fold] != "":
			// "Asked whether Poland would send troops, Tusk said it would
			// not": the question's verb left out of the answer.
			j, neg := next+1, answerModals[w[next].Fold] == "neg"
			if j < len(w) && (w[j].Fold == "not" || w[j].Fold == "never") {
				j, neg = j+1, true
			}
			for j < len(w) && isQuoteMark(w[j]) && j+1 < len(w) && !w[j+1].Word {
				j++ // "it would," — a closing quote, not 'he would "not speculate"'
			}
			if j >= len(w) || !w[j].Word && !isQuoteMark(w[j]) {
				word := strings.Join(foldsOf(w[k:j]), " ")
				switch {
				case neg:
					return model.RulesOut, word, true
				case answerModals[w[next].Fold] == "may":
					return model.Open, word, true
				default:
					return model.Supports, word, true
				}
			}
		}
	}
	return "", "", false
}

// answerAdverbs answer a question alone or before "not": "Absolutely",
// "Certainly not".
var answerAdverbs = wordSet("answer-adverbs")

// answerSubjects and answerModals make an answer that leaves the asked
// verb out: "it would", "we will not", "they might".
var answerSubjects = wordSet("answer-subjects")

var answerModals = map[string]string{"would": "yes", "will": "yes", "could": "yes", "can": "yes", "shall": "yes",
	"might": "may", "may": "may", "wouldnt": "neg", "wont": "neg", "cannot": "neg", "cant": "neg", "couldnt": "neg",
	"wouldn't": "neg", "won't": "neg", "can't": "neg", "couldn't": "neg"}

// countFirm is how many cues do not come from fallback frames.
func countFirm(cues []Cue) int {
	n := 0
	for _, c := range cues {
		if !c.fallback {
			n++
		}
	}
	return n
}

// foldsOf is the folded words of a span, for explanations.
func foldsOf(w []Word) []string {
	out := make([]string, len(w))
	for i, x := range w {
		out[i] = x.Fold
	}
	return out
}

// onPremise reports a condition, from word i, that names the premise of
// any such proposal ("provided there is a solid ceasefire", "only once a
// peace deal is signed").
func (f *Frames) onPremise(w []Word, i int) bool {
	for k := i; k < len(w) && k < i+5; k++ {
		if f.grammar[w[k].Fold]&rolePremise != 0 {
			return true
		}
		if !w[k].Word && w[k].Fold != "-" {
			return false
		}
	}
	return false
}

// limitLifted reports a limit the clause goes on to lift: "not during the
// war and not after it", "not before a ceasefire or after".
func limitLifted(w []Word, end int) bool {
	for k := end; k < len(w) && k < end+8; k++ {
		if w[k].Fold == "after" || w[k].Fold == "afterwards" || w[k].Fold == "ever" {
			return true
		}
	}
	return false
}

// notShortlyBefore reports "not" two to four words before word k, the
// "but" of "not probable but", "not a probability but".
func notShortlyBefore(w []Word, k int) bool {
	for j := k - 2; j >= max(0, k-4); j-- {
		if w[j].Fold == "not" {
			return true
		}
	}
	return false
}

// judgementAfterConsider finds, after a "consider" that opens a frame, a
// judgement of its object in the same clause: "considers the levy not
// realistic".
func judgementAfterConsider(w []Word, kept []match, m match) (match, bool) {
	if m.fr.class != classConsider || m.end != m.start+1 || !strings.HasPrefix(w[m.start].Fold, "consider") {
		return match{}, false
	}
	for _, j := range kept {
		as := j.start > 0 && w[j.start-1].Fold == "as" // "will consider any contingents … as legitimate targets"
		if j.start <= m.end || j.start > m.end+objectReach && !(as && j.start <= m.end+2*objectReach) || j.fr.elems[0].verb {
			continue
		}
		if j.fr.class != classFavor && j.fr.class != classAgainst && !(as && j.fr.class == classThreat) || j.start == m.end || j.end < len(w) && (w[j.end].Fold == "that" || w[j.end].Fold == "to") {
			continue // "considered it wise that …", "considers it wise to wait": a clause judged, not the object
		}
		for k := m.end; k < j.start; k++ {
			if stops(w[k]) || w[k].Fold == "that" || strings.HasSuffix(w[k].Fold, "ing") {
				return match{}, false // "would consider a resolution condemning …": another predicate's
			}
		}
		return j, true
	}
	return match{}, false
}

// backClosesObject reports a "back" that ends its clause after an object
// of a verb of motion: "to bring the tax back", "the war comes to it back".
func backClosesObject(w []Word, i int) bool {
	next := i + 1
	if next < len(w) && strings.HasSuffix(w[next].Fold, "ly") {
		next++ // "turn it back completely."
	}
	if next < len(w) && !stops(w[next]) && !isQuoteMark(w[next]) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if stops(w[k]) {
			return false
		}
		if backAdverbBefore[w[k].Fold] {
			return true
		}
	}
	return false
}

// referenceAt is how many words at i refer back to the proposal as a
// frame's object: "it", "this", "that", "the scheme", "this plan"; 0 when
// none do, or when the pronoun opens a clause of its own ("promised it
// would").
func (f *Frames) referenceAt(w []Word, i int) int {
	if i >= len(w) {
		return 0
	}
	nextWord := i+1 < len(w) && w[i+1].Word
	switch w[i].Fold {
	case "it", "them":
		if nextWord && (f.grammar[w[i+1].Fold] != 0 || copulas[w[i+1].Fold]) {
			return 0 // "promised it would"
		}
		return 1
	case "this", "that":
		switch {
		case nextWord && referenceNouns[w[i+1].Fold]:
			return 2 // "this plan"
		case nextWord:
			return 0 // "drop this week"
		}
		return 1
	case "the":
		if nextWord && referenceNouns[w[i+1].Fold] {
			return 2
		}
	}
	return 0
}

// questionOpensAt reports a "whether" shortly before word i, which makes
// the clause from it a question that may be a subject.
func questionOpensAt(w []Word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if w[k].Fold == "whether" {
			return true
		}
	}
	return false
}

// othersPhraseBetween reports ", with" in words [from, to): a phrase of
// others' doing ("…, with officials in both capitals describing").
func othersPhraseBetween(w []Word, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if w[k].Fold == "," && w[k+1].Fold == "with" {
			return true
		}
	}
	return false
}

// askedAbout reports an act named right after "asked about|on|over": "Fico,
// asked about sending troops, said: 'Absolutely not.'" The answer after it
// settles the question, as after "asked whether".
func askedAbout(w []Word, i int) bool {
	return i >= 2 && (w[i-1].Fold == "about" || w[i-1].Fold == "on" || w[i-1].Fold == "over") && w[i-2].Fold == "asked"
}
