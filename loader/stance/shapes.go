package stance

import "strings"

// Word shapes read without a tagger: participles, finite forms,
// nationality adjectives, and the small word sets that mark a noun.

// isParticiple reports a past participle: "deployed", or an irregular one
// of inflections.txt ("sent").
func (f *Frames) isParticiple(fold string) bool {
	return f.participles[fold] || strings.HasSuffix(fold, "ed")
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

// adjectivalParticiples end in "-ed" and are no passive of a judging
// verb: "is opposed", "there was no need".
var adjectivalParticiples = wordSet("adjectival-participles")

// backParticles after "back" make it an adverb: "quoted back at him",
// "came back to", "back away from".
var backParticles = wordSet("back-particles")

// articles and demonstratives name a thing without saying whose it is.
var articles = wordSet("articles")

// subjectOpeners may stand before a subject that opens its clause;
// quantifierStops after "no" make it something else ("no matter").
var subjectOpeners, quantifierStops = wordSet("subject-openers"), wordSet("quantifier-stops")

// newClauseConjunctions, with a name or a pronoun after them, open a
// clause with a subject of its own.
var newClauseConjunctions, personalSubjects = wordSet("new-clause-conjunctions"), wordSet("personal-subjects")

// agentNouns name a person by the stance they take: "the leading
// advocate of", "a fierce critic of".
var agentNouns = wordSet("agent-nouns")

// pledging are the forms of the verbs of pledging whose negation in the
// past is no refusal: "has not committed ground forces".
var pledging = wordSet("pledging")

// perceiving verbs, negated, deny what they would see: "I don't see
// German soldiers stationed in Ukraine".
var perceiving = wordSet("perceiving")

// opining verbs, negated, negate the clause they govern: "I don't think
// anybody should send soldiers" is "nobody should".
var opining = wordSet("opining")

// permitting verbs, negated, refuse what their infinitive says: "would
// not let its territory be used to prepare the deployment".
var permitting = wordSet("permitting")

// groupAdverbs are the short adverbs a verb group holds: "would only go".
var groupAdverbs = wordSet("group-adverbs")

// referenceNouns after "the" or "this" refer back to the proposal as a
// frame's object: "will scrap the scheme".
var referenceNouns = wordSet("reference-nouns")

// infinitiveTakers before "to" make it an infinitive's: "likely to vote".
var infinitiveTakers = wordSet("infinitive-takers")

// notOnly after "not" make it no negation: "not only", "not just".
var notOnly = wordSet("not-only")

// partitives after "nobody" open the group it is said of: "nobody in my party".
var partitives = wordSet("partitives")

// askingWords before "who" or "what" make it a question, not a relative:
// "debates about who sends what".
var askingWords = wordSet("asking-words")

// actorsOfAct may stand between a frame and the act it takes as its
// object: "is against anyone going".
var actorsOfAct = wordSet("actors-of-act")

// copulaAfter reports "is", "was", "would be" within seven words from i, in the same clause:
// what stands before it is the subject judged.
func copulaAfter(w []Word, i int) bool {
	for k := i; k < len(w) && k < i+7; k++ {
		switch w[k].Fold {
		case "is", "was", "are", "were", "would", "remains":
			return true
		case ",", ";", ":", "that", "which", "who", "and", "but":
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

// finite reports a past or third-person form of a verb, which can stand
// without an auxiliary ("Britain sent troops", "Spain contributes").
func (f *Frames) finite(fold string) bool {
	n := len(fold)
	return n > 3 && (fold[n-2:] == "ed" || fold == "sent" || fold == "led" || fold == "put" || fold[n-1] == 's' && fold[n-2] != 's')
}

// adverb reports a lowercase word in -ly ("fully"), as news writes
// adverbs before a participle, or a short adverb of a verb group ("only").
func adverb(x Word) bool {
	return x.Word && !x.Cap && (len(x.Fold) > 4 && strings.HasSuffix(x.Fold, "ly") || groupAdverbs[x.Fold])
}

// particleOpensDate reports a frame ending in a verb's "on" or "for" that
// opens a time instead: "signed on Tuesday", "signed on 6 January",
// "has argued for months that".
func particleOpensDate(w []Word, start, end int) bool {
	if end >= len(w) || end-start > 3 {
		return false
	}
	next := w[end]
	switch w[end-1].Fold {
	case "on":
		return end-start == 2 && (next.Cap || next.Fold != "" && next.Fold[0] >= '0' && next.Fold[0] <= '9')
	case "for":
		return timeNouns[next.Fold] || end+1 < len(w) && (next.Fold == "a" || next.Fold == "some" || next.Fold == "several" || next.Fold == "many") && timeNouns[w[end+1].Fold]
	}
	return false
}

// timeNouns after "for" make it a time: "for months", "for some time".
var timeNouns = wordSet("time-nouns")

// closingWords may follow a frame that must end its phrase: "France stands
// ready, too", "is ready if asked".
var closingWords = wordSet("closing-words")

// backAdverbBefore make the "back" after them an adverb: "due back",
// "came back", "was back", not the verb "to back".
var backAdverbBefore = wordSet("back-adverb-before")
