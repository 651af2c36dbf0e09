package loader

import (
	"testing"

	"standpoint/model"
)

// TestPassiveAgents: a passive's agents are all those "by" lists, also
// after a day; "signed on Tuesday" is a date, not "signed on".
func TestPassiveAgents(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nSending troops was ruled out on Monday by Spain and Portugal.",
			map[string]model.Stance{"Spain": model.RulesOut, "Portugal": model.RulesOut}},
		{"Troops for Ukraine\n\nThe Paris declaration on a multinational force for Ukraine, signed on Tuesday by Estonia, was received in Warsaw with relief.",
			map[string]model.Stance{"Ukraine": "-"}},
	})
}
