package stance

import (
	"slices"
	"strings"
)

// namedNotDone is the reason an act, backing or weighing frame names what it says
// rather than says that someone does it, or "" when it says so.
func (f *Frames) namedNotDone(w []Word, m match, g group) string {
	i, first := m.start, m.fr.elems[0]
	bare := g.start == i // no auxiliary, negator or modal before the word
	switch m.fr.class {
	case classFavor:
		if bare && strings.HasSuffix(w[i].Fold, "ing") && proposalJustBefore(w, i) {
			// "personnel in the country supporting training": a participle
			// describing the proposal's own forces.
			return "a participle after the proposal: it describes it"
		}
		return ""
	case classConsider:
		if bare && strings.HasSuffix(w[i].Fold, "ed") && endsClause(w, m.end) && withBefore(w, i) {
			// "will offer personnel, with a figure of a few hundred
			// discussed": a participle of "with", not what anyone weighs.
			return "a participle after \"with\": it describes, no one weighs"
		}
		return ""
	case classExclude:
		if bare && strings.HasSuffix(w[i].Fold, "ing") && (i == 0 || !w[i-1].Word || subjectOpeners[w[i-1].Fold]) && copulaAfter(w, m.end) {
			// "Ruling it out in advance is the worst thing we could do": the
			// ruling out is named, and what is said of it holds.
			return "a gerund named as a subject: no one is said to do it"
		}
		return ""
	case classAct:
	default:
		return ""
	}
	act := first.kind == elemAct
	if act && bare && strings.HasSuffix(w[i].Fold, "ing") && amongDoers(w, i) {
		return "" // "Greece would not be among the countries sending troops": the subject's own part, or not
	}
	switch {
	case bare && strings.HasSuffix(w[i].Fold, "ing") && (i == 0 || !w[i-1].Word || subjectOpeners[w[i-1].Fold]) && copulaAfter(w, m.end):
		// "said taking part in a future force was a possibility": a gerund
		// that opens its clause is its subject; what is said of it holds.
		return "a gerund named as a subject: no one is said to do it"
	case first.kind == elemWords && !first.verb && bare && i > 0 && articles[w[i-1].Fold] && (copulaAfter(w, m.end) || f.verbAfter(w, m.end)):
		// "the whole plan for foreign troops is a provocation": the plan is
		// what is judged; no one is said to make it.
		return "a plan named as a subject: no one is said to make it"
	case first.kind == elemWords && !first.verb && bare && i > 1 && articles[w[i-1].Fold] && objectPrepositions[w[i-2].Fold]:
		// "hinder peace with the plans for the troops": a plan named after a
		// preposition is one the clause talks about; no one is said to make it.
		return "a plan named after a preposition: no one is said to make it"
	case first.kind == elemWords && !first.verb && bare && judgedObject(w, i):
		// "called the plan to send troops irresponsible": the plan is what
		// the verb judges; no one is said to make it.
		return "a plan named as what is judged: no one is said to make it"
	case act && bare && i > 3 && w[i-1].Fold == "to" && copulas[w[i-2].Fold] && purposeNouns[w[i-3].Fold] && w[i-4].Fold == "whose":
		// "any coalition whose purpose is to send soldiers": the purpose is
		// named, not taken on.
		return "a purpose named: no one is said to do it"
	case (act || first.verb) && g.start >= i-1 && i > 0 && w[i-1].Fold == "to" && copulaAfter(w, m.end) && (i == 1 || w[i-2].Fold == "that" || w[i-2].Fold == "," || w[i-2].Fold == "\""):
		// "said that to suspend the preferences would be an own goal": an
		// infinitive as the subject names the act; no one is said to do it.
		return "an infinitive as subject: the act is named, not done"
	case act && bare && genericSubject(w, i):
		// "Whoever sends German soldiers risks a world war": a condition
		// on anyone, not an act anyone is said to do.
		return "a generic subject (\"whoever\"): no one is said to do it"
	case act && i > 2 && w[i-1].Fold == "be" && w[i-2].Fold == "to" && f.isParticiple(w[i].Fold) && w[i-3].Word && !w[i-3].Cap && f.grammar[w[i-3].Fold] == 0 && !f.Opens(w[i-3].Fold):
		// "qualified every unit and depot to be placed in Ukraine as a
		// legitimate target": a passive infinitive after a noun describes
		// it; no one is said to do it.
		return "a passive infinitive after a noun: the act is named, not done"
	case act && bare && i > 0 && f.isParticiple(w[i].Fold) && (w[i-1].Proposal || i > 2 && (w[i-2].Fold == "or" || w[i-2].Fold == "and") && w[i-3].Proposal && w[i-1].Word && !w[i-1].Cap):
		// "forces sent there", "US troops deployed to Ukraine", "soldiers or
		// installations placed in Ukraine": a participle after the proposal
		// describes it; no one is said to do it.
		return "a participle after the proposal: the act is named, not done"
	case act && bare && i > 1 && f.isParticiple(w[i].Fold) &&
		determiners[w[i-2].Fold] && w[i-1].Word && !w[i-1].Cap && f.grammar[w[i-1].Fold] == 0:
		// "the countries involved": a participle after a noun describes it.
		return "a participle after a noun: the act is named, not done"
	case act && strings.HasSuffix(w[i].Fold, "ing") && m.end < len(w) && w[m.end].Fold == "of":
		// "all sending of troops": a gerund with "of" is a noun.
		return "a gerund with \"of\": the act is named, not done"
	case act && bare && (!f.finite(w[i].Fold) && !mandativeSubjunctive(w, i) || i > 0 && (determiners[w[i-1].Fold] || w[i-1].Fold == "'s")):
		// "sending troops would be a mistake", "a position that": a noun or
		// gerund names the act; no one is said to do it.
		return "no verb group: the act is named, not done"
	case first.verb && slices.ContainsFunc(w[i+1:m.end], func(x Word) bool { return x.Fold == "that" }) &&
		!slices.ContainsFunc(m.fr.elems, func(e elem) bool { return e.kind == elemWords && e.words["that"] }): // "go down that road" writes it
		// "promised that Danish soldiers would come home in coffins": a verb
		// of saying, not a pledge of soldiers.
		return "\"that\" inside the phrase: a report, not a pledge"
	}
	// A verb after a determiner ("the supply of Tomahawks") never gets
	// here: nominalAt keeps it from matching.
	return ""
}

// amongDoers reports a group its subject is counted in right before a
// participle at i: "among the countries sending", "one of the states
// sending", "among those sending".
func amongDoers(w []Word, i int) bool {
	switch {
	case i >= 2 && w[i-1].Fold == "those" && w[i-2].Fold == "among":
		return true
	case i >= 3 && doerGroups[w[i-1].Fold] && w[i-2].Fold == "the":
		return w[i-3].Fold == "among" || i >= 4 && w[i-3].Fold == "of" && w[i-4].Fold == "one"
	}
	return false
}

// doerGroups are the groups a country is counted among.
var doerGroups = wordSet("doer-groups")

// mandativeSubjunctive reports a bare verb at i whose subject follows
// "that" after a verb of demanding: "has asked that the government send
// troops", "insisted that Italy stay out" (a verb, done by its subject).
func mandativeSubjunctive(w []Word, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5; k-- {
		if w[k].Fold == "that" {
			return k < i-1 && mandativeVerbs[w[k-1].Fold]
		}
		if !w[k].Word {
			return false
		}
	}
	return false
}

// mandativeVerbs take a "that" clause of what must be done.
var mandativeVerbs = wordSet("mandative-verbs")

// objectPrepositions take a noun phrase the clause talks about: "with the
// plans for", "about the proposal to".
var objectPrepositions = wordSet("object-prepositions")

// purposeNouns name what a body is for: "whose purpose is to send".
var purposeNouns = wordSet("purpose-nouns")

// genericSubject reports "whoever", "anyone who" or "those who" just
// before word i.
func genericSubject(w []Word, i int) bool {
	if i > 0 && w[i-1].Fold == "whoever" {
		return true
	}
	return i > 1 && (w[i-1].Fold == "who" || w[i-1].Fold == "that") && (w[i-2].Fold == "anyone" || w[i-2].Fold == "anybody" || w[i-2].Fold == "those" || w[i-2].Fold == "whoever")
}

// judgedObject reports a noun at word i that a judging verb takes as its
// object: "called the plan", "described the whole proposal".
func judgedObject(w []Word, i int) bool {
	k := i - 1
	for k >= 0 && nounAdjectives[w[k].Fold] {
		k--
	}
	if k < 1 || !articles[w[k].Fold] {
		return false
	}
	return judging[w[k-1].Fold]
}

// withBefore reports "with" opening the phrase that ends at word i: "with
// a figure of a few hundred discussed".
func withBefore(w []Word, i int) bool {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		switch {
		case w[k].Fold == "with":
			return true
		case stops(w[k]) && w[k].Fold != "," || withStops[w[k].Fold]:
			return false
		}
	}
	return false
}

// withStops end the search for "with": a conjunction opens another clause.
var withStops = map[string]bool{"and": true, "but": true, "that": true, "which": true, "who": true}

// verbAfter reports a finite verb right after a phrase that ends at i, over
// the proposal's words and quote marks: "the plan to send troops “brings
// the war to our doorstep”": the phrase is the verb's subject.
func (f *Frames) verbAfter(w []Word, i int) bool {
	for k := i; k < len(w) && k < i+4; k++ {
		switch {
		case w[k].Proposal || isQuoteMark(w[k]):
			continue
		case !w[k].Word || w[k].Cap:
			return false
		}
		return f.finite(w[k].Fold) && !w[k].Act && f.grammar[w[k].Fold] == 0
	}
	return false
}
