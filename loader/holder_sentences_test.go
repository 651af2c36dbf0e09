package loader

import (
	"testing"

	"standpoint/model"
)

// TestAntecedentsAndAppositives: relative clauses, appositives, asides,
// role nouns and parties, in sentences of our own.
func TestAntecedentsAndAppositives(t *testing.T) {
	cases := []struct {
		text string
		want map[string]model.Stance
	}{
		{"Sweden and Denmark, which have already offered troops for a reassurance force, urged others to follow.",
			map[string]model.Stance{"Sweden": model.Supports, "Denmark": model.Supports}},
		{"Portugal, which has Europe's oldest navy, said it could send troops.",
			map[string]model.Stance{"Portugal": model.Supports, "European leaders": "-"}},
		{"Norway's prime minister, Ola Brandt, has come out in favour of sending troops.",
			map[string]model.Stance{"Ola Brandt": model.Supports}},
		{"Croatia's prime minister Ivo Sanader has likewise refused to exclude sending soldiers to Ukraine.",
			map[string]model.Stance{"Ivo Sanader": model.Open, "Croatia": model.Open}},
		{"Chancellor Hans Albers met opposition leader Karl Brenner. \"We are not going to send soldiers,\" the chancellor told reporters.",
			map[string]model.Stance{"Hans Albers": model.RulesOut, "Karl Brenner": "-"}},
		{"Government spokeswoman Ida Lind said the government is not planning a deployment of troops.",
			map[string]model.Stance{"Ida Lind": model.RulesOut}},
		{"The AfD rejected any deployment of German troops to Ukraine.",
			map[string]model.Stance{"Alternative for Germany": model.Opposes}},
	}
	for _, c := range cases {
		got := stancesOf(t, c.text)
		for name, want := range c.want {
			stance, ok := got[name]
			switch {
			case want == "-" && ok && stance != model.None:
				t.Errorf("%q: %s = %q, want no position", c.text, name, stance)
			case want != "-" && stance != want:
				t.Errorf("%q: %s = %q, want %q (all: %v)", c.text, name, stance, want, got)
			}
		}
	}
}
