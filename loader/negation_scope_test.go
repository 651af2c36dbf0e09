package loader

import (
	"testing"

	"standpoint/model"
)

// TestNegationAbove: a negation reaches the clause it governs from an
// opinion verb ("don't think … should": should not) and from a subject
// that opens with it further back ("neither … nor", "nobody in").
func TestNegationAbove(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\n\"I don't think any government should be putting troops into Ukraine,\" said Mayor Tom Ashby.",
			map[string]model.Stance{"Tom Ashby": model.Opposes}},
		{"Troops for Ukraine\n\nMayor Tom Ashby said he did not believe Europe should send soldiers to Ukraine.",
			map[string]model.Stance{"Tom Ashby": model.Opposes}},
		{"Troops for Ukraine\n\nThe minister said that neither the Belgian cabinet nor other NATO member states would deploy soldiers to Ukraine.",
			map[string]model.Stance{"NATO": model.RulesOut}},
		{"Troops for Ukraine\n\nKarin Lund said: \"Nobody in our government wants Danish troops in Ukraine.\"",
			map[string]model.Stance{"Karin Lund": model.Opposes}},
	})
}

// TestGapsAndGroups: a frame's gap does not cross "against" ("vowed to
// vote against sending": no vow to send), and a short adverb stays
// inside a verb group ("would only go in").
func TestGapsAndGroups(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nOpposition leader Jan Berg promised to vote against sending Swedish soldiers to Ukraine.",
			map[string]model.Stance{"Jan Berg": model.Opposes}},
		{"Troops for Ukraine\n\nDefence Minister Ole Lund said Norwegian troops would only go in once a ceasefire held.",
			map[string]model.Stance{"Ole Lund": model.Supports}},
	})
}
