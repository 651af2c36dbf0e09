package loader

import (
	"strings"
	"testing"

	"standpoint/loader/question"
	"standpoint/model"
)

// The off-topic list is matched behind a literal prefilter: the prefilter
// must never turn away a text the expression matches.
func TestPrefilterNeverHidesAMatch(t *testing.T) {
	lex := lexiconOnce()
	texts := []string{"nothing here at all", "he said the talks would go on"}
	for _, line := range question.Default().OffTopic {
		if strings.ContainsAny(line, `\[(|?*+`) {
			continue // a pattern, not a phrase
		}
		texts = append(texts, "the minister said "+model.Fold(line)+" on monday")
	}
	matched := 0
	for _, text := range texts {
		if lex.topics[0].offTopic.Regexp.MatchString(text) {
			matched++
			if !lex.topics[0].offTopic.mayMatch([]byte(text)) {
				t.Errorf("prefilter %q hides a match of %q in %q", lex.topics[0].offTopic.anyOf, lex.topics[0].offTopic.String(), text)
			}
		}
	}
	if matched == 0 {
		t.Error("no text matched the off-topic list: the test checks nothing")
	}
	if len(lex.topics[0].proposal["troops"]) == 0 || len(lex.topics[0].proposal["boots"]) < 2 {
		t.Errorf("troops phrases not expanded: %v %v", lex.topics[0].proposal["troops"], lex.topics[0].proposal["boots"])
	}
}
