// Package stance reads stance cues in a clause with predicate frames: each
// frame names a predicate (a verb lemma or a phrase) and the class of
// stance it carries, and the stance a clause states is composed from the
// class and what governs the predicate (negators, "deny", modality,
// questions), not listed form by form.
//
// The package knows nothing of any one debate: the caller marks the words
// that name the proposal ("ground troops") and the verbs that carry it out
// ("send"), so the same frames read any question.
package stance

import (
	"standpoint/model"
)

// Word is one token of a clause as the frames see it.
type Word struct {
	Fold     string // lowercase, accents folded
	Word     bool   // a word, not punctuation
	Proposal bool   // part of a phrase naming the proposal ("ground troops")
	Act      bool   // part of a verb phrase carrying it out ("send", "take part")
	Cap      bool   // capitalised in the text: a name, not an "-ly" adverb ("Italy")
	Target   bool   // names the country the debate is about ("Ukraine", "Ukrainian")
	Proposer bool   // names one the article has shown backing or open to it ("Macron")
	Name     bool   // a capitalised word of a body's name ("Chaos Computer Club"): no frame opens at it
	Halt     bool   // a bare halt to the proposal the article has named before ("a moratorium" after "a moratorium on mining")
}

// Clause is what the frames read: a clause's words and what the article
// said before it.
type Clause struct {
	Words []Word
	// Near: the proposal was named in this sentence or just before, so a cue
	// that ends its clause ("Italy remains undecided.") is about it.
	Near bool
	// Recent: the article named the proposal a few sentences before, so a
	// clause that points back to it ("such a move", "the idea") is about it.
	Recent bool
	// Topic: the article is about the proposal (its title or several of its
	// sentences name it), so an unsettled or refusing remark with no object
	// of its own ("Berlin will only decide once a ceasefire holds") is
	// about it.
	Topic bool

	refersKnown, refers bool // RefersBack of Words, once a frame asks
	// Previous is the cue read in the clause before, for a clause whose verb
	// is left out ("Greece will not send troops, but Cyprus might").
	Previous *Cue
}

// Cue is a stance the clause states, over words [First, Last]. First is
// the start of the predicate's verb group (its negators and auxiliaries),
// which is where a holder's subject ends.
type Cue struct {
	Stance      model.Stance
	First, Last int
	Head        int  // the frame's first word
	Owners      bool // the countries whose forces are named beside it hold it too
	// Inherit: the clause takes the stance stated before it as its own
	// ("Lithuania took the same line"); Stance is then None and the caller
	// supplies it.
	Inherit bool
	// Contrary: what is inherited is the opposite of the stance before
	// ("The Greens took the opposite view").
	Contrary bool
	// Urged: the predicate is under "should" or "must" ("Germany must be
	// prepared to send"): whoever says so holds it, not only its subject.
	Urged bool
	// Inside: the holder is named inside the frame's words ("a fee, which
	// the Commission wants"); if no one is, no one holds it.
	Inside bool
	// ForAll: its subject is a negative quantifier ("No European country
	// has any business sending its soldiers"): a rule for anyone, whose
	// "its" is no one's own.
	ForAll bool
	Why    Why

	class    class
	fallback bool
}

// Threat reports a cue of the threat class ("legitimate targets"), whose
// forces named beside it are the threatening side's, not the proposal's.
func (c Cue) Threat() bool { return c.class == classThreat }

// Why says how a cue was read.
type Why struct {
	Frame string   // the frame: its class and pattern
	Steps []string // the polarity steps: "negated by 'not'", "under 'deny'", "modal 'might'"
	Topic string   // how the predicate is tied to the proposal
}

// Drop is a frame that matched but gave no stance, and why.
type Drop struct {
	Frame  string
	At     int
	Reason string
}

// Result is what Find read in a clause.
type Result struct {
	Cues    []Cue
	Dropped []Drop
	// Asked is the act or wish a yes-or-no question of the clause leaves
	// open ("whether any country will put soldiers on the ground"), which
	// a next clause may answer with its verb left out ("Britain said it
	// would"); nil when there is none.
	Asked *Cue
}
