package stance

import (
	"fmt"
	"slices"
	"strings"

	"standpoint/model"
)

// infinitiveTo reports a "to" that marks an infinitive, not a noun's
// preposition: "is expected to vote against", "plans to back".
func infinitiveTo(w []Word, k int) bool {
	if w[k].Fold != "to" || k == 0 {
		return false
	}
	prev := w[k-1].Fold
	switch prev {
	case "him", "her", "them", "us", "me":
		return true // "urging him to follow Australia": the one urged, then the verb
	}
	if infinitiveTakers[prev] || strings.HasSuffix(prev, "ed") && !determiners[prev] {
		return true
	}
	return urgedBefore(w, k) // "called on governments to vote no", "urges the member states to back"
}

// urgedBefore reports an urging verb and the one urged before the "to" at
// k: "called on governments to", "urged the member states to".
func urgedBefore(w []Word, k int) bool {
	for j := k - 2; j >= 0 && j >= k-5 && w[j].Word; j-- {
		if objectUrgers[w[j].Fold] {
			return true
		}
	}
	return false
}

// objectUrgers take the one urged, then "to" and the verb: "urged
// ministers to vote", "called on governments to reject".
var objectUrgers = wordSet("object-urgers")

// noneAdverbial finds an adverbial that negates a whole clause, within
// its clause before the verb group or after the frame: "in no form", "under
// no circumstances", "by no means", "on no account".
func noneAdverbial(w []Word, groupStart, end int) string {
	at := func(k int) string {
		if k < 0 || k+2 >= len(w) || w[k+1].Fold != "no" {
			return ""
		}
		if noneAdverbials[w[k].Fold+"-"+w[k+2].Fold] {
			return w[k].Fold + " no " + w[k+2].Fold
		}
		return ""
	}
	for k := groupStart - 1; k >= 0 && k >= groupStart-6 && !stops(w[k]); k-- {
		if p := at(k); p != "" {
			return p
		}
	}
	for k := end; k < len(w) && k < end+10 && !stops(w[k]); k++ {
		if p := at(k); p != "" {
			return p
		}
	}
	return ""
}

// alternativesAside reports a "whether" whose alternatives close an
// aside with no verb: "whether Irish, British or French,".
func alternativesAside(w []Word, i int) bool {
	or := false
	for k := i; k < len(w) && k < i+8; k++ {
		switch {
		case w[k].Fold == "or":
			or = true
		case w[k].Fold == ",":
			if or {
				return true
			}
		case !w[k].Word || copulas[w[k].Fold] || finiteAuxiliaries[w[k].Fold]:
			return false
		}
	}
	return false
}

// mainClausePronouns open a main clause after a condition written without
// a comma: "if his party forms the next government it will not".
var mainClausePronouns = wordSet("main-clause-pronouns")

// noneAdverbials are the preposition and noun around "no" that negate a
// whole clause, joined by a dash: "in no form", "under no circumstances".
var noneAdverbials = wordSet("none-adverbials")

// foreignProposal reports the proposal named as foreign inside a match:
// "no foreign contingent", "foreign troops".
func foreignProposal(w []Word, m match) bool {
	for k := m.start; k < m.end && k < len(w); k++ {
		if w[k].Fold == "foreign" && (w[k].Proposal || k+1 < len(w) && w[k+1].Proposal) {
			return true
		}
	}
	for k := m.end; k < len(w) && k < m.end+2; k++ { // "could include foreign troops"
		if w[k].Fold == "foreign" && k+1 < len(w) && w[k+1].Proposal {
			return true
		}
	}
	// "no talk about any presence of foreign military": the proposal's own
	// "of foreign …" after it.
	if k := m.end; m.end > 0 && w[m.end-1].Proposal && k+2 < len(w) && w[k].Fold == "of" && w[k+1].Fold == "foreign" && w[k+2].Word {
		return true
	}
	return false
}

// contrastNot reports the proposal after a frame set against it: "supports
// peace, not soldiers".
func contrastNot(w []Word, i int) bool {
	for k := i; k < len(w) && k < i+8; k++ {
		if w[k].Proposal {
			return k >= 2 && w[k-1].Fold == "not" && (w[k-2].Fold == "," || w[k-2].Fold == "but")
		}
	}
	return false
}

// conditionAfter reports an "if" or "provided" shortly after word i: "could
// take part in a force if its terms are met".
func conditionAfter(w []Word, i int) bool {
	for k := i; k < len(w) && k < i+10; k++ {
		if conditions[w[k].Fold] {
			return true
		}
		if w[k].Fold == ";" {
			return false
		}
	}
	return false
}

// obligationAfter reports "should" or "must" governing the words from i:
// "no Danish soldier, no Nordic soldier, nobody should go".
func (f *Frames) obligationAfter(w []Word, i int) bool {
	for k := i; k < len(w) && k < i+8; k++ {
		switch {
		case f.grammar[w[k].Fold]&roleObligation != 0:
			return true
		case w[k].Fold == ";" || w[k].Fold == "." || w[k].Fold == "but":
			return false
		case w[k].Word && w[k].Fold != "no" && w[k].Fold != "nobody" && w[k].Fold != "or" && w[k].Fold != "nor" && !w[k].Proposal && f.grammar[w[k].Fold] == 0 && k > i+3:
			return false
		}
	}
	return false
}

// negativeConcord reports "never" beside "not" in one verb group, which
// English writes only in translation ("never will not send").
func negativeConcord(negators []string) bool {
	never, not := false, false
	for _, n := range negators {
		never = never || n == "never"
		not = not || n == "not" || strings.HasSuffix(n, "n't")
	}
	return never && not
}

// counterfactual reports "would have", "could have" or "might have"
// right before the predicate at i, over a negator or an adverb.
func counterfactual(w []Word, i int) bool {
	if i < 2 || w[i-1].Fold != "have" {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-3; k-- {
		switch w[k].Fold {
		case "would", "could", "might", "'d":
			return true
		case "not", "never", "probably", "certainly", "also":
			continue
		}
		return false
	}
	return false
}

// talkBeforeProposal reports a talk noun after an act and before the
// first proposal word, in words [start+1, end): "take part in the debate
// about soldiers".
func talkBeforeProposal(w []Word, start, end int) bool {
	talk := false
	for k := start + 1; k < end && !stops(w[k]); k++ {
		switch {
		case w[k].Proposal:
			return talk
		case talkNouns[w[k].Fold]:
			talk = true
		}
	}
	return false
}

var talkNouns = wordSet("talk-nouns")

// declinedTo is the reason a refusal gives way to the frame of the verb
// after its "to".
const declinedTo = "\"declined to\" a verb of judging: that verb says it"

// opensJudging reports a verb that opens a frame of excluding or weighing
// ("exclude", "rule", "consider", "discuss"): refused, it is negated.
func (f *Frames) opensJudging(fold string) bool {
	for _, fr := range f.byFirst[fold] {
		if fr.class == classExclude || fr.class == classConsider {
			return true
		}
	}
	return false
}

// governsUnder reports a reason a frame has no stance that still holds
// what stands under it: a question asked, a subject that holds nothing.
func governsUnder(reason string) bool {
	return strings.HasPrefix(reason, "asked") || strings.HasPrefix(reason, "its subject")
}

// compose gives a matched frame its stance, or the reason it has none.
// restrictions are what a clause's hedges and limits say: the first of each.
type restrictions struct{ hedge, limit string }

func (f *Frames) compose(c *Clause, m match, denials []match, r restrictions) (Cue, string) {
	w := c.Words
	fr := m.fr
	g := f.readGroup(w, m.start)
	if agentNouns[w[m.start].Fold] && g.start == m.start {
		if k, ok := predicateNoun(w, m.start); ok {
			// "Macron has been the leading advocate of a force": the verb
			// group is the copula's, and its subject the holder.
			g = f.readGroup(w, k)
		}
	}
	cue := Cue{First: g.start, Last: m.end - 1, Head: m.start, Owners: fr.owners, Inside: fr.inside, class: fr.class, fallback: fr.fallback,
		Why: Why{Frame: fr.text}}
	if fr.class == classIdiom {
		return cue, "an idiom that holds no stance"
	}
	if fr.home && m.end-2 >= m.start && w[m.end-2].Target {
		return cue, "staying on the debate's country's soil: there, not refused"
	}
	if fr.class == classUndecided && fr.elems[0].verb && m.start > 0 && articles[w[m.start-1].Fold] && strings.HasSuffix(w[m.start].Fold, "ing") {
		// "told the waiting press": an -ing form after an article
		// describes a noun.
		return cue, "an -ing form after an article: it describes a noun"
	}
	if fr.class == classConsider && (w[m.start].Fold == "considered" || w[m.start].Fold == "deemed") && beBefore(w, m.start) && regardedAs(w, m.start+1) {
		// "troops would be considered legitimate targets": regarded as
		// something, not weighed.
		return cue, "\"be considered\" with a complement: regarded as, not weighed"
	}
	if fr.class == classQuestion && w[m.start].Fold == "whether" && alternativesAside(w, m.end) {
		// "European troops, whether Irish, British or French, would": any
		// of them, no question asked.
		return cue, "\"whether … or …\" in an aside: any of them, no question"
	}
	if fr.class == classQuestion && fr.fallback && m.start > 0 && articles[w[m.start-1].Fold] {
		// "the debate over sending soldiers": a noun, no one asking.
		return cue, "a question named as a noun: no one asks it"
	}
	if fr.class == classExclude && m.end < len(w) && w[m.end].Fold == "from" && strings.HasSuffix(w[m.start].Fold, "ed") && !g.passive && g.start == m.start {
		// "Vox, excluded from the round of contacts, was": left out of
		// something, not excluding anything.
		return cue, "\"excluded from\": left out, not excluding"
	}
	if fr.class == classExclude && f.grammar[w[m.start].Fold]&roleRefusal != 0 && m.start+2 < len(w) && w[m.start+1].Fold == "to" && f.opensJudging(w[m.start+2].Fold) {
		// "declined to exclude a Canadian presence": the verb after "to"
		// says what is refused, and the refusal negates it.
		return cue, declinedTo
	}
	if fr.class == classAct && m.start > 0 && w[m.start-1].Fold == "before" && strings.HasSuffix(w[m.start].Fold, "ing") {
		// "urged ministers to think again before committing troops": what
		// would come after, not done.
		return cue, "an act named after \"before\": not done"
	}
	if fr.class == classAct && talkBeforeProposal(w, m.start, min(len(w), m.end+objectReach)) {
		// "did not want to take part in the debate about soldiers": the
		// debate is what one takes part in.
		return cue, "it takes part in a talk about it, not in it"
	}
	if counterfactual(w, m.start) {
		// "Ten years ago I would have said no": what was not, then.
		return cue, "a counterfactual: \"would have\""
	}
	neg := len(g.negators) + m.gapNeg
	for _, n := range g.negators {
		cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("negated by %q", n))
	}
	switch {
	case m.gapNeg > 0 && len(g.negators) > 0:
		// "will not participate with military in no such mission": a
		// second negation repeats the first, as translations write it.
		neg = len(g.negators)
		cue.Why.Steps = append(cue.Why.Steps, "a negation inside the phrase repeats the first")
	case m.gapNeg > 0:
		cue.Why.Steps = append(cue.Why.Steps, "negated inside the phrase")
	case negativeConcord(g.negators):
		// "never will not send its soldier": translated from a language
		// of negative concord, the second negation repeats the first.
		neg--
		cue.Why.Steps = append(cue.Why.Steps, "\"never\" with \"not\": one negation, as translations write it")
	}
	// The subject: "nothing is off the table", "no option has been ruled out";
	// "nobody has asked" leaves the stance without a holder.
	ruleForAll := false
	if g.noNoun && g.oblige != "" && fr.class == classAct {
		// "no country should send soldiers": a rule for everyone, as below.
		ruleForAll = true
		cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("subject \"no\" with %q: against", g.oblige))
	}
	subjectQ, subjectWord := f.subjectQuantifier(w, g.start) // also read by the passive's test below
	cue.ForAll = ruleForAll || subjectQ != 0
	if subjectQ != 0 {
		switch {
		case g.oblige != "" && fr.class == classAct:
			// "nobody must send soldiers", "no NATO state should send
			// troops": a rule for everyone, not a refusal: against.
			ruleForAll = true
			cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("subject %q with %q: against", subjectWord, g.oblige))
		case subjectQ == roleNobody && fr.class == classAct && futureIn(w[g.start:m.start]):
			// "Nobody is going to send soldiers from a European country":
			// the speaker says no one will, their own side first.
			neg++
			cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("subject %q: no one will, the speaker's own side included", subjectWord))
		case subjectQ == roleNobody:
			return cue, fmt.Sprintf("its subject %q holds nothing", subjectWord)
		default:
			neg++
			cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("subject %q negates it", subjectWord))
		}
	}
	// The object: "we exclude nothing", "rules out nothing"; "will send
	// no troops", "would send neither weapons nor soldiers", "will accept
	// no foreign troops".
	if o := overQuotes(w, m.end); o < len(w) {
		if fr.class == classExclude {
			o = f.overTimePhrase(w, o) // "I exclude at this point in time nothing"
		}
		switch fold := w[o].Fold; {
		case (fr.class == classExclude || fr.class == classAgainst) && f.grammar[fold]&roleNothing != 0 &&
			(fold != "no" || o+1 < len(w) && contentNouns[w[o+1].Fold]), // "no" only as in "excluding no option"
			(fr.class == classAct || fr.class == classAccept || fr.class == classFavor || fr.class == classConsider) &&
				(fold == "no" || fold == "neither" || fold == "nothing" || fold == "none"),
			fr.class == classDecide && fold == "nothing": // "has decided nothing"
			if len(g.negators) > 0 {
				// "will not send neither soldiers nor weapons": a second
				// negation, as translations and many languages write it,
				// repeats the first.
				break
			}
			neg++
			cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("object %q negates it", fold))
		}
	}
	if phrase := noneAdverbial(w, g.start, m.end); phrase != "" && neg == 0 {
		// "will accept soldiers of Western states in no form whatsoever",
		// "under no circumstances would we send troops".
		neg++
		cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("negated by %q", phrase))
	}
	if word := f.negatedAbove(w, g.start); word != "" {
		// "is not something the Coalition would support", "it was not
		// relevant for Norway to send soldiers", "I don't see German
		// soldiers stationed there": a negation above the predicate.
		neg++
		cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("under %q", word))
	}
	if fr.class == classExclude {
		if word := misjudgedBefore(w, g.start); word != "" {
			// "it would be a mistake to close the door", "wrong to rule it
			// out": ruling out judged wrong is keeping it open.
			neg++
			cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("judged %q: not to be done", word))
		} else if word := misjudgedAfter(w, g.start, m.end); word != "" {
			// "to exclude every variant in advance is not wise": the
			// infinitive is the subject of the judgement after it.
			neg++
			cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("judged %q: not to be done", word))
		}
	}
	for _, d := range denials {
		if d.end <= m.start && !participleBetween(w, d.end, m.start) {
			neg++
			cue.Why.Steps = append(cue.Why.Steps, "under the denial "+d.fr.text)
			cue.First = f.readGroup(w, d.start).start // the one who denies holds it
		}
	}
	if fr.class != classQuestion && fr.class != classUndecided {
		if q := f.questionBefore(w, g.start); q != "" {
			return cue, fmt.Sprintf("asked or supposed, under %q", q)
		}
		if s := f.unsaidBefore(w, g.start); s != "" {
			return cue, fmt.Sprintf("under %q: not stated", s)
		}
	}
	if fr.class == classConsider && fr.elems[0].verb && m.end == m.start+1 && m.end < len(w) && w[m.end].Fold == "that" && strings.HasPrefix(w[m.start].Fold, "consider") {
		// "We consider that the proposal is risky": an opinion that its
		// complement says, not a weighing.
		return cue, "\"consider that\": an opinion, not a weighing"
	}
	if reason := f.namedNotDone(w, m, g); reason != "" {
		return cue, reason
	}
	if (fr.class == classAct || fr.class == classFavor || fr.class == classAccept) && contentClauseBefore(w, g.start) {
		// "condemned a recommendation that young Russians be allowed back",
		// "the proposal that British troops should be sent": what a
		// recommendation says, asserted by no one in the clause.
		return cue, "what a recommendation or proposal says: not asserted"
	}
	if fr.class == classQuestion && f.urgedQuestion(w, m.start) {
		// "Western governments should ask whether such an outcome served
		// their own people": a question put to others, no doubt of one's own.
		return cue, "a question urged on others: no stance"
	}
	if factBefore(w, g.start) {
		// "the very fact such an idea was being discussed was a worrying
		// development": taken as given, said by no one.
		return cue, "\"the fact\" that it is so: taken as given, not said"
	}
	topic, ok := f.topic(c, m, g)
	if !ok {
		return cue, "no tie to the proposal"
	}
	if g.passive && fr.elems[0].verb && (fr.class == classFavor || fr.class == classAgainst) && f.isParticiple(w[m.start].Fold) && !adjectivalParticiples[w[m.start].Fold] &&
		!strings.HasPrefix(topic, "its subject") && !byAfter(w, m.end) {
		// "Anna Berg was criticised for backing troops": the one judged is
		// no judge, and what she is judged for says her own stance.
		if subjectQ == 0 && !g.noNoun {
			return cue, "a passive with no agent: its subject is the one judged"
		}
	}
	if (fr.class == classFavor || fr.class == classAct) && proposingParticiples[w[m.start].Fold] && beBefore(w, m.start) && !byAfter(w, m.end) {
		// "what is actually being proposed", "the force that was floated":
		// a proposal described, no one backing it.
		return cue, "proposed, by no one named: no stance"
	}
	if (fr.class == classFavor || fr.class == classAgainst) && fr.elems[0].verb && m.start > 0 && !tiedByObject(topic) &&
		m.end-m.start <= 2 && // "its call for the law to be reversed" holds its object
		(determiners[w[m.start-1].Fold] || nounMarkers[w[m.start-1].Fold] && !infinitiveTo(w, m.start-1) ||
			m.start > 1 && w[m.start-1].Cap && demonymLike(w[m.start-1].Fold) && (determiners[w[m.start-2].Fold] || nounMarkers[w[m.start-2].Fold])) {
		// "on American support": a nationality after a preposition makes a noun too.
		// "… the logistics hub for allied support.": a noun with nothing of
		// the proposal after it says nothing about it.
		return cue, "a noun with no object: no stance on the proposal"
	}
	if (fr.class == classFavor || fr.class == classAgainst) && !fr.elems[0].verb && !tiedByObject(topic) && contrastedBefore(w, m.start) {
		// "it deserves a serious answer, not a thought bubble": what the
		// answer is not, said of the answer, not of the proposal.
		return cue, "set against another noun with \", not\": a judgement of that"
	}
	cue.Why.Topic = topic
	if (fr.class == classFavor || fr.class == classAct) && contrastNot(w, m.end) {
		neg++ // "Budapest supports peace, not soldiers"
		cue.Why.Steps = append(cue.Why.Steps, "the proposal set against it with \"not\"")
	}
	if (fr.class == classFavor || fr.class == classAct) && targetSetAgainst(w, m.end) {
		neg++ // "forces on NATO territory rather than inside Ukraine"
		cue.Why.Steps = append(cue.Why.Steps, "the debate's country set against it: not there")
	} else if (fr.class == classFavor || fr.class == classAct) && neg == 0 && placedBeside(w, m.start, m.end) {
		// "offered forces on neighbouring NATO territory", "could station
		// forces in countries bordering Ukraine": beside the debate's
		// country, not in it, which says nothing of the proposal itself.
		return cue, "placed beside the debate's country, not in it"
	}
	if g.couldIf = g.could && (fr.class == classAct || fr.class == classFavor) && conditionAfter(w, m.end); g.couldIf {
		cue.Why.Steps = append(cue.Why.Steps, "could, on a condition: open")
	}
	if g.possible != "" {
		cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("hedged by %q", g.possible))
	}
	negated := neg%2 == 1
	if fr.class == classInherit {
		if negated {
			return cue, "a negated agreement"
		}
		if o := overQuotes(w, m.end); o < len(w) && w[o].Fold == ":" {
			return cue, "what is repeated follows the colon: not taken from before" // "I will repeat it: he will not send"
		}
		cue.Inherit, cue.Contrary = true, fr.contrary
		cue.Stance = model.None
		return cue, ""
	}
	if fr.class == classAct && whatClauseBefore(w, g.start) {
		// "was examining what the Netherlands could contribute": what it
		// could do is the object of the weighing, not said to be done.
		return cue, "in a \"what\" or \"how\" clause: asked, not said"
	}
	if fr.class == classAct && !negated && wouldHaveTo(w, max(0, m.start-4), m.start) {
		// "Pistorius, who in the end would have to send the troops": a
		// consequence named, not a wish.
		return cue, "\"would have to\": a consequence, no stance"
	}
	if negated && fr.request {
		// "he has not asked for foreign soldiers": not asking for it is no
		// stance, where "does not support" is against.
		return cue, "a request not made: no stance"
	}
	if negated && fr.class == classConsider && !g.notYet && nowAfter(w, m.end) {
		// "not on the table today", "not on the agenda at the moment": not
		// now, which says nothing of later: unsettled, not ruled out.
		g.notYet = true
		cue.Why.Steps = append(cue.Why.Steps, "negated for now: not yet")
	}
	s, reason := outcome(fr, negated, g)
	if reason != "" {
		return cue, reason
	}
	if ruleForAll {
		s = model.Opposes
	}
	if strings.HasPrefix(topic, haltTopic) {
		switch turned, ok := haltTurned(fr.class, s); {
		case fr.haltOnly && fr.class == classAgainst && negated:
			// "will never give up its veto": not undoing what the proposal
			// would end is keeping it, against the proposal.
			s = model.Opposes
			cue.Why.Steps = append(cue.Why.Steps, "not undoing what it would end: against it")
		case !ok:
			return cue, "a halt to it, not plainly wanted or opposed: no stance"
		default:
			s = turned // "kept pressing for a pause", "opposed the moratorium"
			cue.Why.Steps = append(cue.Why.Steps, "the halt it wants or opposes turns it round")
		}
	}
	yesRefused := false
	if fr.class == classFixed && s == model.Supports && fr.elems[0].verb && len(g.negators) > 0 {
		// "He didn't say yes, he didn't say no": a yes not given is no
		// commitment either way.
		s = model.Undecided
		cue.Why.Steps = append(cue.Why.Steps, "a yes negated: undecided")
		if refusesAhead(w[g.start:m.start]) {
			// "will not be able to say yes to this text", "cannot say
			// yes": a yes refused ahead is a no.
			s = model.Opposes
			if f.commonAct {
				s = model.RulesOut
			}
			cue.Why.Steps = append(cue.Why.Steps, "refused ahead: no")
			yesRefused = true
		}
	}
	if fr.class == classFixed && s == model.RulesOut && fr.elems[0].verb && len(g.negators) > 0 && !yesRefused {
		// "He did not say no", "has never said no": a refusal denied is
		// openness.
		s = model.Open
		cue.Why.Steps = append(cue.Why.Steps, "a refusal negated: open")
	}
	if s == model.RulesOut && fr.class == classAct && g.oblige != "" && !firstPerson(w, g.start) {
		// "Britain should not send troops", "soldiers must not be sent":
		// what one says others ought not to do is against it; "we should
		// not" stays one's own refusal.
		s = model.Opposes
		cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("negated under %q: against", g.oblige))
	}
	if s == model.RulesOut && fr.class == classAct && len(g.negators) == 1 && neg == 1 && notYetPledged(w, m.start, g) {
		// "has not committed ground forces", "was careful not to promise
		// troops": a pledge not made yet is no refusal.
		s = model.Open
		cue.Why.Steps = append(cue.Why.Steps, "a pledge not made, not refused: open")
	}
	if s == model.RulesOut && r.limit != "" {
		// "the force would not be deployed on the front line": what is
		// refused is a time or place, not the proposal.
		return cue, fmt.Sprintf("a refusal limited by %q: no stance on the proposal", r.limit)
	}
	hedge := r.hedge
	if s == model.Supports && hedge != "" && (fr.class == classAct || fr.class == classFavor) {
		// "willing in principle to send troops", "would take part, subject
		// to a vote": a restricted commitment is openness.
		s = model.Open
		cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("restricted by %q: open", hedge))
	}
	if s == model.RulesOut && foreignProposal(w, m) {
		// "No foreign contingent is acceptable to us": others' troops, not
		// one's own: against.
		s = model.Opposes
		cue.Why.Steps = append(cue.Why.Steps, "foreign troops: against")
	}
	if s == model.RulesOut && fr.class == classFixed && f.obligationAfter(w, m.end) {
		// "no European troops should go": a rule for others, not a refusal
		// of one's own (the caller makes it one when the troops are).
		s = model.Opposes
		cue.Urged = true
		cue.Why.Steps = append(cue.Why.Steps, "urged with a modal: against")
	}
	if s == model.Opposes && f.commonAct && g.oblige == "" && f.ownVoteRefused(fr, negated, w, g.start, m.start) {
		// "Poland will vote against the deal", "Hungary will not back it":
		// in a decision taken together, a member's vote is its own part.
		s = model.RulesOut
		cue.Why.Steps = append(cue.Why.Steps, "a decision taken together: its own vote refused: rules out")
	}
	cue.Stance = s
	cue.Urged = cue.Urged || g.oblige != "" && (fr.class == classAct || fr.class == classFavor || fr.class == classExclude || fr.class == classConsider) // "Berlin should not rule it out": the one who says so urges openness
	return cue, ""
}

// ownVoteRefused reports an objection that is the holder's own vote or
// veto: a vote cast against ("voted against"), or one announced ("will
// block", "will not back"), with the verb group [from, head).
func (f *Frames) ownVoteRefused(fr *frame, negated bool, w []Word, from, head int) bool {
	verb := w[head].Fold
	if head > 1 && w[head-1].Fold == "to" && urgedBefore(w, head-1) {
		return false // "called on governments to vote no": others' votes, asked for
	}
	announced := futureIn(w[from:head]) || slices.ContainsFunc(w[from:head], func(x Word) bool { return announcingAuxiliaries[x.Fold] })
	switch {
	case fr.class == classAgainst && !negated:
		return f.voteAgainst[verb] && (announced || strings.HasPrefix(verb, "vot"))
	case (fr.class == classFavor || fr.class == classAccept) && negated:
		return f.voteFor[verb] && announced
	}
	return false
}

// announcingAuxiliaries announce what one will do, besides futureIn's:
// "would not back it", "won't back it".
var announcingAuxiliaries = map[string]bool{"would": true, "shall": true, "won't": true, "wont": true, "wouldn't": true, "wouldnt": true}

// whatClauseBefore reports "what" or "how" opening the clause of the verb
// group at g, after a word of the sentence before it: "examining what the
// Netherlands could contribute", "asked how many soldiers Italy would
// send" (not "What we will do is", a cleft opening the sentence).
func whatClauseBefore(w []Word, g int) bool {
	for k := g - 1; k >= 1 && k >= g-5; k-- {
		switch w[k].Fold {
		case "what", "how":
			return w[k-1].Word || isQuoteMark(w[k-1])
		case "way":
			if w[k-1].Fold == "which" {
				return true // "without indicating which way its MPs would go"
			}
		}
		if !w[k].Word {
			return false
		}
	}
	return false
}

// beBefore reports a form of "be" among the three words before i: a
// passive ("is actually being proposed", "was floated").
func beBefore(w []Word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if copulas[w[k].Fold] {
			return true
		}
		if !w[k].Word {
			return false
		}
	}
	return false
}

// regardedAs reports a complement at i after a passive "considered": a
// word or a quote that is no preposition of an agent, a time or a place
// ("considered a threat", 'considered "legitimate targets"'), not "by the
// cabinet" or the clause's end.
func regardedAs(w []Word, i int) bool {
	i = overQuotes(w, i)
	return i < len(w) && w[i].Word && !passiveAfterWords[w[i].Fold]
}

var passiveAfterWords = wordSet("passive-after-words")

// proposingParticiples describe a proposal made, in a passive: "what is
// being proposed".
var proposingParticiples = wordSet("proposing-participles")

// nowAfter reports a word of the present moment within three words after
// a predicate: "today", "now", "at the moment", "at this stage".
func nowAfter(w []Word, i int) bool {
	for k := i; k < len(w) && k < i+4; k++ {
		if nowWords[w[k].Fold] {
			return true
		}
		if !w[k].Word {
			return false
		}
	}
	return false
}

// nowWords name the present moment: "not on the table today".
var nowWords = wordSet("now-words")

// wouldHaveTo reports "would have to" in the verb group [from, to).
func wouldHaveTo(w []Word, from, to int) bool {
	for k := from; k+2 < to; k++ {
		if w[k].Fold == "would" && w[k+1].Fold == "have" && w[k+2].Fold == "to" {
			return true
		}
	}
	return false
}

// polarity is what a frame's class gives: plainly, negated, negated with
// "yet" ("has not yet decided"), and under a possible modal ("might").
// An empty notYet or possible falls back to negated or plain.
type polarity struct{ plain, negated, notYet, possible model.Stance }

var polarities = map[class]polarity{
	classAct:       {model.Supports, model.RulesOut, model.Undecided, model.Open},
	classFavor:     {model.Supports, model.Opposes, model.Undecided, model.Open},
	classAgainst:   {model.Opposes, model.Open, "", ""},
	classExclude:   {model.RulesOut, model.Open, "", ""},
	classConsider:  {model.Open, model.RulesOut, model.Undecided, ""},
	classUndecided: {model.Undecided, model.Undecided, "", ""},
	classQuestion:  {model.Undecided, model.Undecided, "", ""},
	classAccept:    {model.Open, model.Opposes, "", ""},
	classThreat:    {model.Opposes, "", "", ""},
	classDecide:    {"", model.Undecided, "", ""},
}

// outcome is the stance a frame's class gives under its polarity and mode.
func outcome(fr *frame, negated bool, g group) (model.Stance, string) {
	if fr.class == classFixed {
		return fr.stance, ""
	}
	p, ok := polarities[fr.class]
	if !ok {
		return "", "no stance for this class"
	}
	s := p.plain
	switch {
	case negated && g.notYet && p.notYet != "":
		s = p.notYet
	case negated:
		s = p.negated
	case (g.possible != "" || g.couldIf) && p.possible != "":
		s = p.possible
	}
	switch {
	case s != "":
		return s, ""
	case fr.class == classThreat:
		return "", "a negated threat"
	case fr.class == classDecide:
		return "", "a decision: what it decides says the stance"
	}
	return "", "no stance for this class"
}

// subjectQuantifier finds a negative subject of the predicate whose verb
// group starts at g: right before it ("said nothing is off the table"),
// before a parenthetical ("No option, including troops, has been"), or
// opening the clause.
func (f *Frames) subjectQuantifier(w []Word, g int) (role, string) {
	j := g - 1
	if j >= 0 && (w[j].Fold == "and" || w[j].Fold == "but") {
		return 0, "" // "Iceland has no army and offered nothing": the second verb's subject is the first's, not "no army"
	}
	if j >= 0 && w[j].Fold == "," {
		for k := j - 1; k >= 0 && k >= j-8; k-- {
			if w[k].Fold == "," {
				j = k - 1 // over ", including troops,"
				break
			}
		}
	}
	// "no Nordic or EU soldiers are to be deployed", "no Norwegian or other
	// NATO soldier": over a list of modifiers to the quantifier before it.
	if j >= 0 && w[j].Proposal {
		k := j
		for k > 0 && j-k < 6 && w[k].Word && (w[k].Proposal || w[k].Cap || w[k].Fold == "or" || w[k].Fold == "and" || w[k].Fold == "other" || demonymLike(w[k].Fold)) {
			k--
		}
		if k >= 0 && k < j-1 && f.grammar[w[k].Fold]&(roleNothing|roleNobody) != 0 {
			return roleNothing, w[k].Fold
		}
	}
	for k := j; k >= 0 && k >= j-2; k-- {
		if !w[k].Word {
			if w[k].Fold == "“" || w[k].Fold == "\"" || w[k].Fold == "‘" {
				continue
			}
			break
		}
		r := f.grammar[w[k].Fold]
		switch {
		case r&roleNobody != 0:
			return roleNobody, w[k].Fold
		case w[k].Fold == "no" && k+1 < len(w) && w[k+1].Fold == "one":
			return roleNobody, "no one"
		case r&roleNothing != 0 && !(k > 0 && w[k-1].Fold == "a"):
			return roleNothing, w[k].Fold // "little appetite", not "a little more open"
		}
	}
	// "no European or NATO country would put soldiers there": a subject
	// opening with "no", over the names and nouns that make it up.
	for k := j; k >= 0 && k >= j-6; k-- {
		if !w[k].Word || f.grammar[w[k].Fold] != 0 && w[k].Fold != "no" || quantifierStops[w[k].Fold] {
			break
		}
		if w[k].Fold == "no" {
			if k < j-2 && (k == 0 || !w[k-1].Word || subjectOpeners[w[k-1].Fold]) {
				return roleNothing, "no"
			}
			break
		}
	}
	// "Not a single German soldier … should be sent", "Never an Italian
	// soldier will go": a subject opening with "not a", "never an".
	for k := j; k >= 0 && k >= j-7; k-- {
		if !w[k].Word && k < j-4 || k < j-4 && f.grammar[w[k].Fold]&(roleAuxiliary|roleObligation|rolePossible) != 0 {
			break // past four words only over a noun and its "of": "not one member of the Croatian Army will go"
		}
		if (w[k].Fold == "not" || w[k].Fold == "never") && k+1 < len(w) && (w[k+1].Fold == "a" || w[k+1].Fold == "an" || w[k+1].Fold == "one" || w[k+1].Fold == "single") &&
			(k == 0 || !w[k-1].Word || w[k-1].Fold == "that") && (k >= j-4 || slices.ContainsFunc(w[k+2:j+1], func(x Word) bool { return x.Fold == "of" })) {
			return roleNothing, "not " + w[k+1].Fold
		}
	}
	// "neither European countries nor NATO member states would send",
	// "nobody in my party wants": a subject whose negation opens it further back.
	for k := j; k >= 0 && k >= j-9; k-- {
		if !w[k].Word || f.grammar[w[k].Fold]&(roleAuxiliary|roleObligation|rolePossible) != 0 {
			break
		}
		opens := k == 0 || !w[k-1].Word || subjectOpeners[w[k-1].Fold] || w[k-1].Fold == "saying"
		switch {
		case w[k].Fold == "neither" && opens && j-k <= 4:
			return roleNothing, "neither" // "neither Croatian nor any other soldiers should be deployed"
		case w[k].Fold == "neither" && opens && slices.ContainsFunc(w[k+1:j+1], func(x Word) bool { return x.Fold == "nor" }):
			return roleNothing, "neither … nor"
		case (w[k].Fold == "nobody" || w[k].Fold == "none") && opens && k < j && partitives[w[k+1].Fold]:
			return roleNothing, w[k].Fold + " " + w[k+1].Fold
		}
	}
	return 0, ""
}

// questionBefore finds a "whether" or "if" that the predicate at g stands
// under ("asked whether Italy would send"), unless a comma closes it
// ("If asked, we will send").
func (f *Frames) questionBefore(w []Word, g int) string {
	mainSubject := g > 0 && mainClausePronouns[w[g-1].Fold] // "if his party forms the next government it will not"
	for j := g - 1; j >= 0 && g-j <= 10; j-- {
		if mainSubject && j < g-3 && (w[j].Fold == "if" || w[j].Fold == "when" || w[j].Fold == "once") {
			return "" // the condition closed before the main clause's own subject, with no comma
		}
		if w[j].Fold == "," || w[j].Fold == ";" {
			return ""
		}
		if f.grammar[w[j].Fold]&roleQuestion != 0 {
			return w[j].Fold
		}
		if w[j].Fold == "how" && j+1 < g && (w[j+1].Fold == "many" || w[j+1].Fold == "much" || w[j+1].Fold == "long") {
			return "how " + w[j+1].Fold // "how many troops would go", "how long they would stay"
		}
		if (w[j].Fold == "who" || w[j].Fold == "what") && j > 0 && askingWords[w[j-1].Fold] {
			return w[j-1].Fold + " " + w[j].Fold // "debates about who sends what", "asked who would go"
		}
	}
	return ""
}

// ellipsis reads a clause whose verb is left out ("but Cyprus might"): the
// previous cue's frame under this clause's own auxiliaries.
func (f *Frames) ellipsis(c Clause) (Cue, bool) {
	w := c.Words
	last := len(w) - 1
	for last >= 0 && !w[last].Word {
		last--
	}
	if last < 1 {
		return Cue{}, false
	}
	r := f.grammar[w[last].Fold]
	if r&(rolePossible|roleObligation) == 0 && !f.isNegator(w[last].Fold) && !finiteAuxiliaries[w[last].Fold] {
		return Cue{}, false // "but Cyprus might", "Greece will not"; not "the coalition of the willing"
	}
	prev := c.Previous
	if prev.class != classAct && prev.class != classFavor && prev.class != classConsider {
		return Cue{}, false
	}
	g := f.readGroup(w, last+1)
	for k := g.start - 1; k >= 0 && k >= g.start-3; k-- {
		if f := w[k].Fold; f == "what" || f == "than" || f == "whatever" {
			return Cue{}, false // "ask others to carry what we will not", "more than Spain would": a comparison, no verb of its own
		}
	}
	fr := &frame{class: prev.class, text: prev.Why.Frame}
	s, reason := outcome(fr, len(g.negators)%2 == 1, g)
	if reason != "" {
		return Cue{}, false
	}
	return Cue{Stance: s, First: g.start, Last: last, Head: g.start, Owners: prev.Owners, class: prev.class,
		Why: Why{Frame: prev.Why.Frame, Steps: append([]string{"its verb is left out: the clause before's"}, negSteps(g)...), Topic: prev.Why.Topic}}, true
}

// proposalJustBefore reports the proposal named in the four words before
// word i, with no comma or verb group between ("personnel in the country
// supporting").
func proposalJustBefore(w []Word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if w[k].Proposal {
			return true
		}
		if !w[k].Word {
			return false
		}
	}
	return false
}

// targetSetAgainst reports the debate's country set against the place of
// an act after word i: "but not, for now, on Ukrainian territory", "rather
// than inside Ukraine", "instead of in Ukraine".
func targetSetAgainst(w []Word, i int) bool {
	for k, words := i, 0; k < len(w) && words < 14; k++ { // words, not commas: "in neighbouring states, naming Poland, Romania and Slovakia, rather than inside Ukraine"
		if w[k].Word {
			words++
		}
		if w[k].Target {
			return false // named before any contrast: the act's own place
		}
		if w[k].Fold == ";" {
			return false
		}
		contrast := w[k].Fold == "not" && k > 0 && (w[k-1].Fold == "but" || w[k-1].Fold == ",") ||
			w[k].Fold == "than" && k > 0 && w[k-1].Fold == "rather" ||
			w[k].Fold == "of" && k > 0 && w[k-1].Fold == "instead"
		if !contrast {
			continue
		}
		for j := k + 1; j < len(w) && j < k+8; j++ {
			if w[j].Target {
				return true
			}
			if w[j].Fold == ";" || w[j].Proposal {
				return false
			}
		}
		return false
	}
	return false
}

// unsaidBefore finds a negated verb of saying that the predicate at g is
// the complement of: "Berg did not say Danish soldiers would go".
func (f *Frames) unsaidBefore(w []Word, g int) string {
	for k := g - 1; k >= 1 && k >= g-8; k-- {
		if w[k].Fold == ";" || w[k].Fold == "," && k < g-1 {
			return ""
		}
		if f.grammar[w[k].Fold]&roleSaying != 0 || believing[w[k].Fold] {
			for j := k - 1; j >= 0 && j >= k-4; j-- {
				if w[j].Fold == "few" && (j == 0 || w[j-1].Fold != "a") {
					return "few " + w[k].Fold // "Few in Berlin believe German soldiers will be sent": no one says so
				}
			}
		}
		if f.grammar[w[k].Fold]&roleSaying != 0 {
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if f.isNegator(w[j].Fold) {
					return w[j].Fold + " " + w[k].Fold
				}
				if f.grammar[w[j].Fold]&roleAuxiliary == 0 {
					break
				}
			}
			return ""
		}
	}
	return ""
}

// firstPerson reports "we" or "I" as the subject right before the verb
// group at g.
func firstPerson(w []Word, g int) bool {
	for k := g - 1; k >= 0 && k >= g-2; k-- {
		switch w[k].Fold {
		case "we", "i":
			return true
		}
		if !w[k].Word {
			return false
		}
	}
	return false
}

// negatedAbove finds a negation that governs the clause of the verb group
// at g from above: "not something" before a relative clause ("is not
// something the Coalition would support"), "not <adjective> for X to"
// ("not relevant for Norway to send"), a negated verb of seeing before its
// object ("don't see German soldiers stationed in Ukraine").
func (f *Frames) negatedAbove(w []Word, g int) string {
	if g < len(w) && (w[g].Fold == "is" || w[g].Fold == "was") && whatCleftNegated(f, w, g) {
		return "what … not … is" // the copula opens the verb group: "… is joining"
	}
	closing := -1 // the first quote mark back from g: a quote that ends before the verb group
	for k := g - 1; k >= 0 && k >= g-9; k-- {
		x := w[k].Fold
		if isQuoteMark(w[k]) {
			if closing < 0 {
				closing = k
			}
			continue // 'does "not see any scenario" in which soldiers would serve'
		}
		if closing > k && perceiving[x] && !quoteGoesOn(w, closing) {
			return "" // 'travelled from "we don't see it" in December to offering troops': the quote's own clause
		}
		if stops(w[k]) {
			return ""
		}
		if g-k > 7 && !perceiving[x] {
			continue // only a verb of seeing reaches this far: 'does "not see any scenario" in which soldiers would serve'
		}
		switch {
		case x == "something" && k > 0 && f.isNegator(w[k-1].Fold):
			return w[k-1].Fold + " something"
		case x == "for" && k >= 2 && f.isNegator(w[k-2].Fold) && w[k-1].Word && g-k <= 4:
			return w[k-2].Fold + " " + w[k-1].Fold + " for"
		case perceiving[x] && k > 0 && (f.isNegator(w[k-1].Fold) || k > 1 && f.isNegator(w[k-2].Fold)):
			return "not " + x
		case permitting[x] && k > 0 && (f.isNegator(w[k-1].Fold) || k > 1 && f.isNegator(w[k-2].Fold)):
			return "not " + x // "would not let its territory be used to prepare the deployment"
		case opining[x] && g-k <= 5 && k > 0 && (f.isNegator(w[k-1].Fold) || k > 1 && f.isNegator(w[k-2].Fold)):
			return "not " + x // "I don't think anybody should be sending soldiers"
		case x == "part" && k+1 < g && w[k+1].Fold == "of" && k > 1 && (f.isNegator(w[k-1].Fold) || w[k-1].Fold == "be" && f.isNegator(w[k-2].Fold)):
			return "not part of" // "will not be part of a coalition to postpone the act"
		case (x == "among" || x == "from" && k+1 < g && w[k+1].Fold == "the") && k > 0 && f.isNegator(w[k-1].Fold):
			return w[k-1].Fold + " " + x // "Greece is not among the countries that will send troops", "not from the countries which are ready" (translated)
		case x == "among" && k > 1 && copulas[w[k-1].Fold] && f.isNegator(w[k-2].Fold):
			return w[k-2].Fold + " " + w[k-1].Fold + " among" // "Greece would not be among the countries sending troops"
		case (x == "is" || x == "was") && whatCleftNegated(f, w, k):
			return "what … not … is" // "What we won't be doing is joining a force"
		}
	}
	return ""
}

// contrastedBefore reports ", not a" or ", not an" right before word i:
// a noun set against the one before the comma.
func contrastedBefore(w []Word, i int) bool {
	return i >= 3 && (w[i-1].Fold == "a" || w[i-1].Fold == "an") && w[i-2].Fold == "not" && w[i-3].Fold == ","
}

// contentClauseBefore reports a "that" after a noun of proposing opening
// the clause whose verb group starts at g: "a recommendation that young
// athletes be allowed back".
func contentClauseBefore(w []Word, g int) bool {
	for k := g - 1; k >= 1 && k >= g-8; k-- {
		if stops(w[k]) {
			return false
		}
		if w[k].Fold == "that" {
			if k >= 2 && (possessives[w[k-2].Fold] || w[k-2].Fold == "'s" || w[k-2].Fold == "’s") {
				return false // "stood by her suggestion that": its owner says so (the caller's statement owner)
			}
			return contentNouns[w[k-1].Fold] || recommendingNouns[w[k-1].Fold]
		}
	}
	return false
}

// urgedQuestion reports "should ask whether", "must ask themselves
// whether": a question at i that a modal of obligation puts to others.
func (f *Frames) urgedQuestion(w []Word, i int) bool {
	k := i - 1
	if k >= 0 && (w[k].Fold == "themselves" || w[k].Fold == "ourselves" || w[k].Fold == "yourselves") {
		k--
	}
	if k < 1 || !strings.HasPrefix(w[k].Fold, "ask") {
		return false
	}
	return f.grammar[w[k-1].Fold]&roleObligation != 0
}

// factBefore reports "the fact (that)" or "the very fact" shortly before
// the verb group at g, in its clause.
func factBefore(w []Word, g int) bool {
	for k := g - 1; k >= 1 && k >= g-8; k-- {
		if stops(w[k]) {
			return false
		}
		if w[k].Fold == "fact" && (w[k-1].Fold == "the" || w[k-1].Fold == "very") {
			return true
		}
	}
	return false
}

// recommendingNouns take a "that" clause saying what they propose.
var recommendingNouns = wordSet("recommending-nouns")

// misjudgedBefore finds a judgement that what follows would be wrong right
// before the infinitive of the verb group at g, over a quote mark: "a
// mistake to", "wrong to", "premature to".
func misjudgedBefore(w []Word, g int) string {
	k := g - 1
	if g < len(w) && w[g].Fold == "to" {
		k = g
	}
	if k < 1 || w[k].Fold != "to" {
		return ""
	}
	j := k - 1
	for j > 0 && isQuoteMark(w[j]) {
		j--
	}
	if misjudging[w[j].Fold] {
		return w[j].Fold
	}
	return ""
}

// misjudgedAfter reads an infinitive that opens its clause as the
// subject of a judgement after it: "to exclude every variant in advance is
// not wise", "to rule it out now would be a mistake". It returns the
// judging word, or "".
func misjudgedAfter(w []Word, g, end int) string {
	k := g - 1
	if g < len(w) && w[g].Fold == "to" {
		k = g
	}
	if k < 0 || w[k].Fold != "to" || k > 0 && w[k-1].Fold != "that" && w[k-1].Fold != "said" && !isQuoteMark(w[k-1]) && w[k-1].Word {
		return ""
	}
	for i := end; i < len(w) && i < end+8; i++ {
		if !w[i].Word && !isQuoteMark(w[i]) {
			return "" // the infinitive's clause ends before any judgement
		}
		if !copulas[w[i].Fold] && w[i].Fold != "would" {
			continue
		}
		j := i + 1
		for j < len(w) && (isQuoteMark(w[j]) || w[j].Fold == "be" || w[j].Fold == "a" || w[j].Fold == "an") {
			j++
		}
		switch {
		case j < len(w) && misjudging[w[j].Fold]:
			return w[j].Fold
		case j < len(w) && w[j].Fold == "not":
			if n := overQuotes(w, j+1); n < len(w) && wellJudging[w[n].Fold] {
				return "not " + w[n].Fold
			}
		}
		return ""
	}
	return ""
}

// wellJudging words, negated, judge an act wrong: "is not wise".
var wellJudging = wordSet("well-judging")

// misjudging words judge the act after them wrong: "a mistake to".
var misjudging = wordSet("misjudging")

// quoteGoesOn reports words after the quote mark at q that carry a
// quoted verb's object on: 'does "not see any scenario" in which', '"no
// reason" why'.
func quoteGoesOn(w []Word, q int) bool {
	if q+1 >= len(w) {
		return false
	}
	switch w[q+1].Fold {
	case "which", "where", "that", "why", "for":
		return true
	case "in", "under":
		return q+2 < len(w) && w[q+2].Fold == "which"
	}
	return false
}

// notYetPledged reports a negated verb of pledging whose group speaks of
// what has or has not been done so far, or of care not to, rather than of
// what will be: "has not committed", "did not promise", "careful not to
// promise"; "will not commit troops" is a refusal.
func notYetPledged(w []Word, head int, g group) bool {
	if !pledging[w[head].Fold] {
		return false
	}
	for k := g.start; k < head; k++ {
		switch w[k].Fold {
		case "will", "would", "shall", "won't", "wouldn't", "cannot", "can't", "can", "could", "must", "should":
			return false
		}
	}
	for k := max(0, g.start-2); k < head; k++ {
		switch w[k].Fold {
		case "has", "have", "had", "did", "didn't", "hasn't", "haven't", "careful", "yet":
			return true
		}
	}
	return false
}

// predicateNoun reports a noun frame at i that is what a copula calls its
// subject: "has been the leading advocate of", "is the most outspoken
// supporter of", "was one of the strongest proponents of"; it returns the
// determiner's index, from which the copula's verb group runs back.
func predicateNoun(w []Word, i int) (int, bool) {
	k := i - 1
	for n := 0; k >= 0 && n < 3 && w[k].Word && !w[k].Cap && !copulas[w[k].Fold] && !articles[w[k].Fold]; n++ {
		k-- // "leading", "most outspoken", "strongest"
	}
	if k < 1 || (w[k].Fold != "the" && w[k].Fold != "a" && w[k].Fold != "an") {
		return 0, false
	}
	if k >= 3 && w[k-1].Fold == "of" && w[k-2].Fold == "one" {
		k -= 2 // "one of the strongest proponents"
	}
	if !copulas[w[k-1].Fold] {
		return 0, false
	}
	return k, true
}

// whatCleftNegated reports a negated "what" clause before the copula at k:
// "What we won't be doing is joining a force", "What Italy will not do is".
func whatCleftNegated(f *Frames, w []Word, k int) bool {
	neg := false
	for j := k - 1; j >= 0 && j >= k-7; j-- {
		switch {
		case f.isNegator(w[j].Fold):
			neg = true
		case w[j].Fold == "what":
			return neg && (j == 0 || !w[j-1].Word || w[j-1].Fold == "that")
		case stops(w[j]):
			return false
		}
	}
	return false
}

// overTimePhrase is the first word after a short phrase of time at i ("at
// this point in time", "for now", "at present"), or i when none stands
// there.
func (f *Frames) overTimePhrase(w []Word, i int) int {
	if i >= len(w) || w[i].Fold != "at" && w[i].Fold != "for" && w[i].Fold != "currently" && w[i].Fold != "today" {
		return i
	}
	for k := i; k < len(w) && k <= i+5; k++ {
		if stops(w[k]) {
			return i
		}
		switch w[k].Fold {
		case "time", "moment", "stage", "point", "now", "present", "currently", "today":
			if k+1 < len(w) && w[k+1].Fold == "in" {
				continue // "at this point in time"
			}
			return min(overQuotes(w, k+1), len(w)-1)
		}
	}
	return i
}

// participleBetween reports ", saying" (a comma and an -ing word) between
// words from and to: what follows it is said, not denied ("dismissed
// reports that Brussels had ruled it out, saying all options remain on
// the table").
func participleBetween(w []Word, from, to int) bool {
	for k := from; k+1 < to; k++ {
		if w[k].Fold == "," && strings.HasSuffix(w[k+1].Fold, "ing") {
			return true
		}
	}
	return false
}

// byAfter reports a "by" after i in the clause: a passive's agent.
func byAfter(w []Word, i int) bool {
	for k := i; k < len(w) && !stops(w[k]); k++ {
		if w[k].Fold == "by" {
			return true
		}
	}
	return false
}

// placedBeside reports a place phrase in the frame or shortly after it
// that puts what it does beside the debate's country: "on NATO territory",
// "in neighbouring countries", "bordering Ukraine", "outside Ukraine".
func placedBeside(w []Word, from, to int) bool {
	for k := from; k < len(w) && k < to+10; k++ {
		if w[k].Fold == ";" || w[k].Fold == "but" {
			return false
		}
		if w[k].Target && k > 0 && (besideWords[w[k-1].Fold] || k > 1 && w[k-1].Fold == "to" && w[k-2].Fold == "next") {
			return true // "bordering Ukraine", "outside Ukraine", "next to Ukraine"
		}
		if besideTerritory[w[k].Fold] && k > 0 && (besideQualifiers[w[k-1].Fold] || k > 1 && besideQualifiers[w[k-2].Fold]) {
			return true // "on NATO territory", "in neighbouring countries", "on allied soil"
		}
	}
	return false
}

// besideWords before the debate's country put something beside it;
// besideTerritory with a besideQualifier before it names the territory
// around it.
var besideWords, besideTerritory, besideQualifiers = wordSet("beside-words"), wordSet("beside-territory"), wordSet("beside-qualifiers")

// futureIn reports a verb group that says what will happen: "will",
// "is going to".
func futureIn(w []Word) bool {
	for _, x := range w {
		if x.Fold == "will" || x.Fold == "going" || x.Fold == "'ll" {
			return true
		}
	}
	return false
}

// refusesAhead reports a verb group that refuses what comes, not what was:
// "will not", "cannot", "won't be able to" (not "didn't say yes").
func refusesAhead(w []Word) bool {
	for _, x := range w {
		switch x.Fold {
		case "will", "won't", "wont", "would", "wouldn't", "can", "cannot", "can't", "cant", "able", "unable", "'ll", "shall":
			return true
		}
	}
	return false
}

// believing are verbs of belief, which "few" before them denies: "Few in
// Berlin believe".
var believing = wordSet("believing-verbs")
