package stance

import (
	"fmt"
	"strings"
)

// The verb group a predicate stands in: its negators, modals and voice.

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
	noNoun   bool // its "no" is a determiner of the noun before the group: "no country should", "no immediate plans"
}

// groupStart is where the verb group before word i starts.
func groupStart(f *Frames, w []Word, i int) int {
	return f.readGroup(w, i).start
}

// possessives name whose a noun is: "give its votes", "her suggestion".
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "our": true, "my": true, "your": true}

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
		case x.Fold == "'s" && j == i-1 && w[i].Act && !strings.HasSuffix(w[i].Fold, "ing") && !f.isParticiple(w[i].Fold):
			return g // "Poland's position has not changed": a possessive, not "is"
		case !x.Word:
			if x.Fold == "“" || x.Fold == "\"" || x.Fold == "‘" {
				continue // 'Britain would "play its part"'
			}
			return g
		case x.Fold == "without" && j == i-1 && strings.HasSuffix(w[i].Fold, "ing"):
			// "are involved in the talks without providing their own
			// forces": not providing them; but "cannot secure peace without
			// sending troops" needs them.
			if !f.negatedBefore(w, j) {
				g.negators = append(g.negators, "without")
			}
			g.start = j
			return g
		case x.Fold == "nor" && j >= 2 && w[j-1].Word && w[j-2].Fold == "neither":
			// "would neither confirm nor exclude": one negation over both verbs.
			g.negators = append(g.negators, "neither … nor")
			j -= 2
		case x.Fold == "not" && j+1 < i && notOnly[w[j+1].Fold]:
			// "should not only take part but be prepared for more": no negation.
		case f.isNegator(x.Fold) || r&roleRefusal != 0:
			g.negators = append(g.negators, x.Fold)
			if base, ok := strings.CutSuffix(x.Fold, "n't"); ok {
				// "shouldn't send", "mightn't": the modal under the negation
				// still urges or hedges.
				if b := f.grammar[base]; b&roleObligation != 0 && g.oblige == "" {
					g.oblige = base
				} else if b&rolePossible != 0 && g.possible == "" {
					g.possible = base
				}
			}
		case x.Fold == "again" && j > 0 && w[j-1].Fold == "once":
			j-- // "declined once again to exclude"
		case (x.Fold == "course" && j > 0 && w[j-1].Fold == "of") || (x.Fold == "principle" && j > 0 && w[j-1].Fold == "in"):
			j-- // 'would "of course" take part', "was in principle supportive" (the hedge is read on its own)
		case (x.Fold == "most" || x.Fold == "least") && j > 0 && w[j-1].Fold == "the":
			j-- // "has been the most sceptical voice"
		case x.Fold == "longer" && j > 0 && w[j-1].Fold == "no":
			g.negators = append(g.negators, "no longer")
			j--
		case r&roleCatenative != 0 && (w[overQuotes(w, j+1)].Fold == "to" || j == i-1 && !strings.HasPrefix(x.Fold, "think")):
			// "should dare to send", "must think to send": the verb carries the act.
		case (x.Fold == "of" || x.Fold == "about") && j == i-1 && j > 0 && f.grammar[w[j-1].Fold]&roleCatenative != 0 && strings.HasSuffix(w[i].Fold, "ing"):
			j-- // "must think of sending"
		case (x.Fold == "a" || x.Fold == "an") && j == i-1 && j > 1 && (w[j-1].Fold == "not" || w[j-1].Fold == "never") && copulas[w[j-2].Fold]:
			// "is not a mistake", "was never a taboo": the noun predicate
			// negated; its subject is what is called so, no holder (below).
			g.negators = append(g.negators, w[j-1].Fold)
			return g
		case x.Fold == "no":
			g.negators = append(g.negators, "no") // "no plans", "no immediate plans" below
		case possessives[x.Fold] && j == i-1 && j > 0 && f.grammar[w[j-1].Fold]&roleLight != 0:
			// "will not give its votes for", "lent their support to": the
			// noun's owner after a light verb, read through to its group.
		case x.Fold == "any" && j > 0 && (f.isNegator(w[j-1].Fold) || f.grammar[w[j-1].Fold]&roleAuxiliary != 0),
			(x.Fold == "a" || x.Fold == "an") && !w[i].Act && j > 0 && !copulas[w[j-1].Fold] && f.grammar[w[j-1].Fold]&(roleAuxiliary|roleLight) != 0:
			// "do not have any plans", "did not see a need": the determiner
			// of a noun predicate under the verb group; after "is" the noun
			// is what the subject is called, and the subject no holder.
		case r&(roleAuxiliary|rolePossible|roleObligation|roleNotYet|roleLight) != 0 || adverb(x):
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
				!strings.HasSuffix(w[i].Fold, "ing") && w[i-1].Fold != "to" {
				g.passive = true // "is considered", not "is considering" or "was to defend"
			}
		default:
			// "no immediate plans", "no such deployment": a determiner over one or two words.
			for k := j; k >= max(0, j-1); k-- {
				if w[k].Fold == "no" {
					g.negators = append(g.negators, "no")
					g.start, g.noNoun = k, true
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

// negSteps explains what of a verb group turned or hedged a predicate.
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

// negatedBefore reports a negator or a word of impossibility before word j
// in the clause: "cannot … without", "impossible without".
func (f *Frames) negatedBefore(w []Word, j int) bool {
	for k := 0; k < j; k++ {
		if f.isNegator(w[k].Fold) || w[k].Fold == "impossible" || w[k].Fold == "cannot" || w[k].Fold == "can't" {
			return true
		}
	}
	return false
}
