package stance

import (
	"slices"
	"strings"
)

// How a predicate is tied to the proposal: by its object, its subject, or
// the article around it.

// haltTopic opens the topic of a frame whose object is a halt to the
// proposal, which turns the frame's stance round (compose.go).
const haltTopic = "its object halts it: "

// BackerTopic opens the topic of a cue read from judging one who backs the
// proposal, not the proposal itself ("accused Macron of playing the
// warlord"): the merge weighs such evidence less.
const BackerTopic = "its object backs it: "

// tiedByObject reports a topic link that comes from the frame's own object
// or its naming of the proposal, not from the context.
func tiedByObject(topic string) bool {
	return strings.HasPrefix(topic, "its object") || strings.HasPrefix(topic, "the frame names") || strings.HasPrefix(topic, "its subject")
}

// topic ties a frame to the proposal: the pattern names it, its object does,
// the clause names it or refers back to it, or the clause ends right after a
// sentence that named it.
func (f *Frames) topic(c *Clause, m match, g group) (string, bool) {
	w := c.Words
	inContext := c.Near || c.Topic // the proposal was just named, or the article is about it
	if m.viaObject {
		return "its object, the frame after it, names it", true
	}
	if m.fr.haltOnly {
		// "will lift the ban", "would keep its veto": kept or undone, only
		// what the proposal would end makes these about it.
		for k := m.end; k < len(w) && k < m.end+4 && !stops(w[k]); k++ {
			if w[k].Halt {
				return haltTopic + w[k].Fold, true
			}
		}
		return "", false
	}
	if m.fr.topical {
		if k := m.end - 1; k >= 0 && !w[k].Proposal && m.fr.elems[len(m.fr.elems)-1].refTail {
			if !inContext && !c.Recent {
				return "", false
			}
			return "its object refers back: " + w[k].Fold, true // "should drop it", "will scrap the scheme"
		}
		return "the frame names it", true
	}
	if m.fr.class == classInherit && c.Previous != nil {
		return "it takes up the stance just stated", true // "Meloni says Italy will not; Tusk says the same of Poland"
	}
	if m.fr.subject {
		from := subjectFrom(w, g.start)
		if k, ok := proposalIn(w, from, g.start); ok {
			return "its subject names it: " + w[k].Fold, true // "Danish soldiers will not be in Ukraine"
		}
		if inContext || c.Recent {
			for k := from; k < g.start; k++ {
				if f.referencePhraseAt(w, k) {
					return "its subject refers back: " + w[k].Fold, true // "Such considerations must be ended"
				}
			}
		}
		return "", false
	}
	if m.fr.class == classFavor || m.fr.class == classAgainst {
		if k := overQuotes(w, m.end); k < len(w) && w[k].Target && !placePrepositions[w[m.end-1].Fold] {
			return "", false // "full support for Kyiv": for the country, not the proposal
		}
	}
	for k := m.end; k < len(w) && k < m.end+objectReach; k++ {
		if stops(w[k]) && !(w[k].Fold == "," && k+1 < len(w) && w[k+1].Fold == "not") || w[k].Fold == "but" || w[k].Fold == "without" { // "supports peace, not soldiers" goes on
			break // "praised the Nordic plan but says Canadian soldiers will not": another predicate's
		}
		if w[k].Proposal {
			return "its object names it: " + w[k].Fold, true
		}
		if w[k].Halt && (m.fr.class == classFavor || m.fr.class == classAgainst) {
			return haltTopic + w[k].Fold, true // "would keep pressing for a precautionary pause"
		}
	}
	if m.fr.class == classConsider || m.fr.class == classQuestion {
		// "was examining what the Netherlands could contribute": the act
		// asked about in its object's "what" clause.
		if k := overQuotes(w, m.end); k < len(w) && (w[k].Fold == "what" || w[k].Fold == "how") {
			for j := k + 1; j < len(w) && j <= k+8 && !stops(w[j]); j++ {
				if w[j].Act && inContext {
					return "its object asks what it could do: " + w[j].Fold, true
				}
			}
		}
	}
	if k := m.end; inContext && m.fr.class != classAct && k < len(w) {
		if actorsOfAct[w[k].Fold] && k+1 < len(w) {
			k++ // "is against anyone going", "opposes others sending"
		}
		if w[k].Act && strings.HasSuffix(w[k].Fold, "ing") {
			return "its object is the act: " + w[k].Fold, true // "could consider taking part", "ruled out sending"
		}
	}
	if k := m.end - 1; inContext && m.fr.class != classAct && k > m.start && m.fr.elems[len(m.fr.elems)-1].kind == elemAct && w[k].Act && strings.HasSuffix(w[k].Fold, "ing") {
		return "it ends with the act: " + w[k].Fold, true // "EDRi — against delaying or reopening the act"
	}
	if m.fr.class == classAct && m.fr.elems[0].kind == elemAct && len(m.fr.elems) == 1 {
		// "the alliance as such would not deploy to Ukraine": the act bound
		// for the country the debate is about.
		if k := m.end; k+1 < len(w) && (w[k].Fold == "to" || w[k].Fold == "in" || w[k].Fold == "into") && w[k+1].Target {
			return "it goes to the country the debate is about: " + w[k+1].Fold, true
		}
	}
	if k, ok := somethingSubject(w, g.start); ok {
		// "troops on Ukrainian soil were something Russia could not
		// accept": the copula's subject is what the verb takes.
		return "its object is the subject it is said of: " + w[k].Fold, true
	}
	if m.fr.strict && !g.passive {
		return "", false // a passive's subject is its object: "any deployment would not be tolerated"
	}
	if m.fr.class == classThreat && g.start > 0 && g.start <= 12 && !slices.ContainsFunc(w[:g.start], func(x Word) bool { return stops(x) }) {
		if k, ok := proposalIn(w, 0, g.start); ok {
			// "The deployment of NATO contingents on Ukrainian territory would
			// lead to consequences": the clause's subject names it.
			return "its subject names it: " + w[k].Fold, true
		}
	}
	if m.fr.class == classThreat || m.fr.class == classAgainst {
		start := f.coordinatedStart(w, g.start) // "sending instructors would make them targets and drag France into the war"
		for k := max(0, start-4); k < start; k++ {
			if w[k].Act && strings.HasSuffix(w[k].Fold, "ing") && (k == 0 || !determiners[w[k-1].Fold] || w[k-1].Fold == "that") {
				return "its subject is the act: " + w[k].Fold, true // "sending anybody would mean war"
			}
		}
	}
	if m.fr.class == classFavor || m.fr.class == classAgainst {
		if k, ok := copulaHaltSubject(w, m.start); ok {
			return haltTopic + w[k].Fold, true // "the veto was a grave error", "unanimity is a safeguard"
		}
	}
	if !m.fr.elems[0].verb && m.fr.class != classAct {
		if k, ok := copulaSubject(w, m.start); ok {
			return "its subject names it: " + w[k].Fold, true // "taking part in a future force was a possibility"
		}

		if k, ok := copulaPronoun(w, m.start); ok && (inContext || c.Recent && f.refersBack(c)) {
			return "its subject refers back: " + w[k].Fold, true // "said it was a step in the right direction"
		}
	}
	from := subjectFrom(w, g.start)
	if g.passive {
		from = 0 // "soldiers from Spain, Italy and others could be deployed"
	}
	if k, ok := proposalIn(w, from, g.start); ok && !(m.fr.elems[0].verb && m.fr.class == classFavor && !g.passive) {
		// "troops will not be sent", "soldiers will not take part"; not the
		// active subject of a judging verb, who judges: "their job was to
		// defend the border".
		return "its subject names it: " + w[k].Fold, true
	}
	if (m.fr.class == classAgainst || m.fr.class == classFavor && !welcomes[w[m.start].Fold]) && m.fr.elems[0].verb && inContext {
		if k, ok := proposerAfter(w, m.end); ok {
			return BackerTopic + w[k].Fold, true // "accused Macron of playing the warlord"
		}
	}
	if m.fr.class == classAgainst && !m.fr.elems[0].verb && inContext {
		for k := max(0, m.start-4); k < m.start; k++ {
			if w[k].Proposer {
				return "it is said of one who backs it: " + w[k].Fold, true // "called Macron a warmonger"
			}
		}
	}
	if m.fr.class == classThreat && m.fr.elems[0].verb && inContext {
		// "said Macron was dragging France towards war": the subject of
		// the verb group is one who backs it.
		for k := g.start - 1; k >= 0 && k >= g.start-3; k-- {
			if w[k].Proposer {
				return "it is said of one who backs it: " + w[k].Fold, true
			}
		}
	}
	if (m.fr.class == classFavor || m.fr.class == classAgainst || m.fr.class == classThreat) && !m.fr.elems[0].verb && inContext {
		for k := max(0, m.start-3); k < m.start; k++ {
			if (w[k].Fold == "it" || w[k].Fold == "this") && k > 0 && judging[w[k-1].Fold] {
				return "what it judges refers back: " + w[k].Fold, true // "called it a historic day", "described this as a threat"
			}
		}
	}
	if m.end < len(w) && (w[m.end].Fold == "it" || w[m.end].Fold == "this" || w[m.end].Fold == "that" || w[m.end].Fold == "them" && m.fr.class == classAct) && (inContext || f.refersBack(c)) {
		return "its object refers back: " + w[m.end].Fold, true
	}
	if k := m.end - 1; k > m.start && (w[k].Fold == "it" || w[k].Fold == "this") && inContext && (endsClause(w, m.end) || m.end < len(w) && adjunctOpeners[w[m.end].Fold] || newClauseAt(w, m.end)) {
		// "wants it", "pushed it", "supports it in principle", "will fight it
		// every step of the way": the proposal just named or the article's
		// subject, then at most a when, how or where.
		return "its object refers back: " + w[k].Fold, true
	}
	if m.fr.inside && c.Near && nameEndsClause(w, m.end) {
		return "its holder ends the clause right after the proposal was named", true // "Sharp criticism came from the Greens."
	}
	if f.placedNoun(w, m) {
		return "", false // "until there is a ceasefire text on the table": where the text is
	}
	if f.refersBack(c) && !(endsInVerb(m.fr) && f.otherObject(w, m.end)) {
		return "the clause refers back to it", true
	}
	if endsInVerb(m.fr) && f.bareObject(w, m.end) {
		return "", false // "has declined to discuss politics": its object is named, and is not the proposal
	}
	if c.Near && endsClause(w, m.end) && m.fr.class != classThreat && !(m.fr.class == classAct && namedObject(w, m.end)) {
		return "it ends its clause right after the proposal was named", true
	}
	if c.Topic && (m.fr.class == classFavor || m.fr.class == classAgainst) && endsClause(w, m.end) && !welcomes[w[m.start].Fold] {
		return "the article is about it, and the judgement ends its clause", true // "Netherlands - Supportive."
	}
	if c.Topic && m.fr.class == classAct && g.start < m.start && w[m.start-1].Fold != "no" && endsClause(w, m.end) && !namedObject(w, m.end) {
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
	if k, ok := proposalIn(w, 0, len(w)); ok {
		return "the clause names it: " + w[k].Fold, true
	}
	return "", false
}

// placedNoun reports a phrase of place ("on the table", "off the agenda")
// right after a noun that is neither the proposal nor a reference to it:
// "until there is a ceasefire text on the table" says where the text is.
func (f *Frames) placedNoun(w []Word, m match) bool {
	if m.fr.elems[0].verb || m.start == 0 {
		return false
	}
	if first := w[m.start].Fold; first != "on" && first != "off" {
		return false
	}
	n := w[m.start-1]
	if !n.Word || n.Cap || n.Proposal || n.Act || n.Halt || f.grammar[n.Fold] != 0 || copulas[n.Fold] || adverb(n) ||
		contentNouns[n.Fold] || referenceNouns[n.Fold] || clauseFinalWords[n.Fold] || keepingVerbs[n.Fold] {
		return false // "it remains on the table", "keep everything on the table"
	}
	return m.start < 2 || !f.referencePhraseAt(w, m.start-2)
}

// bareObject reports a lone noun at i that ends the clause as a verb's
// object with no determiner: "declined to discuss politics". Particles and
// adverbs ("rule it out", "go too", "said no again") are none.
func (f *Frames) bareObject(w []Word, i int) bool {
	if i >= len(w) || !w[i].Word || w[i].Cap || w[i].Proposal || w[i].Act || w[i].Halt || adverb(w[i]) || f.grammar[w[i].Fold] != 0 || clauseFinalWords[w[i].Fold] || copulas[w[i].Fold] {
		return false
	}
	return i+1 == len(w) || !w[i+1].Word && stops(w[i+1])
}

// clauseFinalWords end a clause after a verb without being its object.
var clauseFinalWords = wordSet("clause-final-words")

// keepingVerbs keep a thing where it is: "stays on the table".
var keepingVerbs = wordSet("keeping-verbs")

// endsInVerb reports a frame whose last word is its verb, so that what
// follows the match is the verb's object.
func endsInVerb(fr *frame) bool {
	return fr.elems[len(fr.elems)-1].verb
}

// otherObject reports a noun phrase at i that is neither the proposal, nor
// its act or a halt to it, nor a reference back to it: "criticise the
// government", "praised the firefighters". A verb with such an object
// judges that, whatever else its clause refers to.
func (f *Frames) otherObject(w []Word, i int) bool {
	i = overQuotes(w, i)
	if i >= len(w) || !w[i].Word || w[i].Proposal || w[i].Target || !(w[i].Fold == "the" || w[i].Fold == "a" || w[i].Fold == "an" || possessives[w[i].Fold] || w[i].Cap) {
		return false
	}
	for k := i; k < len(w) && k < i+5 && w[k].Word; k++ {
		if w[k].Proposal || w[k].Act || w[k].Halt || contentNouns[w[k].Fold] || f.referencePhraseAt(w, k) {
			return false
		}
	}
	return true
}

// contentNouns name what they are about after them: "the idea of ...".
var contentNouns = wordSet("content-nouns")

// subjectFrom is where the subject right before a verb group at g may
// start: three words back, or over an aside of one word between commas
// ("Bulgarian land forces, however, will not be present").
func subjectFrom(w []Word, g int) int {
	if g >= 4 && w[g-1].Fold == "," && w[g-2].Word && w[g-3].Fold == "," {
		return max(0, g-6)
	}
	return max(0, g-3)
}

// newClauseAt reports a conjunction at i that opens a clause with a
// subject pronoun of its own: "I don't want it and I don't think …".
func newClauseAt(w []Word, i int) bool {
	if i+1 >= len(w) || w[i].Fold != "and" && w[i].Fold != "but" && w[i].Fold != "or" {
		return false
	}
	switch w[i+1].Fold {
	case "i", "we", "he", "she", "they", "you":
		return true
	}
	return false
}

// copulaSubject finds the proposal, or a gerund carrying it out, in the
// subject of a copula right before a judgement at i ("taking part in a
// future force was “absolutely a possibility”"): back over a few adverbs
// and quote marks to the copula, then over its subject to where the
// clause opens.
func copulaSubject(w []Word, i int) (int, bool) {
	j, ok := copulaBefore(w, i)
	if !ok {
		return 0, false
	}
	return subjectBefore(w, j, 10, func(k int) bool {
		opens := k == 0 || stops(w[k-1]) || subjectOpeners[w[k-1].Fold]
		return w[k].Proposal || w[k].Act && strings.HasSuffix(w[k].Fold, "ing") && opens
	})
}

// subjectBefore finds, back from the copula at j over at most reach words
// of its subject, the first word that is holds (nearest first).
func subjectBefore(w []Word, j, reach int, is func(k int) bool) (int, bool) {
	for k := j - 1; k >= 0 && k >= j-reach; k-- {
		if stops(w[k]) || subjectOpeners[w[k].Fold] {
			break
		}
		if is(k) {
			return k, true
		}
	}
	return 0, false
}

// somethingSubject finds the proposal as the subject of "X is something
// (that) Y would …" before the verb group at g: "troops on Ukrainian soil
// were something Russia could not accept".
func somethingSubject(w []Word, g int) (int, bool) {
	for j := g - 1; j >= 2 && j >= g-5; j-- {
		if stops(w[j]) {
			return 0, false
		}
		if (w[j].Fold == "something" || w[j].Fold == "anything") && copulas[w[j-1].Fold] {
			return proposalIn(w, max(0, j-10), j-1)
		}
	}
	return 0, false
}

// copulaHaltSubject finds a halt to the proposal (a question's
// "opposite") as the subject of the copula before a judgement at i.
func copulaHaltSubject(w []Word, i int) (int, bool) {
	j := i - 1
	for j >= 0 && i-j <= 4 && w[j].Word && !copulas[w[j].Fold] {
		j-- // "was a grave error", "is a vital safeguard"
	}
	if j < 1 || !copulas[w[j].Fold] {
		return 0, false
	}
	return subjectBefore(w, j, 6, func(k int) bool { return w[k].Halt })
}

// copulaBefore finds the copula right before a judgement at i, back over
// a few adverbs, "not" and quote marks ("was “absolutely a possibility”"),
// with room for a subject before it.
func copulaBefore(w []Word, i int) (int, bool) {
	j := i - 1
	for n := 0; j >= 0 && n < 3 && !copulas[w[j].Fold]; j, n = j-1, n+1 {
		if w[j].Word && !adverb(w[j]) && w[j].Fold != "not" {
			return 0, false
		}
	}
	return j, j >= 1 && copulas[w[j].Fold]
}

// copulaPronoun finds "it", "this" or "that" as the whole subject of a
// copula right before a judgement at i: "said it was a step in the right
// direction", "this is a mistake".
func copulaPronoun(w []Word, i int) (int, bool) {
	j, ok := copulaBefore(w, i)
	if !ok {
		return 0, false
	}
	k := j - 1
	if f := w[k].Fold; (f == "it" || f == "this" || f == "that") && (k == 0 || !w[k-1].Word || subjectOpeners[w[k-1].Fold]) {
		return k, true
	}
	return 0, false
}

// proposalIn finds the first word of the proposal in w[from:to].
func proposalIn(w []Word, from, to int) (int, bool) {
	for k := max(0, from); k < to; k++ {
		if w[k].Proposal {
			return k, true
		}
	}
	return 0, false
}

// nameEndsClause reports words from k that are a name and nothing else
// before the clause ends: "the Greens.", "the Social Democrats of Mr X".
func nameEndsClause(w []Word, k int) bool {
	if k < len(w) && w[k].Fold == "the" {
		k++
	}
	n := 0
	for ; k < len(w) && w[k].Word && (w[k].Cap || n > 0 && (w[k].Fold == "of" || w[k].Fold == "and")); k++ {
		n++
	}
	return n > 0 && (k >= len(w) || !w[k].Word)
}

// endsClause reports a predicate with at most one word after it before
// the clause ends or a condition or aside begins ("could contribute,
// depending on the mandate", "will take part if a truce holds").
func endsClause(w []Word, end int) bool {
	words := 0
	for k, x := range w[end:] {
		if x.Fold == "," || x.Fold == ";" || x.Fold == "—" || x.Fold == "–" || conditions[x.Fold] || timeOpeners[x.Fold] {
			break
		}
		if (x.Fold == "and" || x.Fold == "but") && end+k+1 < len(w) && predicateOpeners[w[end+k+1].Fold] {
			break // "said Spain would take part and has begun consultations": a second predicate
		}
		if k == 0 && (settingPrepositions[x.Fold] || (x.Fold == "in" || x.Fold == "on") && end > 0 && w[end-1].Fold == "against") &&
			!slices.ContainsFunc(w[end:], func(x Word) bool { return x.Proposal || x.Target }) { // "voted against in the Council": no object after "against"
			break // "voted against at the summit": a setting, no object
		}
		if x.Word {
			words++
		}
	}
	return words <= 1
}

// predicateOpeners after "and" or "but" open a second predicate of the
// same subject.
var predicateOpeners = wordSet("predicate-openers")

// settingPrepositions open where or when something was said or done, or
// stress it, which takes no object: "voted against at the summit",
// "should deploy at all" ("in" is too often a particle or an object: "go
// in alone", "take part in it").
var settingPrepositions = map[string]bool{"at": true, "during": true}

// conditions open a condition on what comes before ("could send troops if
// asked", "depending on the mandate"); timeOpeners a time ("once a truce
// holds").
var (
	adjunctOpeners = wordSet("adjunct-openers")
	conditions     = wordSet("conditions")
	timeOpeners    = wordSet("time-openers")
)

// refersBack reports a clause that points back to a proposal named
// recently, reading its words the first time it is asked.
func (f *Frames) refersBack(c *Clause) bool {
	if !c.refersKnown {
		c.refers, c.refersKnown = (c.Recent || c.Near) && f.RefersBack(c.Words), true
	}
	return c.refers
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
			end := k
			for end < len(w) && w[end].Proposer {
				end++
			}
			if end < len(w) && (w[end].Fold == "'s" || w[end].Fold == "’s") {
				return 0, false // "accused the chancellor's own allies": the allies are accused
			}
			return k, true
		}
		if !w[k].Word || w[k].Proposal || k > i && placePrepositions[w[k].Fold] {
			return 0, false // "supports training Ukrainians in France": a place, not the one backed
		}
	}
	return 0, false
}

// coordinatedStart is where the verb group of the first of two
// coordinated predicates starts, when the verb at g is the second ("would
// make them targets and drag"), or g.
func (f *Frames) coordinatedStart(w []Word, g int) int {
	for k := g - 1; k > 0 && k >= g-4; k-- {
		if !w[k].Word {
			return g
		}
		if w[k].Fold != "and" && w[k].Fold != "or" {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-5; j-- {
			if !w[j].Word {
				return g
			}
			if f.grammar[w[j].Fold]&(roleAuxiliary|rolePossible|roleObligation) != 0 {
				return f.readGroup(w, j+1).start
			}
		}
		return g
	}
	return g
}

// placePrepositions end a frame whose object is a place: "have no business
// in Ukraine" is about troops there, not about the country.
var placePrepositions = map[string]bool{"in": true, "on": true, "into": true, "inside": true, "within": true}

// namedObject reports a name right after an act that is its object: "the
// frontrunner to lead NATO", "days from joining NATO" do nothing with the
// proposal.
func namedObject(w []Word, end int) bool {
	k := end
	if k < len(w) && w[k].Fold == "the" {
		k++
	}
	return k < len(w) && w[k].Word && w[k].Cap && !w[k].Proposal && !w[k].Target
}
