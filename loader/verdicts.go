package loader

import (
	"strings"

	"standpoint/model"
)

// Analyses list who stands where as a name, a colon and a verdict:
// "Sweden: open, with conditions.", "Italy: no.", "Hungary: firmly
// against." The verdict is the named one's stance, when the article gives
// it none of its own (like the owners of stance nouns).

// verdicts maps a verdict's folded words to its stance (verdicts.tsv).
var verdicts = func() map[string]model.Stance {
	out := map[string]model.Stance{}
	for _, line := range lexiconLines("verdicts.tsv") {
		words, stance, ok := strings.Cut(line, "\t")
		if s := model.Stance(strings.TrimSpace(stance)); ok && s.Valid() {
			out[strings.TrimSpace(words)] = s
		}
	}
	return out
}()

const maxVerdictWords = 3 // "wait and see"

// verdictLabel reads a clause that opens the sentence with an actor's name,
// a colon and a verdict that ends its phrase.
func (a *analyzer) verdictLabel(sentenceIndex int, tokens []token, offset int, evidence model.Evidence) {
	if offset != 0 {
		return
	}
	k := firstWord(tokens)
	m := a.startsAt.at(k)
	if m == nil || m.actor == nil || m.kind == pronounMention || m.place && m.kind != entityMention {
		return
	}
	mark := m.last + 1
	if c := bracketClosing(tokens, mark, 7); c > 0 {
		mark = c + 1 // "TechBridge (industry association) – for a delay": over what it is
	}
	if mark+1 >= len(tokens) || !verdictMarks[tokens[mark].fold] {
		return
	}
	at := mark + 1 // the verdict's first word
	if s, ok := a.forOrAgainst(tokens, at); ok {
		a.giveVerdict(sentenceIndex, m, tokens, at, s, tokens[at].fold+" the proposal", evidence)
		return
	}
	var words []string
	for j := at; j < len(tokens) && len(words) <= maxVerdictWords; j++ {
		if !tokens[j].word {
			if t := tokens[j].fold; t == "," || t == "." || t == ";" || t == "-" || t == "–" || t == "—" || t == "!" {
				break
			}
			return // a quote, a bracket: not a verdict
		}
		words = append(words, tokens[j].fold)
	}
	s, ok := verdicts[strings.Join(words, " ")]
	if !ok || len(words) == 0 {
		return
	}
	a.giveVerdict(sentenceIndex, m, tokens, at, s, strings.Join(words, " "), evidence)
}

// verdictMarks stand between the name and its verdict: "Sweden: open",
// "DIGITALEUROPE — for a delay".
var verdictMarks = map[string]bool{":": true, "—": true, "–": true}

// forOrAgainst reads a verdict that is "for" or "against" the proposal
// named within the four words after it: "for a delay of two years".
func (a *analyzer) forOrAgainst(tokens []token, at int) (model.Stance, bool) {
	if at >= len(tokens) || tokens[at].fold != "for" && tokens[at].fold != "against" {
		return "", false
	}
	end := min(len(tokens), at+6)
	for _, sp := range a.lex.findTroops(tokens[at+1:end], a.qi) {
		if sp.first <= 3 {
			if tokens[at].fold == "for" {
				return model.Supports, true
			}
			return model.Opposes, true
		}
	}
	return "", false
}

// giveVerdict gives the named one the verdict's stance, as an implied one.
func (a *analyzer) giveVerdict(sentenceIndex int, m *mention, tokens []token, at int, s model.Stance, verdict string, evidence model.Evidence) {
	a.implyWhy(sentenceIndex, m.actor, evidence, s, tokens[at].quoted,
		model.Why{Frame: "verdict " + verdict, Holder: "the one named before the colon or dash", Topic: "a passage about the proposal"})
}
