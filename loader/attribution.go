package loader

import (
	"slices"
	"strings"

	"standpoint/model"
)

// quoteBook is the quote attribution of one paragraph: who speaks in each
// of its quotes, and the stances read inside quotes whose speaker is not
// known yet ("“We will not send troops. Not now,” the minister said": the
// first sentence's speaker comes in the second).
type quoteBook struct {
	paragraph int32
	speakers  map[int16]*actorRef // quote number → its speaker
	last      *actorRef           // the speaker of the latest attributed quote, carried to the next paragraph
	lastPara  int32               // the paragraph whose quote gave last
	// voice is the person this paragraph named as speaking or as its
	// first subject before its quotes: "Paul Murphy TD was the most
	// forthright. “…”"; "Declan Forde said the Forces could barely crew
	// their ships. “…”".
	voice   *actorRef
	pending []pendingQuote
	// unnamed are the quotes given to someone who is no actor ("…,” one
	// diplomat said): no earlier speaker takes them.
	unnamed []int16
}

// pendingQuote is a stance read inside a quote with no speaker yet.
type pendingQuote struct {
	quote    int16
	evidence model.Evidence
	heading  bool
	given    []*actorRef // holders it already has
	fragment bool        // a phrase quoted inside the sentence ("But “no boots” cannot become “no help.”"), not a speech
}

// attributeQuotes gives each quote whose marks stand in this sentence the
// speaker whose stretch covers all of them, and whose name stands outside
// the quote (“…,” X said; X said: “…”; according to X), and hands the
// stances waiting for that quote to them.
func (a *analyzer) attributeQuotes(tokens []token, mentions []*mention, speakers []speaker) {
	for k := range tokens {
		t := &tokens[k]
		if t.quoteMark == 0 || a.quotes.speakers[t.quote] != nil {
			continue
		}
		q := t.quote
		var marks []int
		for j := range tokens {
			if tokens[j].quote == q && tokens[j].quoteMark != 0 {
				marks = append(marks, j)
			}
		}
		for _, s := range speakers {
			if tokens[s.at].quote == q {
				continue // a name inside the quote is not who speaks it
			}
			covers := true
			for _, j := range marks {
				covers = covers && s.from <= j && j <= s.to
			}
			if !covers {
				continue
			}
			if a.quotes.speakers == nil {
				a.quotes.speakers = map[int16]*actorRef{}
			}
			a.quotes.speakers[q] = s.ref
			a.quotes.last, a.quotes.lastPara = s.ref, a.quotes.paragraph
			a.settle(q, s.ref)
			break
		}
		if a.quotes.speakers[q] == nil && unnamedAttribution(tokens, mentions, k) {
			a.quotes.unnamed = append(a.quotes.unnamed, q)
			a.quotes.last = nil
			a.settle(q, nil)
		}
	}
}

// maxUnnamedWords is how many words may name a speaker who is no actor:
// "one senior European diplomat".
const maxUnnamedWords = 6

// maxReportBefore is how far before a quote the verb that reports it may
// stand: "the embassy said on Friday that for Australia, joining …".
const maxReportBefore = 25

// unnamedAttribution reports a quote mark at k attributed to someone no
// mention names: a closing mark followed by "…,” one European diplomat
// said." or "…,” said a senior official.", an opening one after a verb of
// saying.
func unnamedAttribution(tokens []token, mentions []*mention, k int) bool {
	if tokens[k].quoteMark == quoteOpening {
		if k > 0 && tokens[k-1].fold == ":" && !answering[tokens[0].fold] && !slices.ContainsFunc(mentions, func(m *mention) bool { return m.actor != nil && !m.place && m.first < k }) {
			// "As one European diplomat put it over coffee: “…”"; but
			// "Asked about troops: “…”" is the answer of the one speaking.
			return true
		}
		// "the embassy said that joining would “entail grave
		// consequences”": a verb of saying before the quote, outside it,
		// with no actor before it who may be saying it.
		for j := k - 1; j >= 0 && j >= k-maxReportBefore; j-- {
			if tokens[j].quote == 0 && tokens[j].is(classReporting) {
				return unnamedSubject(tokens, mentions, j)
			}
		}
		return false
	}
	j := k + 1
	if j < len(tokens) && (tokens[j].fold == "," || isDash(tokens[j].fold)) {
		j++
	}
	if j < len(tokens) && tokens[j].is(classReporting) {
		// "said a senior official." or "said one diplomat, who asked not to be named"
		n := 0
		for j++; j < len(tokens) && tokens[j].word; j++ {
			if n++; n > maxUnnamedWords {
				return false
			}
		}
		return n > 0
	}
	for n := 0; j < len(tokens) && tokens[j].word && n <= maxUnnamedWords; j, n = j+1, n+1 {
		if tokens[j].is(classReporting) {
			return n > 0 && endsAttribution(tokens, j)
		}
	}
	return false
}

// unnamedSubject reports a common noun with a determiner as the subject
// of the verb of saying at j, with no actor in its clause before it: "the
// embassy said", "one official has said".
func unnamedSubject(tokens []token, mentions []*mention, j int) bool {
	s := j - 1
	for s >= 0 && unnamedSkips[tokens[s].fold] {
		s--
	}
	if s < 1 || !tokens[s].word || tokens[s].cap {
		return false
	}
	from := s // the subject's clause: "The Russian embassy issued a statement warning" is Russia's
	for from > 0 && tokens[from-1].fold != "," && tokens[from-1].fold != ";" {
		from--
	}
	if slices.ContainsFunc(mentions, func(m *mention) bool { return m.actor != nil && m.last >= from && m.first <= s }) {
		return false
	}
	for d := s - 1; d >= 0 && d >= s-3 && tokens[d].word; d-- {
		if unnamedDeterminers[tokens[d].fold] {
			return true
		}
	}
	return false
}

// unnamedSkips stand between a subject and its verb of saying ("has
// also said"); unnamedDeterminers open a subject that names no one ("the
// embassy", "one official").
var unnamedSkips, unnamedDeterminers = namedSet("unnamed-skips"), namedSet("unnamed-determiners")

// answering open a sentence whose quote answers a question put to the
// one speaking: "Asked about troops: “We don't exclude it.”"
var answering = map[string]bool{"asked": true, "pressed": true, "questioned": true, "challenged": true, "quizzed": true}

// quoteUnnamed reports quote q given to someone who is no actor.
func (a *analyzer) quoteUnnamed(q int16) bool {
	return q != 0 && slices.Contains(a.quotes.unnamed, q)
}

// quoteSpeaker is who speaks in quote q, if known.
func (a *analyzer) quoteSpeaker(q int16) *actorRef {
	if q == 0 {
		return nil
	}
	return a.quotes.speakers[q]
}

// settle gives the stances waiting for quote q to its speaker, or drops
// them when the speaker is no actor (nil).
func (a *analyzer) settle(q int16, ref *actorRef) {
	kept := a.quotes.pending[:0]
	for _, p := range a.quotes.pending {
		if p.quote != q {
			kept = append(kept, p)
			continue
		}
		if ref != nil {
			a.givePending(p, ref)
		}
	}
	a.quotes.pending = kept
}

func (a *analyzer) givePending(p pendingQuote, ref *actorRef) {
	give := func(r *actorRef) {
		for _, g := range p.given {
			if g.key == r.key {
				return
			}
		}
		p.given = append(p.given, r)
		s := a.sightingOf(r)
		e := p.evidence
		if e.Why != nil {
			why := *e.Why
			why.Holder = "the speaker of the quote"
			e.Why = shareWhy(why)
		}
		s.evidence = append(s.evidence, e)
		s.heading = append(s.heading, p.heading)
	}
	give(ref)
	if n := a.governmentVoiced(ref); n != nil && a.namedByName[n.name] {
		give(entityRef(n))
	} else if n != nil {
		e := p.evidence
		if e.Why != nil {
			why := *e.Why
			why.Holder = "the government its minister speaks for, once the paragraph names it"
			e.Why = shareWhy(why)
		}
		a.deferGov(govEvidence{n, e, p.heading, a.quotes.paragraph})
	}
}

// govEvidence is a stance of a government its minister spoke for before
// the article named it.
type govEvidence struct {
	gov       *entry
	evidence  model.Evidence
	heading   bool
	paragraph int32
}

// namedLaterReach is how many paragraphs after a minister's stance the
// article may first name their government for it to hold the stance: in
// the dev sets, one or more let a country named far off ("France", after
// Macron's remarks) take stances no reader gave it (false 372 with 0,
// 373 with 1, 376 with 2, 380 with 4).
const namedLaterReach = 0

// maxUnnamedGovs bounds the stances kept for governments not named yet: an
// article has a few dozen, and a file of one quote repeated 150,000 times
// would keep one per sentence for a government it never names.
const maxUnnamedGovs = 256

// deferGov keeps a stance of government n, not named yet, until the
// article ends.
func (a *analyzer) deferGov(g govEvidence) {
	if len(a.unnamedGovs) < maxUnnamedGovs {
		a.unnamedGovs = append(a.unnamedGovs, g)
	}
}

// giveNamedLater gives the governments the article went on to name the
// stances their ministers stated before.
func (a *analyzer) giveNamedLater() {
	for _, g := range a.unnamedGovs {
		if at, ok := a.firstNamedIn[g.gov]; !ok || at > g.paragraph+namedLaterReach {
			continue
		}
		s := a.sightingOf(entityRef(g.gov))
		if slices.ContainsFunc(s.evidence, func(e model.Evidence) bool { return e.Start == g.evidence.Start && e.Stance == g.evidence.Stance }) {
			continue
		}
		s.evidence = append(s.evidence, g.evidence)
		s.heading = append(s.heading, g.heading)
	}
}

// endParagraph gives quotes left without a speaker to the speaker of the
// quote before them: a new quote after an attributed one goes on in the
// same voice.
func (a *analyzer) endParagraph() {
	target := a.quotes.last
	if a.quotes.voice != nil && (target == nil || a.quotes.lastPara != a.quotes.paragraph) {
		target = a.quotes.voice // the paragraph's own speaker beats an earlier paragraph's
	}
	for _, p := range a.quotes.pending {
		switch {
		case target == nil:
		case p.fragment && (target != a.quotes.last || a.quotes.lastPara != a.quotes.paragraph):
			// A phrase in quotes goes on in the voice of a quote of this
			// paragraph only: it is no speech the paragraph's voice made,
			// nor an earlier paragraph's speaker ("Hungary — Orbán called it
			// “a step towards war”" is not the last speaker's).
		default:
			a.givePending(p, target)
		}
	}
	a.quotes.voice = nil
	a.quotes.pending = a.quotes.pending[:0]
	a.quotes.unnamed = a.quotes.unnamed[:0]
	clear(a.quotes.speakers)
}

// noteVoice remembers who a paragraph's sentence outside quotes makes its
// voice: a person who speaks in it, else the person it opens with.
func (a *analyzer) noteVoice(tokens []token, mentions []*mention, speakers []speaker) {
	for _, s := range speakers {
		if s.ref.person != nil && s.at < len(tokens) && tokens[s.at].quote == 0 {
			a.quotes.voice = s.ref
			return
		}
	}
	fw := firstWord(tokens)
	for _, m := range mentions {
		if m.first == fw && m.kind == personMention && m.actor != nil && m.actor.person != nil && tokens[m.first].quote == 0 {
			a.quotes.voice = m.actor
			return
		}
	}
}

// isSpokesperson reports a role that speaks for someone else.
func isSpokesperson(r *actorRef) bool {
	if r == nil || r.person == nil {
		return false
	}
	role := model.Fold(r.person.role)
	return strings.Contains(role, "spokes") || strings.Contains(role, "press secretary")
}

// principalIn is the known person a spokesperson's role names as the one
// they speak for: "Vladimir Putin's spokesman", "Starmer's spokeswoman".
func (a *analyzer) principalIn(role string) *person {
	fold := model.Fold(role)
	if !strings.Contains(fold, "spokes") && !strings.Contains(fold, "press secretary") {
		return nil
	}
	name, _, ok := strings.Cut(role, "'s ")
	if !ok || name == "" || strings.ContainsAny(name, ",;") {
		return nil
	}
	return a.people.lookup(name)
}
