package loader

import (
	"strings"
	"testing"

	"standpoint/model"
)

// The off-topic list is matched behind a literal prefilter: the prefilter
// must never turn away a text the expression matches.
func TestPrefilterNeverHidesAMatch(t *testing.T) {
	lex := lexiconOnce()
	texts := []string{"nothing here at all", "he said the talks would go on"}
	for _, line := range lexiconLines("offtopic.txt") {
		if strings.ContainsAny(line, `\[(|?*+`) {
			continue // a pattern, not a phrase
		}
		texts = append(texts, "the minister said "+model.Fold(line)+" on monday")
	}
	matched := 0
	for _, text := range texts {
		if lex.offTopic.Regexp.MatchString(text) {
			matched++
			if !lex.offTopic.mayMatch([]byte(text)) {
				t.Errorf("prefilter %q hides a match of %q in %q", lex.offTopic.anyOf, lex.offTopic.String(), text)
			}
		}
	}
	if matched == 0 {
		t.Error("no text matched the off-topic list: the test checks nothing")
	}
	if len(lex.troops["troops"]) == 0 || len(lex.troops["boots"]) < 2 {
		t.Errorf("troops phrases not expanded: %v %v", lex.troops["troops"], lex.troops["boots"])
	}
}
