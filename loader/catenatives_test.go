package loader

import (
	"testing"

	"standpoint/model"
)

// TestCatenativeVerbs: a verb that carries the act after it ("dare to",
// "think of") keeps the modal and the subject over it: "no one must think
// of sending soldiers" is against, not a support of the speaker.
func TestCatenativeVerbs(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nMP Marco Bassi said that no one in Europe must think to send soldiers to Ukraine.",
			map[string]model.Stance{"Marco Bassi": model.Opposes}},
		{"Troops for Ukraine\n\nMP Marco Bassi said that no one must think of sending soldiers to Ukraine.",
			map[string]model.Stance{"Marco Bassi": model.Opposes}},
		{"Troops for Ukraine\n\nMP Marco Bassi said that nobody should dare to send soldiers to Ukraine.",
			map[string]model.Stance{"Marco Bassi": model.Opposes}},
		{"Troops for Ukraine\n\nMP Marco Bassi said Italy will try to send soldiers to Ukraine.",
			map[string]model.Stance{"Italy": model.Supports}},
	})
}
