package loader

import (
	"fmt"
	"slices"
	"strings"

	"standpoint/loader/stance"
	"standpoint/model"
)

// splitClauses cuts a sentence where another subject may take over: at
// semicolons, at ", but", ", while", ", whereas", ", although", and after a
// leading "While …," clause; "but only" restricts the clause it is in.
func splitClauses(tokens []token) []tokenRange {
	var out []tokenRange
	start := 0
	leading := len(tokens) > 0 && contrastWords[tokens[0].fold]
	for k := 0; k < len(tokens); k++ {
		cut := -1
		next := k + 1
		if next < len(tokens) && tokens[next].quoteMark != 0 {
			next++ // 'but "not troops"': the quoted words are the restriction
		}
		switch t := &tokens[k]; {
		case t.fold == "but" && next < len(tokens) && (tokens[next].fold == "only" || tokens[next].fold == "not" && (placeAhead(tokens, next+1) || verblessEnd(tokens, next+1))):
			// "will send troops, but only with a mandate", "could be
			// based next door, but not, at present, on Ukrainian soil": a
			// restriction of the same clause, not another subject.
		case t.fold == ";" || t.fold == "|":
			cut = k // a table's cells are clauses of their own: "Estonia | Will send | PM Kristen Michal: …"
		case t.fold == "," && leading && k > start:
			cut, leading = k, false
		case k > 0 && tokens[k-1].fold == "," && (t.fold == "but" || contrastWords[t.fold]):
			cut = k - 1
		case t.fold == "but" && k > start && k+1 < len(tokens) && isGapWord(&tokens[k+1]):
			cut = k // "… in the Black Sea but had not taken a position"
		case t.fold == "," && k > start && reportingParticipleAt(tokens, k+1) && (quoteClosedIn(tokens, start, k) || reasonGivingVerbs[tokens[k+1].fold]):
			cut = k // "“This is a shameful retreat,” he said, arguing that a Czech unit should serve": what he argues is a clause of its own
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

// verblessEnd reports a clause that ends within five tokens of i with no
// verb group in them: "…, but not ground troops."
func verblessEnd(tokens []token, i int) bool {
	for k := i; k < len(tokens) && k < i+6; k++ {
		switch t := &tokens[k]; {
		case t.fold == "." || t.fold == ";" || t.fold == "," || t.fold == "!" || t.fold == "?":
			return k > i
		case auxiliaries[t.fold]:
			return false
		}
	}
	return len(tokens)-i <= 5 && len(tokens) > i
}

// placeAhead reports a preposition of place within the six tokens from
// i: "not, at this point, on Ukrainian territory", "not inside Ukraine".
func placeAhead(tokens []token, i int) bool {
	for k := i; k < len(tokens) && k < i+6; k++ {
		switch tokens[k].fold {
		case "in", "on", "inside", "into", "to", "within":
			return true
		}
	}
	return false
}

var contrastWords = namedSet("contrast-words")

// inheritReach is how many sentences back "took the same line" finds the
// stance it takes: articles put the line taken a paragraph or two before,
// often with quotes and asides between (two sentences missed nine in 34
// dev sets; more than a dozen found none more).
const inheritReach = 12

// clause finds the stances a clause states, if any, and gives them to
// their holders.
func (a *analyzer) clause(sentenceIndex int, all []token, r tokenRange, mentions []*mention, speakers []speaker, evidence model.Evidence) {
	tokens, offset := all[r.first:r.last+1], r.first
	troopSpans := a.lex.findTroops(tokens, a.qi)
	aboutTroops := len(troopSpans) > 0
	near := aboutTroops || a.followsTroops(sentenceIndex)
	topic := a.proposalIsTopic() && !a.otherNews
	if !topic && a.namedThroughout && !a.otherNews {
		if !near && !a.topicRecent(sentenceIndex) && !a.anyFrameWord(tokens) {
			// Before the article has named the proposal often, only a
			// frame's words make a clause worth reading: reading every one
			// cost a tenth more CPU.
			return
		}
		topic = true
	}
	if aboutTroops {
		if !a.troopsAt[sentenceIndex] {
			a.troopSentences++
		}
		a.troopsAt[sentenceIndex] = true
	} else if !near && !topic && !a.topicRecent(sentenceIndex) {
		return
	}
	words := a.stanceWords(tokens, troopSpans)
	markNames(words, offset, mentions)
	if !near && !topic && !a.topic.frames.RefersBack(words) {
		return // the proposal was named a while ago and nothing points back to it
	}
	if a.elsewhere(all, offset, offset+len(tokens)-1, mentions) {
		if note := a.note(sentenceIndex); note != nil {
			note.Dropped = append(note.Dropped, "the troops it names go to another country than the debate's")
		}
		return
	}
	a.markHalts(words)
	a.markTarget(words, tokens) // for the frames only: the gates above read neither mark
	a.markProposers(words, offset, mentions)
	a.possessors(sentenceIndex, tokens, offset, words, near || topic, evidence)
	a.verdictLabel(sentenceIndex, tokens, offset, evidence)
	if near {
		a.stanceNounOwners(sentenceIndex, tokens, offset, evidence)
	}
	res := a.frames.Find(stance.Clause{Words: words, Near: near, Recent: true, Topic: topic, Previous: a.previousCue(sentenceIndex)})
	if res.Asked != nil {
		a.lastAsked, a.lastAskedAt = *res.Asked, sentenceIndex
	}
	note := a.note(sentenceIndex)
	if note != nil {
		for _, d := range res.Dropped {
			note.Dropped = append(note.Dropped, fmt.Sprintf("%q at %q: %s", d.Frame, words[d.At].Fold, d.Reason))
		}
	}
	if asked, opener := questionAsked(all); asked >= 0 && len(res.Cues) > 0 { // it returns at once unless the sentence ends with "?"
		// "Did Germany agree to station a brigade in Ukraine?": asked, not
		// said (an answer, if any, comes after it). "When Macron said that
		// nothing was excluded, was he serious?" still says what he said.
		if opener == openedByQuestionWord {
			// "Which countries would actually send soldiers?": a next
			// sentence may answer it with its verb left out ("Britain and
			// France have said that they would").
			for _, c := range res.Cues {
				if offset+c.First >= asked && c.Stance == model.Supports && !c.Inherit {
					a.lastAsked, a.lastAskedAt = c, sentenceIndex
					break
				}
			}
		}
		kept := slices.DeleteFunc(slices.Clone(res.Cues), func(c stance.Cue) bool { return offset+c.First >= asked })
		if len(kept) < len(res.Cues) && note != nil {
			note.Dropped = append(note.Dropped, "a question opened by "+opener+": asked, not said")
		}
		res.Cues = kept
	}
	if len(res.Cues) > 0 && !aboutTroops && a.offTopic(tokens) {
		if note != nil {
			note.Dropped = append(note.Dropped, "the clause is about something else than the proposal (offtopic.txt)")
		}
		return
	}
	for _, sc := range res.Cues {
		c := cue{stance: sc.Stance, first: sc.First, last: sc.Last, owners: sc.Owners, threat: sc.Threat(), urged: sc.Urged, inside: sc.Inside, forAll: sc.ForAll}
		if sc.Inherit {
			if !a.haveLastCue || sentenceIndex-a.lastCueAt > inheritReach {
				continue
			}
			c.stance = a.lastCue.Stance
			if sc.Contrary {
				if c.stance = contraryOf(c.stance); c.stance == model.None {
					continue
				}
			}
		}
		evidence.Stance = c.stance
		evidence.Quoted = all[offset+c.first].quoted
		why := model.Why{Frame: sc.Why.Frame, Steps: sc.Why.Steps, Topic: sc.Why.Topic}
		if when := pastAdverbial(tokens, c.first-10, phraseEnd(tokens, c.last, 8)); when != "" {
			why.Steps = append(slices.Clip(why.Steps), pastStep+when)
		}
		switch {
		case sc.Inherit && sc.Contrary:
			why.Steps = append(why.Steps, "takes the opposite of the stance read before: "+string(c.stance))
		case sc.Inherit:
			why.Steps = append(why.Steps, "takes the stance read before: "+string(c.stance))
		}
		holders, waiting := a.holders(all, offset, offset+len(tokens)-1, offset+c.first, c, mentions, speakers)
		if len(holders) > 0 || waiting {
			// "took the same line" takes a stance someone holds, not one
			// read with no holder ("The debate in Riga was short").
			a.lastCue, a.haveLastCue, a.lastCueAt = sc, true, sentenceIndex
			a.lastCue.Stance = c.stance
		}
		if note != nil {
			ec := ExplainedCue{Stance: c.stance, Why: why}
			for _, h := range holders {
				ec.Holders = append(ec.Holders, h.ref.key+" ("+h.route+")")
			}
			if waiting {
				ec.Holders = append(ec.Holders, "the quote's speaker, if the paragraph names one later or named one for the quote before")
			}
			note.Read = append(note.Read, ec)
		}
		heading := a.doc.structure.sentences[sentenceIndex].heading
		owners := a.troopOwners(all, offset, offset+len(tokens)-1, offset+c.first, c, mentions)
		for _, h := range holders {
			ref := h.ref
			e := evidence
			w := why
			w.Holder = h.route
			if e.Stance == model.Opposes {
				if ownsKnown(ref, owners) || owners == nil && !c.threat && !c.forAll && possessedTroops(words, c.first, c.last+3) && !h.owner || a.nationalVoice(ref, owners) {
					// "Vance dismissed the idea of sending American troops",
					// "did not want to send its soldiers": against one's own
					// troops going is ruling it out.
					e.Stance = model.RulesOut
					w.Steps = append(slices.Clip(w.Steps), "the troops are its own: rules out")
				}
			} else if owns := ownsAny(ref, owners) || a.nationalVoice(ref, owners); owners != nil && !owns {
				// "No French troops will be tolerated", said in Moscow: ruling
				// out another country's troops is opposing them.
				e.Stance = model.Opposes
				w.Steps = append(slices.Clip(w.Steps), "the troops are another country's: opposes")
			}
			e.Why = shareWhy(w)
			if h.ifNamed {
				a.deferGov(govEvidence{ref.entry, e, heading, a.doc.structure.sentences[sentenceIndex].paragraph})
				continue
			}
			s := a.sightingOf(ref)
			s.evidence = append(s.evidence, e)
			s.heading = append(s.heading, heading)
		}
		if waiting {
			given := make([]*actorRef, len(holders))
			for k, h := range holders {
				given[k] = h.ref
			}
			pe, pw := evidence, why
			pw.Holder = "the speaker of the quote"
			pe.Why = shareWhy(pw)
			a.quotes.pending = append(a.quotes.pending, pendingQuote{quote: all[offset+c.first].quote, evidence: pe, heading: heading, given: given,
				fragment: quotedFragment(all, offset+c.first)})
		}
	}
}

// troopOwners lists the governments and alliances whose troops a refusal
// ("no French troops") or an objection ("against sending American troops")
// names, or nil for other cues and threats: the holder's own troops or
// another's decide between ruling out and opposing.
func (a *analyzer) troopOwners(tokens []token, first, last, at int, c cue, mentions []*mention) []*entry {
	if !(c.stance == model.RulesOut && c.owners) && (c.stance != model.Opposes || c.threat) {
		return nil
	}
	var out []*entry
	for _, s := range senders(tokens, first, last, mentions) {
		// An alliance's troops are its own: "no intention on the part of
		// Canada or the alliance to deploy" rules out for the alliance too.
		if e := s.ref.entry; e != nil && (e.kind == model.Government || e.kind == model.Organisation) && s.at >= at-senderReach && s.at <= at+senderReach {
			out = append(out, e)
		}
	}
	return out
}

// ownsKnown reports a holder whose country is known and is one of the owners.
func ownsKnown(ref *actorRef, owners []*entry) bool {
	n := ref.nation()
	if n == nil || n.kind != model.Government {
		return false // a party or an alliance has no troops of its own to refuse
	}
	return slices.Contains(owners, n)
}

// nationalVoice reports a party, or a person who speaks for one,
// refusing the one country's troops a clause names: "Sinn Fein will not
// support Irish troops going into Ukraine" refuses its own country's part,
// as a government would. A body of many countries (NATO) has none.
func (a *analyzer) nationalVoice(ref *actorRef, owners []*entry) bool {
	if len(owners) != 1 || owners[0].kind != model.Government || owners[0].name == a.topic.q.Target {
		return false // "withdraws the troops from Ukraine": where they are, not whose
	}
	n := ref.nation()
	switch {
	case ref.person != nil:
		if n == nil || n.kind != model.Organisation {
			n = a.partyOf(ref.person) // "Ross Greer of the Scottish Greens": the party the article gives
		}
		return n != nil && n.kind == model.Organisation && !a.lex.international[n.name] // a party's member; one of no known allegiance may speak of another's troops
	case ref.entry != nil:
		return ref.entry.kind == model.Organisation && !a.lex.international[ref.entry.name]
	}
	return false
}

// possessedTroops reports the proposal's words after "its", "their", "our"
// or "my" in words [first, last]: "did not want to send its soldiers".
func possessedTroops(words []stance.Word, first, last int) bool {
	for k := max(first, 1); k <= last && k < len(words); k++ {
		if !words[k].Proposal || words[k-1].Proposal {
			continue
		}
		j := k - 1
		if words[j].Fold == "own" && j > 0 {
			j--
		}
		switch words[j].Fold {
		case "its", "their", "our", "my":
			return true
		}
	}
	return false
}

// ownsAny reports a holder that is, or speaks for, one of the owners; a
// person whose country is not known is taken to speak of their own.
func ownsAny(ref *actorRef, owners []*entry) bool {
	if ref.nation() == nil {
		return true
	}
	for _, o := range owners {
		if ref.entry == o || ref.nation() == o {
			return true
		}
	}
	return false
}

// offTopic reports a clause about something else than the proposal
// ("military options", "air cover"): a stance there is not on the question.
func (a *analyzer) offTopic(tokens []token) bool {
	a.folded.build(tokens)
	return a.topic.offTopicMatch(a.folded.text)
}

// previousCue is the cue of the clause before, for one whose verb is left
// out: in this sentence or the one before.
func (a *analyzer) previousCue(sentenceIndex int) *stance.Cue {
	if a.haveLastCue && sentenceIndex-a.lastCueAt <= 1 {
		return &a.lastCue
	}
	if d := sentenceIndex - a.lastAskedAt; d >= 1 && d <= 2 {
		return &a.lastAsked // "The question is whether any country will send soldiers. Britain said it would."
	}
	return nil
}

// proposalIsTopic reports an article about the proposal: its title names
// it, or three of its sentences so far have.
func (a *analyzer) proposalIsTopic() bool {
	return a.troopSentences >= 3 || a.titleNamesTroops
}

// anyFrameWord reports a token that opens one of the question's frames.
func (a *analyzer) anyFrameWord(tokens []token) bool {
	for k := range tokens {
		if tokens[k].word && a.topic.frames.Opens(tokens[k].fold) {
			return true
		}
	}
	return false
}

// articleTopicNamings is how many times an article names the proposal to be
// about it throughout.
const articleTopicNamings = 3

// topicRecent reports the proposal named in one of the eight sentences
// before: a clause that points back to it ("the idea") is about it.
func (a *analyzer) topicRecent(sentenceIndex int) bool {
	for k := sentenceIndex; k >= max(0, sentenceIndex-8, a.topicShift); k-- {
		if a.troopsAt[k] {
			return true
		}
	}
	return false
}

// elsewhere reports a clause whose troops go to another country than the
// question's ("a training mission in Poland"): a place names where troops or
// a mission go, and the target is not named.
func (a *analyzer) elsewhere(tokens []token, first, last int, mentions []*mention) bool {
	if a.topic.q.Target == "" {
		return false // a debate about no one country
	}
	destination := false
	for _, m := range mentions {
		if m.first < first || m.last > last || m.entry == nil {
			continue
		}
		if m.entry.name == a.topic.q.Target {
			return false
		}
		if m.entry.kind != model.Government {
			continue // "put any deployment to a vote in the Commons": a parliament is no destination
		}
		if m.first > first && partnerWords[tokens[m.first-1].fold] {
			continue // "ready to lead the force alongside France": a partner, no destination
		}
		if m.first > first && (tokens[m.first-1].fold == "near" || tokens[m.first-1].fold == "to" && m.first > first+1 && tokens[m.first-2].fold == "close") {
			continue // "sending soldiers anywhere near Russia": beside it, not into it
		}
		if m.place && !(m.last+1 <= last && tokens[m.last+1].fold == "level") && !inAside(tokens, first, m.first) { // "at EU level" is a scope, no destination
			// Back from the place to the troops or the verb sending them,
			// but not over another verb: "the plan to send troops was
			// rejected in Warsaw" says where it was rejected.
			for k := m.first - 1; k >= max(first, m.first-6); k-- {
				if tokens[k].is(classTroopHead | classDestination) {
					destination = !sentThingBefore(tokens, max(first, k-5), k)
					break
				}
				if f := tokens[k].fold; auxiliaries[f] || strings.HasSuffix(f, "ed") && tokens[k].word && !tokens[k].cap {
					break
				}
				if f := tokens[k].fold; f == "but" || f == "that" || f == "which" || f == "while" || f == ";" || tokens[k].is(classInstitution) {
					break // "a force, but parliament in The Hague would have the final word": the place is another clause's, or the parliament's
				}
			}
		}
	}
	return destination
}

// sentThings are what is sent instead of troops: "a signal we send to
// Russia" sends no troops there.
var sentThings = namedSet("sent-things")

// sentThingBefore reports a thing sent instead of troops in [from, to),
// with no troops named after it: "a signal we send to Russia".
func sentThingBefore(tokens []token, from, to int) bool {
	for k := to - 1; k >= from; k-- {
		if tokens[k].is(classTroopHead) {
			return false
		}
		if sentThings[tokens[k].fold] {
			return true
		}
	}
	return false
}

// inAside reports a word inside a relative clause or a comparison set off
// by a comma ("Quayle, who commanded a brigade in Estonia, wrote …", "should
// send a contingent, as it did in Kosovo"): a place there is the speaker's
// past, not where the clause's troops go.
func inAside(tokens []token, first, at int) bool {
	return setOffBy(tokens, first, at, pastAsides)
}

var pastAsides = namedSet("past-asides")

// partnerWords before a country make it a partner in what is done, not
// where troops go: "the force alongside France", "together with Britain".
var partnerWords = namedSet("partner-words")

// followsTroops reports a clause shortly after troops were named: in this
// sentence or one of the four before.
func (a *analyzer) followsTroops(sentenceIndex int) bool {
	for k := sentenceIndex; k >= max(0, sentenceIndex-4, a.topicShift); k-- {
		if a.troopsAt[k] {
			return true
		}
	}
	return false
}

// haltNouns name a halt to something: "a moratorium", "a pause", "a ban".
var haltNouns = namedSet("halt-nouns")

// haltLinks join a halt noun to what it halts: "a moratorium on", "a halt to".
var haltLinks = namedSet("halt-links")

// markHalts marks a bare halt noun ("keep pressing for a precautionary
// pause") once the article has named a halt to the proposal ("a moratorium
// on deep-sea mining"), so that the frames read a call for it as against the
// proposal. A halt with an object of its own ("a pause in the fighting") is
// none, nor is one in a debate whose proposal is itself a halt (its words
// are the proposal's).
func (a *analyzer) markHalts(words []stance.Word) {
	for i := range words {
		if words[i].Proposal || !haltNouns[words[i].Fold] {
			continue
		}
		if i+1 < len(words) && haltLinks[words[i+1].Fold] {
			for k := i + 2; k < len(words) && k <= i+4; k++ {
				if words[k].Proposal {
					a.haltNamed = true
					break
				}
			}
			continue
		}
		if a.haltNamed {
			words[i].Halt = true
		}
	}
}

// markTarget marks the words that name the debate's target country
// ("Ukraine", "Ukrainian soil", "Kyiv"), so that the frames read a
// deployment set against it ("on NATO territory rather than inside
// Ukraine").
func (a *analyzer) markTarget(words []stance.Word, tokens []token) {
	target := a.topic.q.Target
	if target == "" {
		return
	}
	for i := range tokens {
		if !tokens[i].word || !tokens[i].cap {
			continue
		}
		for _, h := range a.lex.aliases[tokens[i].fold] {
			if h.entry.name == target && len(h.words) <= 1 {
				words[i].Target = true
				break
			}
		}
	}
}

// markProposers marks the mentions of those the article has so far shown
// backing the proposal or open to it, so that a frame aimed at them is
// about it: "accused Macron of playing the warlord" opposes what Macron
// floated.
func (a *analyzer) markProposers(words []stance.Word, offset int, mentions []*mention) {
	for _, m := range mentions {
		if m.actor == nil || m.first < offset || m.last-offset >= len(words) || m.kind == pronounMention ||
			m.actor.entry != nil && m.actor.entry.name == a.topic.q.Target {
			continue // "would keep backing Ukraine however long that may be" is no stance on troops
		}
		s := a.byKey[m.actor.key]
		if s == nil || !s.backs() {
			continue
		}
		for k := m.first; k <= m.last; k++ {
			words[k-offset].Proposer = true
		}
	}
}

// backs reports evidence of support or openness, looking at each piece
// of evidence once over the article: a long file names one actor in every
// sentence.
func (s *sighting) backs() bool {
	for ; !s.backing && s.scanned < len(s.evidence); s.scanned++ {
		e := s.evidence[s.scanned].Stance
		s.backing = e == model.Supports || e == model.Open
	}
	return s.backing
}

// directQuestion finds where a sentence that asks yes or no by opening with
// its verb ("Will Romanian troops be part of the force?") asks it, maybe
// after a speaker's label or a condition ("If there is a ceasefire, will
// …?"), or -1.
func directQuestion(tokens []token) int {
	last, ok := questionMarkAt(tokens)
	if !ok {
		return -1
	}
	k := afterSpeakerLabel(tokens, firstWord(tokens)) // "WOUTERS: Will the Americans be there?", "SBS News: Should Australia say yes?"
	if conditionOpeners[tokens[k].fold] {
		for j := k; j < last; j++ {
			if tokens[j].fold == "," {
				k = firstWordFrom(tokens, j+1)
				break
			}
		}
	}
	if !questionVerbs[tokens[k].fold] {
		return -1
	}
	return k
}

// afterSpeakerLabel is the first word after a speaker's label of up to
// three capitalised words and a colon opening the sentence at k, or k.
func afterSpeakerLabel(tokens []token, k int) int {
	for j := k; j < len(tokens) && j <= k+3; j++ {
		if tokens[j].fold == ":" {
			return firstWordFrom(tokens, j+1)
		}
		if !tokens[j].word || !tokens[j].cap {
			return k
		}
	}
	return k
}

// questionMarkAt is the sentence's closing "?", before any closing
// quotation marks, and whether there is one.
func questionMarkAt(tokens []token) (int, bool) {
	last := len(tokens) - 1
	for last >= 0 && !tokens[last].word && tokens[last].fold != "?" {
		last-- // closing quotation marks
	}
	return last, last >= 0 && tokens[last].fold == "?"
}

// How a question a sentence asks opens, as the explanation says it.
const (
	openedByVerb         = "its verb"
	openedByQuestionWord = "a question word"
)

// questionAsked finds where a sentence that ends with "?" asks its
// question: opened by its verb (directQuestion) or by a question word
// ("Which countries would actually send soldiers?"); -1 when it asks none.
func questionAsked(tokens []token) (int, string) {
	if k := directQuestion(tokens); k >= 0 {
		return k, openedByVerb
	}
	if _, ok := questionMarkAt(tokens); ok {
		if k := afterSpeakerLabel(tokens, firstWord(tokens)); whWords[tokens[k].fold] {
			return k, openedByQuestionWord
		}
	}
	return -1, ""
}

// whWords open a question that asks who, which or how many.
var whWords = namedSet("wh-words")

// firstWordFrom is the index of the first word at or after k, or k.
func firstWordFrom(tokens []token, k int) int {
	for j := k; j < len(tokens); j++ {
		if tokens[j].word {
			return j
		}
	}
	return min(k, len(tokens)-1)
}

// questionVerbs open a question that asks yes or no; conditionOpeners a
// condition before it.
var (
	questionVerbs    = namedSet("question-verbs")
	conditionOpeners = namedSet("condition-openers")
)

// reasonGivingVerbs give the reason for what was said before them, in a
// clause of its own: "is prepared to send a unit, arguing that a small
// state's credibility depends on …".
var reasonGivingVerbs = namedSet("reason-giving-verbs")

// quoteClosedIn reports a closing quote mark among tokens [from, to).
func quoteClosedIn(tokens []token, from, to int) bool {
	for k := from; k < to; k++ {
		if tokens[k].quoteMark == quoteClosing {
			return true
		}
	}
	return false
}

// reportingParticipleAt reports a verb of saying in -ing at k that opens
// a "that" complement: "arguing that", "adding that", "saying that".
func reportingParticipleAt(tokens []token, k int) bool {
	return k+1 < len(tokens) && tokens[k].is(classReporting) && strings.HasSuffix(tokens[k].fold, "ing") && tokens[k+1].fold == "that"
}

// contraryOf is the stance opposite to s, for "took the opposite view":
// backing or weighing it turns to objecting, refusing or objecting to
// backing; an unsettled stance has no opposite.
func contraryOf(s model.Stance) model.Stance {
	switch s {
	case model.Supports, model.Open:
		return model.Opposes
	case model.RulesOut, model.Opposes:
		return model.Supports
	}
	return model.None
}

// pastStep opens the step of evidence said of an earlier time; the merge
// counts it only where the article gives the holder no stance of now.
const pastStep = "said of an earlier time: "

// pastAdverbial finds a phrase near a cue, in tokens [from, to), that puts
// what it says in the past, months or years back ("who a year ago
// discarded it", "thirteen months ago", "last year", "back then", "at the
// time"), unless "now" or "today" sets a present beside it. It returns the
// phrase, or "".
func pastAdverbial(tokens []token, from, to int) string {
	found := ""
	for k := max(0, from); k < min(len(tokens), to); k++ {
		switch f := tokens[k].fold; {
		case f == "now" || f == "today":
			return ""
		case f == "ago" && k > 0 && pastUnits[tokens[k-1].fold]:
			found = tokens[k-1].fold + " ago"
		case f == "last" && k+1 < len(tokens) && (tokens[k+1].fold == "year" || tokens[k+1].fold == "spring" || tokens[k+1].fold == "autumn" || tokens[k+1].fold == "summer" || tokens[k+1].fold == "winter"):
			found = "last " + tokens[k+1].fold
		case f == "back" && k+1 < len(tokens) && tokens[k+1].fold == "then":
			found = "back then"
		case f == "at" && k+2 < len(tokens) && tokens[k+1].fold == "the" && tokens[k+2].fold == "time" && !(k+3 < len(tokens) && tokens[k+3].fold == "of"):
			found = "at the time"
		}
	}
	return found
}

// phraseEnd is the end of the phrase after token last: the first
// punctuation after it, at most n tokens on.
func phraseEnd(tokens []token, last, n int) int {
	for k := last + 1; k < len(tokens) && k <= last+n; k++ {
		if !tokens[k].word {
			return k
		}
	}
	return min(len(tokens), last+n+1)
}

// pastUnits before "ago" put a statement months or more back.
var pastUnits = map[string]bool{"month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true}
