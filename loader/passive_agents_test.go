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

// TestReportedPassiveAgents: a stance noun that is the subject of a passive
// verb of saying is the agent's ("The refusal ... was communicated by
// Romania"); a passive of judging is not ("was criticised by Macron").
func TestReportedPassiveAgents(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe refusal to take part in this initiative was also communicated by Romania.",
			map[string]model.Stance{"Romania": model.RulesOut}},
		{"Troops for Ukraine\n\nThe decision not to send Danish soldiers was conveyed by Prime Minister Mette Frederiksen to her allies.",
			map[string]model.Stance{"Denmark": model.RulesOut, "Mette Frederiksen": model.RulesOut}},
		{"Troops for Ukraine\n\nPoland's refusal to send troops to Ukraine was criticised by Emmanuel Macron.",
			map[string]model.Stance{"Poland": model.RulesOut, "Emmanuel Macron": "-"}},
	})
}

// TestPossessedStanceNouns: the owner of a rejection, an opposition or a
// backing holds it, as the owner of a refusal does.
func TestPossessedStanceNouns(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nGermany's rejection of the plan to deploy European troops angered Paris.",
			map[string]model.Stance{"Germany": model.Opposes}},
		{"Troops for Ukraine\n\nWarsaw's opposition to a deployment of Western troops is well known.",
			map[string]model.Stance{"Poland": model.Opposes}},
		{"Troops for Ukraine\n\nBritain's backing for the plan to send peacekeepers surprised some.",
			map[string]model.Stance{"United Kingdom": model.Supports}},
	})
}
