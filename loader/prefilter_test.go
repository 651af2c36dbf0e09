package loader

import "testing"

func TestPrefilterNeverHidesAMatch(t *testing.T) {
	lex := lexiconOnce()
	texts := []string{
		"danish prime minister lena holm said denmark has no plans to send troops .",
		"he said the door remains open to a deployment of soldiers",
		"sending troops should not be ruled out",
		"troops would be a red line for moscow",
		"the question of sending combat troops remains unsettled",
		"it is too early to say",
		"nothing here at all",
	}
	for _, rule := range lex.stances {
		for _, text := range texts {
			if rule.re.Regexp.MatchString(text) && !rule.re.mayMatch([]byte(text)) {
				t.Errorf("prefilter %q hides a match of %q in %q", rule.re.anyOf, rule.re.String(), text)
			}
		}
	}
	if len(lex.troops["troops"]) == 0 || len(lex.troops["boots"]) < 2 {
		t.Errorf("troops phrases not expanded: %v %v", lex.troops["troops"], lex.troops["boots"])
	}
}
