package stance

import (
	"regexp"
	"strings"
	"testing"
)

// An irregular verb a frame writes as "verb~" must have its forms in
// inflections.txt, or its past ("came", "struck", "meant") never matches:
// the regular rules would make "comed".
func TestIrregularFrameVerbsHaveTheirForms(t *testing.T) {
	irregular := strings.Fields(`be begin break bring build buy choose come do draw drive fight find forbid give go
		hang have hide hit hold keep know lay lead leave lose make mean meet pay put read rise run say see seek sell
		send set shake shut sit speak spend stand steal strike swear take teach tell think throw understand
		undertake uphold win withdraw withhold write
		commit concur drag permit plan rebut stop`) // and those that double their last consonant
	lines, err := lines("frames.txt")
	if err != nil {
		t.Fatal(err)
	}
	used := map[string]bool{}
	verb := regexp.MustCompile(`([a-z-]+)~`)
	for _, l := range lines {
		for _, m := range verb.FindAllStringSubmatch(l, -1) {
			used[m[1]] = true
		}
	}
	f := Default()
	for _, v := range irregular {
		if used[v] && len(f.irregular[v]) == 0 {
			t.Errorf("frames.txt uses %s~ but inflections.txt has no forms for %q", v, v)
		}
	}
}
