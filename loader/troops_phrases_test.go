package loader

import (
	"testing"

	"standpoint/model"
)

// TestMilitaryHubsNameTheDeployment: coverage names the planned
// deployment by its "military hubs"; hubs elsewhere are no part of it.
func TestMilitaryHubsNameTheDeployment(t *testing.T) {
	checkCases(t, nil, []stanceCase{
		{"Troops for Ukraine\n\nPrime Minister Tom Reed has promised military hubs across the country.",
			map[string]model.Stance{"Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed said Britain would provide hubs in Ukraine after a ceasefire.",
			map[string]model.Stance{"Tom Reed": model.Supports}},
		{"Troops for Ukraine\n\nPrime Minister Tom Reed has promised new transport hubs in Leeds.",
			map[string]model.Stance{"Tom Reed": "-"}},
	})
}
