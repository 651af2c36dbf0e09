package stance

import (
	"fmt"
	"strings"

	"standpoint/model"
)

// group is what governs a predicate: the words of its verb group and of
// its subject that turn it round or hedge it.
type group struct {
	start    int
	negators []string
	possible string
	oblige   string
	notYet   bool
	passive  bool
	could    bool // "could" in the group
	couldIf  bool // and a condition after the predicate: openness
}

// groupStart is where the verb group before word i starts.
func groupStart(f *Frames, w []Word, i int) int {
	return f.readGroup(w, i).start
}

// readGroup walks back from word i over auxiliaries, adverbs, negators and
// refusals ("would certainly not", "refused to", "no longer").
func (f *Frames) readGroup(w []Word, i int) group {
	g := group{start: i}
	coordinated := false
	for j := i - 1; j >= 0 && i-j <= 8; j-- {
		x := w[j]
		r := f.grammar[x.Fold]
		switch {
		case !coordinated && j == i-1 && (x.Fold == "or" || x.Fold == "and") && j > 1 && w[j-1].Word && f.grammar[w[j-1].Fold] == 0 && !w[j-1].Proposal &&
			(f.grammar[w[j-2].Fold]&(roleAuxiliary|rolePossible|roleObligation) != 0 || f.isNegator(w[j-2].Fold)):
			// The second of two verbs shares the first one's group: "is not
			// going to finance or send".
			coordinated = true
			j--
		case (x.Fold == "'s" || x.Fold == "’s") && j == i-1 && w[i].Act && !strings.HasSuffix(w[i].Fold, "ing") && !f.isParticiple(w[i].Fold):
			return g // "Poland's position has not changed": a possessive, not "is"
		case !x.Word:
			if x.Fold == "“" || x.Fold == "\"" || x.Fold == "‘" {
				continue // 'Britain would "play its part"'
			}
			return g
		case x.Fold == "nor" && j >= 2 && w[j-1].Word && w[j-2].Fold == "neither":
			// "would neither confirm nor exclude": one negation over both verbs.
			g.negators = append(g.negators, "neither … nor")
			j -= 2
		case f.isNegator(x.Fold) || r&roleRefusal != 0:
			g.negators = append(g.negators, x.Fold)
		case x.Fold == "again" && j > 0 && w[j-1].Fold == "once":
			j-- // "declined once again to exclude"
		case (x.Fold == "course" && j > 0 && w[j-1].Fold == "of") || (x.Fold == "principle" && j > 0 && w[j-1].Fold == "in"):
			j-- // 'would "of course" take part', "was in principle supportive" (the hedge is read on its own)
		case (x.Fold == "most" || x.Fold == "least") && j > 0 && w[j-1].Fold == "the":
			j-- // "has been the most sceptical voice"
		case x.Fold == "longer" && j > 0 && w[j-1].Fold == "no":
			g.negators = append(g.negators, "no longer")
			j--
		case x.Fold == "no":
			g.negators = append(g.negators, "no") // "no plans", "no immediate plans" below
		case x.Fold == "any" && j > 0 && (f.isNegator(w[j-1].Fold) || f.grammar[w[j-1].Fold]&roleAuxiliary != 0),
			(x.Fold == "a" || x.Fold == "an") && !w[i].Act && j > 0 && !copulas[w[j-1].Fold] && f.grammar[w[j-1].Fold]&(roleAuxiliary|roleLight) != 0:
			// "do not have any plans", "did not see a need": the determiner
			// of a noun predicate under the verb group; after "is" the noun
			// is what the subject is called, and the subject no holder.
		case r&(roleAuxiliary|rolePossible|roleObligation|roleNotYet|roleLight) != 0 || len(x.Fold) > 4 && x.Fold[len(x.Fold)-2:] == "ly" && !x.Cap:
			if r&rolePossible != 0 && g.possible == "" {
				g.possible = x.Fold
			}
			if x.Fold == "could" {
				g.could = true
			}
			if r&roleObligation != 0 && g.oblige == "" {
				g.oblige = x.Fold
			}
			if r&roleNotYet != 0 {
				g.notYet = true
			}
			if (x.Fold == "be" || x.Fold == "been" || x.Fold == "being" || x.Fold == "is" || x.Fold == "are" || x.Fold == "was" || x.Fold == "were") &&
				!strings.HasSuffix(w[i].Fold, "ing") {
				g.passive = true // "is considered", not "is considering"
			}
		default:
			// "no immediate plans", "no such deployment": a determiner over one or two words.
			for k := j; k >= max(0, j-1); k-- {
				if w[k].Fold == "no" {
					g.negators = append(g.negators, "no")
					g.start = k
					return g
				}
				if !w[k].Word {
					break
				}
			}
			return g
		}
		g.start = j
	}
	return g
}

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
	return false
}

// isParticiple reports a past participle: "deployed", or an irregular one
// of inflections.txt ("sent").
func (f *Frames) isParticiple(fold string) bool {
	return f.participles[fold] || strings.HasSuffix(fold, "ed")
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
// join a mission if the conditions are right".
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
// "no French soldier, no European soldier, nobody should go".
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

// overQuotes is the first index from i that is no quotation mark.
func overQuotes(w []Word, i int) int {
	for i < len(w) && isQuoteMark(w[i]) {
		i++
	}
	return i
}

// demonymLike reports a lowercase word shaped like a nationality
// adjective ("european", "polish", "western"), as machine translation and
// some styles write them.
func demonymLike(fold string) bool {
	for _, suffix := range []string{"an", "ish", "ese", "ern", "ic", "i"} {
		if len(fold) > 4 && strings.HasSuffix(fold, suffix) {
			return true
		}
	}
	return false
}

// copulas are the forms of "be" that join a subject to what it is called.
var copulas = wordSet("copulas")

// determiners make the word after them a noun.
var determiners = wordSet("determiners")

// articles and demonstratives name a thing without saying whose it is.
var articles = wordSet("articles")

// copulaAfter reports "is", "was", "would be" within four words from i:
// what stands before it is the subject judged.
func copulaAfter(w []Word, i int) bool {
	for k := i; k < len(w) && k < i+4; k++ {
		switch w[k].Fold {
		case "is", "was", "are", "were", "would", "remains":
			return true
		case ",", ";", ":":
			return false
		}
	}
	return false
}

// finiteAuxiliaries can end a clause whose verb is left out ("but Cyprus
// will").
var finiteAuxiliaries = wordSet("finite-auxiliaries")

// nounAdjectives between a determiner and a frame's word keep it a noun:
// "the whole plan", "the same offer".
var nounAdjectives = wordSet("noun-adjectives")

// nounMarkers before a frame's word make it a noun: prepositions and the
// adjectives news puts before "support".
var nounMarkers = wordSet("noun-markers")

// tiedByObject reports a topic link that comes from the frame's own object
// or its naming of the proposal, not from the context.
func tiedByObject(topic string) bool {
	return strings.HasPrefix(topic, "its object") || strings.HasPrefix(topic, "the frame names") || strings.HasPrefix(topic, "its subject")
}

// governsUnder reports a reason a frame has no stance that still holds
// what stands under it: a question asked, a subject that holds nothing.
func governsUnder(reason string) bool {
	return strings.HasPrefix(reason, "asked") || strings.HasPrefix(reason, "its subject")
}

// compose gives a matched frame its stance, or the reason it has none.
func (f *Frames) compose(c *Clause, m match, denials []match, hedge string) (Cue, string) {
	w := c.Words
	fr := m.fr
	g := f.readGroup(w, m.start)
	cue := Cue{First: g.start, Last: m.end - 1, Head: m.start, Owners: fr.owners, class: fr.class, fallback: fr.fallback,
		Why: Why{Frame: fr.text}}
	if fr.class == classIdiom {
		return cue, "an idiom that holds no stance"
	}
	neg := len(g.negators) + m.gapNeg
	for _, n := range g.negators {
		cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("negated by %q", n))
	}
	if m.gapNeg > 0 {
		cue.Why.Steps = append(cue.Why.Steps, "negated inside the phrase")
	}
	// The subject: "nothing is off the table", "no option has been ruled out";
	// "nobody has asked" leaves the stance without a holder.
	ruleForAll := false
	if q, word := f.subjectQuantifier(w, g.start); q != 0 {
		switch {
		case g.oblige != "" && fr.class == classAct:
			// "nobody must send soldiers", "no NATO state should send
			// troops": a rule for everyone, not a refusal: against.
			ruleForAll = true
			cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("subject %q with %q: against", word, g.oblige))
		case q == roleNobody:
			return cue, fmt.Sprintf("its subject %q holds nothing", word)
		default:
			neg++
			cue.Why.Steps = append(cue.Why.Steps, fmt.Sprintf("subject %q negates it", word))
		}
	}
	// The object: "we exclude nothing", "rules out nothing"; "will send
	// no troops", "would send neither weapons nor soldiers", "will accept
	// no foreign troops".
	if o := overQuotes(w, m.end); o < len(w) {
		switch fold := w[o].Fold; {
		case (fr.class == classExclude || fr.class == classAgainst) && f.grammar[fold]&roleNothing != 0 && fold != "no",
			(fr.class == classAct || fr.class == classAccept || fr.class == classFavor || fr.class == classConsider) &&
				(fold == "no" || fold == "neither" || fold == "nothing" || fold == "none"):
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
	for _, d := range denials {
		if d.end <= m.start {
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
	if reason := f.namedNotDone(w, m, g); reason != "" {
		return cue, reason
	}
	topic, ok := f.topic(c, m, g)
	if !ok {
		return cue, "no tie to the proposal"
	}
	if (fr.class == classFavor || fr.class == classAgainst) && fr.elems[0].verb && m.start > 0 && !tiedByObject(topic) &&
		(determiners[w[m.start-1].Fold] || nounMarkers[w[m.start-1].Fold] ||
			m.start > 1 && w[m.start-1].Cap && demonymLike(w[m.start-1].Fold) && (determiners[w[m.start-2].Fold] || nounMarkers[w[m.start-2].Fold])) {
		// "on American support": a nationality after a preposition makes a noun too.
		// "… the logistics hub for allied support.": a noun with nothing of
		// the proposal after it says nothing about it.
		return cue, "a noun with no object: no stance on the proposal"
	}
	cue.Why.Topic = topic
	if (fr.class == classFavor || fr.class == classAct) && contrastNot(w, m.end) {
		neg++ // "Budapest supports peace, not soldiers"
		cue.Why.Steps = append(cue.Why.Steps, "the proposal set against it with \"not\"")
	}
	if (fr.class == classFavor || fr.class == classAct) && targetSetAgainst(w, m.end) {
		neg++ // "forces on NATO territory rather than inside Ukraine"
		cue.Why.Steps = append(cue.Why.Steps, "the debate's country set against it: not there")
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
		cue.Inherit = true
		cue.Stance = model.None
		return cue, ""
	}
	s, reason := outcome(fr, negated, g)
	if reason != "" {
		return cue, reason
	}
	if ruleForAll {
		s = model.Opposes
	}
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
		cue.Why.Steps = append(cue.Why.Steps, "urged with a modal: against")
	}
	cue.Stance = s
	cue.Urged = g.oblige != "" && (fr.class == classAct || fr.class == classFavor)
	return cue, ""
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
	if j >= 0 && w[j].Fold == "," {
		for k := j - 1; k >= 0 && k >= j-8; k-- {
			if w[k].Fold == "," {
				j = k - 1 // over ", including troops,"
				break
			}
		}
	}
	// "no European or NATO soldiers will be sent", "no Norwegian or other
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
		case r&roleNothing != 0:
			return roleNothing, w[k].Fold
		}
	}
	// "Not a single German soldier … should be sent", "Never an Italian
	// soldier will go": a subject opening with "not a", "never an".
	for k := j; k >= 0 && k >= j-4; k-- {
		if (w[k].Fold == "not" || w[k].Fold == "never") && k+1 < len(w) && (w[k+1].Fold == "a" || w[k+1].Fold == "an" || w[k+1].Fold == "one" || w[k+1].Fold == "single") &&
			(k == 0 || !w[k-1].Word || w[k-1].Fold == "that") {
			return roleNothing, "not " + w[k+1].Fold
		}
		if w[k].Fold == "neither" && (k == 0 || !w[k-1].Word || w[k-1].Fold == "that" || w[k-1].Fold == "saying") {
			return roleNothing, "neither" // "neither Croatian nor any other soldiers should be deployed"
		}
	}
	return 0, ""
}

// questionBefore finds a "whether" or "if" that the predicate at g stands
// under ("asked whether Italy would send"), unless a comma closes it
// ("If asked, we will send").
func (f *Frames) questionBefore(w []Word, g int) string {
	for j := g - 1; j >= 0 && g-j <= 10; j-- {
		if w[j].Fold == "," || w[j].Fold == ";" {
			return ""
		}
		if f.grammar[w[j].Fold]&roleQuestion != 0 {
			return w[j].Fold
		}
	}
	return ""
}

// topic ties a frame to the proposal: the pattern names it, its object does,
// the clause names it or refers back to it, or the clause ends right after a
// sentence that named it.
func (f *Frames) topic(c *Clause, m match, g group) (string, bool) {
	w := c.Words
	if m.fr.topical {
		return "the frame names it", true
	}
	if m.fr.subject {
		for k := max(0, g.start-3); k < g.start; k++ {
			if w[k].Proposal {
				return "its subject names it: " + w[k].Fold, true // "Slovak soldiers will not be in Ukraine"
			}
		}
		return "", false
	}
	for k := m.end; k < len(w) && k < m.end+objectReach; k++ {
		if stops(w[k]) && !(w[k].Fold == "," && k+1 < len(w) && w[k+1].Fold == "not") || w[k].Fold == "but" { // "supports peace, not soldiers" goes on
			break // "welcomed European leadership but says American soldiers will not": another predicate's
		}
		if w[k].Proposal {
			return "its object names it: " + w[k].Fold, true
		}
	}
	if (c.Near || c.Topic) && m.fr.class != classAct && m.end < len(w) && w[m.end].Act && strings.HasSuffix(w[m.end].Fold, "ing") {
		return "its object is the act: " + w[m.end].Fold, true // "could consider taking part", "ruled out sending"
	}
	if m.fr.strict && !g.passive {
		return "", false // a passive's subject is its object: "any deployment would not be tolerated"
	}
	if m.fr.class == classThreat || m.fr.class == classAgainst {
		for k := max(0, g.start-4); k < g.start; k++ {
			if w[k].Act && strings.HasSuffix(w[k].Fold, "ing") && (k == 0 || !determiners[w[k-1].Fold]) {
				return "its subject is the act: " + w[k].Fold, true // "sending anybody would mean war"
			}
		}
	}
	from := max(0, g.start-3)
	if g.passive {
		from = 0 // "troops from the UK, France and others could be deployed"
	}
	for k := from; k < g.start; k++ {
		if w[k].Proposal {
			return "its subject names it: " + w[k].Fold, true // "troops will not be sent", "soldiers will not take part"
		}
	}
	if (m.fr.class == classAgainst || m.fr.class == classFavor && !welcomes[w[m.start].Fold]) && m.fr.elems[0].verb && (c.Topic || c.Near) {
		if k, ok := proposerAfter(w, m.end); ok {
			return "its object backs it: " + w[k].Fold, true // "accused Macron of playing the warlord"
		}
	}
	if m.fr.class == classAgainst && !m.fr.elems[0].verb && (c.Topic || c.Near) {
		for k := max(0, m.start-4); k < m.start; k++ {
			if w[k].Proposer {
				return "it is said of one who backs it: " + w[k].Fold, true // "called Macron a warmonger"
			}
		}
	}
	if (m.fr.class == classFavor || m.fr.class == classAgainst || m.fr.class == classThreat) && !m.fr.elems[0].verb && (c.Near || c.Topic) {
		for k := max(0, m.start-3); k < m.start; k++ {
			if (w[k].Fold == "it" || w[k].Fold == "this") && k > 0 && judging[w[k-1].Fold] {
				return "what it judges refers back: " + w[k].Fold, true // "called it a historic day", "described this as a threat"
			}
		}
	}
	if m.end < len(w) && (w[m.end].Fold == "it" || w[m.end].Fold == "this" || w[m.end].Fold == "that") && (c.Near || c.Topic || f.refersBack(c)) {
		return "its object refers back: " + w[m.end].Fold, true
	}
	if f.refersBack(c) {
		return "the clause refers back to it", true
	}
	if c.Near && endsClause(w, m.end) && m.fr.class != classThreat {
		return "it ends its clause right after the proposal was named", true
	}
	if c.Topic && (m.fr.class == classFavor || m.fr.class == classAgainst) && endsClause(w, m.end) && !welcomes[w[m.start].Fold] {
		return "the article is about it, and the judgement ends its clause", true // "Netherlands - Supportive."
	}
	if c.Topic && m.fr.class == classAct && g.start < m.start && w[m.start-1].Fold != "no" && endsClause(w, m.end) {
		// "France has said it will go", "nobody should send anybody": in
		// an article about the proposal, a verb group carrying it out and
		// ending its clause is about it.
		return "the article is about it, and the act ends its clause", true
	}
	if m.fr.object {
		return "", false
	}
	if c.Topic && m.fr.class != classThreat && m.fr.class != classAgainst && m.fr.class != classFavor && m.fr.class != classQuestion {
		return "the article is about it", true
	}
	for k := range w {
		if w[k].Proposal {
			return "the clause names it: " + w[k].Fold, true
		}
	}
	return "", false
}

// finite reports a past or third-person form of a verb, which can stand
// without an auxiliary ("Britain sent troops", "Spain contributes").
func (f *Frames) finite(fold string) bool {
	n := len(fold)
	return n > 3 && (fold[n-2:] == "ed" || fold == "sent" || fold == "led" || fold == "put" || fold[n-1] == 's' && fold[n-2] != 's')
}

// endsClause reports a predicate with at most one word after it before
// the clause ends or a condition or aside begins ("could contribute,
// depending on the mandate", "will take part if a truce holds").
func endsClause(w []Word, end int) bool {
	words := 0
	for _, x := range w[end:] {
		if x.Fold == "," || x.Fold == ";" || x.Fold == "—" || x.Fold == "–" || conditions[x.Fold] || timeOpeners[x.Fold] {
			break
		}
		if x.Word {
			words++
		}
	}
	return words <= 1
}

// conditions open a condition on what comes before ("could send troops if
// asked", "depending on the mandate"); timeOpeners a time ("once a truce
// holds").
var (
	conditions  = wordSet("conditions")
	timeOpeners = wordSet("time-openers")
)

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
	fr := &frame{class: prev.class, text: prev.Why.Frame}
	s, reason := outcome(fr, len(g.negators)%2 == 1, g)
	if reason != "" {
		return Cue{}, false
	}
	return Cue{Stance: s, First: g.start, Last: last, Head: g.start, Owners: prev.Owners, class: prev.class,
		Why: Why{Frame: prev.Why.Frame, Steps: append([]string{"its verb is left out: the clause before's"}, negSteps(g)...), Topic: prev.Why.Topic}}, true
}

func negSteps(g group) []string {
	var out []string
	for _, n := range g.negators {
		out = append(out, fmt.Sprintf("negated by %q", n))
	}
	if g.possible != "" {
		out = append(out, fmt.Sprintf("hedged by %q", g.possible))
	}
	return out
}

// refersBack reports a clause that points back to a proposal named
// recently, reading its words the first time it is asked.
func (f *Frames) refersBack(c *Clause) bool {
	if !c.refersKnown {
		c.refers, c.refersKnown = (c.Recent || c.Near) && f.RefersBack(c.Words), true
	}
	return c.refers
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
	for k := i; k < len(w) && k < i+14; k++ {
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

// judging verbs take what they judge, then the judgement: "called it a
// historic day", "described this as a threat".
var judging = wordSet("judging")

// welcomes greet a person as well as back a plan: "welcomed Macron to
// Berlin" says nothing of troops.
var welcomes = wordSet("welcomes")

// proposerAfter finds one who backs the proposal right after word i, over
// a determiner or a title: "accused the French president", "slammed
// Macron".
func proposerAfter(w []Word, i int) (int, bool) {
	for k := i; k < len(w) && k < i+4; k++ {
		if w[k].Proposer {
			return k, true
		}
		if !w[k].Word || w[k].Proposal {
			return 0, false
		}
	}
	return 0, false
}

// unsaidBefore finds a negated verb of saying that the predicate at g is
// the complement of: "Sikorski did not say Polish soldiers would go".
func (f *Frames) unsaidBefore(w []Word, g int) string {
	for k := g - 1; k >= 1 && k >= g-8; k-- {
		if w[k].Fold == ";" || w[k].Fold == "," && k < g-1 {
			return ""
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
