package loader

import (
	"testing"

	"standpoint/model"
)

// TestSmallStatesAreActors: every sovereign state can hold a position,
// not only the ones troops debates name most.
func TestSmallStatesAreActors(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nFiji and Palau said they were ready to send troops to Ukraine. Papua New Guinea ruled out sending troops.",
			map[string]model.Stance{"Fiji": model.Supports, "Palau": model.Supports, "Papua New Guinea": model.RulesOut}},
		{"Troops for Ukraine\n\nJordan said it would not send troops to Ukraine.",
			map[string]model.Stance{"Jordan": model.RulesOut}},
	})
}

// TestFirstNamesThatArePlaces: "Jordan Bardella" is a man, not the
// kingdom; "Victoria Collins" a woman, not a capital.
func TestFirstNamesThatArePlaces(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nJordan Bardella said France must not send troops to Ukraine.",
			map[string]model.Stance{"Jordan Bardella": model.Opposes, "Jordan": "-"}},
		{"Troops for Ukraine\n\nVictoria Collins said Britain should send troops to Ukraine.",
			map[string]model.Stance{"Victoria Collins": model.Supports}},
	})
}

// TestPartiesByTranslatedNames: parties named as translations write them
// ("the Movement 5 Stars", "France Insubmissive") are the gazetteer's.
func TestPartiesByTranslatedNames(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{troopsLead + "The Movement 5 Stars rejected sending troops to Ukraine. France Insubmissive opposed sending troops to Ukraine.",
			map[string]model.Stance{"Five Star Movement": model.Opposes, "La France Insoumise": model.Opposes}},
	})
}

// TestPeopleNamedByTheirAdjective: "the French", "the British and (the)
// French" as a verb's subject are their governments; "the German state of
// X" and "The British premier" are not.
func TestPeopleNamedByTheirAdjective(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe French are ready to send troops to Ukraine.", map[string]model.Stance{"France": model.Supports}},
		{"Troops for Ukraine\n\nThe British and French are ready to send troops to Ukraine.", map[string]model.Stance{"France": model.Supports, "United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nThe British and the French want to send troops to Ukraine.", map[string]model.Stance{"France": model.Supports, "United Kingdom": model.Supports}},
		{"Troops for Ukraine\n\nThe environment ministry of the German state of Saxony welcomed the plan to send troops to Ukraine.", map[string]model.Stance{"Germany": ""}},
	})
}

// TestAustralianParties: the Nationals and One Nation are parties.
func TestAustralianParties(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nThe Nationals said Australian troops would not go to Ukraine. One Nation said no Western country should send soldiers to Ukraine.",
			map[string]model.Stance{"National Party of Australia": model.RulesOut, "One Nation": model.Opposes}},
	})
}

// TestSportsBodiesAndParties: World Athletics and the Swiss People's Party
// are actors by name alone.
func TestSportsBodiesAndParties(t *testing.T) {
	got := stancesOf(t, "Troops for Ukraine\n\nWorld Athletics met in Monaco. The Swiss People's Party met in Bern. Ecolo and Groen met in Brussels.\n")
	for _, name := range []string{"World Athletics", "Swiss People's Party", "Ecolo", "Groen"} {
		if _, ok := got[name]; !ok {
			t.Errorf("%q is no actor: %v", name, got)
		}
	}
}
