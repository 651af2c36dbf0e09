package loader

import (
	"standpoint/loader/stance"
	"standpoint/model"
)

// indirect is a stance an article implies rather than states: the owner of
// "Macron's plan to send troops" backs it. It counts only for an actor the
// article gives no stance of its own.
type indirect struct {
	ref      *actorRef
	evidence model.Evidence
	heading  bool
}

// possessors reads the owners of proposals in a clause: "X's plan|idea|
// initiative …" and "the plan of X …", where the words after the noun name
// the proposal or the noun points back to it. The owners are looked up in
// the sentence's mention index, which speakers() has just built.
func (a *analyzer) possessors(sentenceIndex int, tokens []token, offset int, words []stance.Word, near bool, evidence model.Evidence) {
	for k := range tokens {
		if !tokens[k].is(classProposing) || !a.namesProposalAfter(words, k, near) {
			continue
		}
		var owner *mention
		j := k - 1
		if j >= 1 && tokens[j].word && !tokens[j].cap && tokens[j-1].fold == "'s" {
			j-- // one adjective may stand between: "Macron's controversial plan"
		}
		if j >= 1 && tokens[j].fold == "'s" {
			owner = a.endsAt.at(offset + j - 1)
		} else if k+2 < len(tokens) && tokens[k+1].fold == "of" {
			owner = a.startsAt.at(offset + k + 2) // "the plan of Macron"
		}
		if owner == nil || owner.kind == pronounMention { // the speaker indexes hold actors, no places
			continue
		}
		if e := owner.actor.entry; e != nil && e.kind != model.Government {
			continue // a bloc's or an alliance's plans are many governments' and none's
		}
		a.imply(sentenceIndex, owner.actor, evidence, model.Supports, &tokens[k], "proposing noun", "the words after it name the proposal")
	}
}

// imply keeps a stance the noun at t implies for ref, with its
// explanation, for giveImplied.
func (a *analyzer) imply(sentenceIndex int, ref *actorRef, evidence model.Evidence, s model.Stance, t *token, frame, topic string) {
	a.implyWhy(sentenceIndex, ref, evidence, s, t.quoted, model.Why{Frame: frame + " " + t.fold, Holder: "the one whose " + t.fold + " it is", Topic: topic})
}

// implyWhy keeps an implied stance read as why says (its step added).
func (a *analyzer) implyWhy(sentenceIndex int, ref *actorRef, evidence model.Evidence, s model.Stance, quoted bool, why model.Why) {
	e := evidence
	e.Stance = s
	e.Quoted = quoted
	why.Steps = []string{impliedStep}
	e.Why = shareWhy(why)
	if note := a.note(sentenceIndex); note != nil {
		note.Read = append(note.Read, ExplainedCue{Stance: e.Stance, Why: *e.Why, Holders: []string{ref.key + " (" + e.Why.Holder + ")"}})
	}
	a.implied = append(a.implied, indirect{ref: ref, evidence: e, heading: a.doc.structure.sentences[sentenceIndex].heading})
}

// stanceNouns say whose stance the mention after "from" or "by" holds:
// "despite opposition from Germany". Like the owners of plans, they count
// only for an actor the article gives no stance of its own, and only in a
// passage about the proposal.
var stanceNouns = map[string]model.Stance{}

func init() {
	for w := range namedSet("opposing-nouns") {
		stanceNouns[w] = model.Opposes
	}
}

// stanceNounOwners reads "opposition from X (and Y)" in a clause near the
// proposal.
func (a *analyzer) stanceNounOwners(sentenceIndex int, tokens []token, offset int, evidence model.Evidence) {
	for k := 0; k+2 < len(tokens); k++ {
		st, ok := stanceNouns[tokens[k].fold]
		if !ok || tokens[k+1].fold != "from" && tokens[k+1].fold != "by" {
			continue
		}
		at := k + 2
		if tokens[at].fold == "the" {
			at++
		}
		owner := a.startsAt.at(offset + at)
		if owner == nil || owner.kind == pronounMention { // the speaker indexes hold actors, no places
			continue
		}
		owners := []*mention{owner}
		for j := owner.last - offset + 1; j+1 < len(tokens) && (tokens[j].fold == "," || tokens[j].fold == "and"); {
			j++
			if tokens[j].fold == "and" {
				j++
			}
			next := a.startsAt.at(offset + j)
			if next == nil {
				break
			}
			owners = append(owners, next) // "opposition from Germany, Hungary and Malta"
			j = next.last - offset + 1
		}
		for _, o := range owners {
			a.imply(sentenceIndex, o.actor, evidence, st, &tokens[k], "stance noun", "the proposal was just named")
		}
	}
}

// namesProposalAfter reports the proposal, or an act carrying it out, in
// the eight words after k, or, in a passage about it, the noun itself.
func (a *analyzer) namesProposalAfter(words []stance.Word, k int, near bool) bool {
	for j := k + 1; j < len(words) && j <= k+8; j++ {
		if words[j].Proposal || words[j].Act {
			return true
		}
	}
	return near && k+1 < len(words) && !words[k+1].Word // "Macron's idea." or "Macron's plan, which …"
}

// giveImplied gives the implied stances to those the article gives none.
func (a *analyzer) giveImplied() {
	if len(a.implied) == 0 {
		return
	}
	stated := map[*sighting]bool{} // known before any implied evidence is added
	for _, s := range a.result.actors {
		stated[s] = len(s.evidence) > 0
	}
	for _, in := range a.implied {
		s := a.sightingOf(in.ref)
		if stated[s] {
			continue
		}
		s.evidence = append(s.evidence, in.evidence)
		s.heading = append(s.heading, in.heading)
	}
}

const impliedStep = "implied: counts only without a stance of their own"
