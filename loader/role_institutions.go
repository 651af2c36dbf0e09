package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// institutionInRole is the institution a role names before its head, as
// written: "Russian Foreign Ministry" in "Russian Foreign Ministry
// spokeswoman", "Russian foreign ministry" in "Russian foreign ministry
// spokeswoman", "Ministry of National Defence" in "Ministry of National
// Defence spokesman"; empty when the role names none.
func (lex *lexicon) institutionInRole(role string) string {
	words := strings.Fields(role)
	for k, w := range words {
		if k == 0 && !capitalised(w) || k > 3 {
			return "" // the institution's name comes first: "Russian foreign ministry spokeswoman"
		}
		if !civilInstitutions[strings.ToLower(w)] {
			continue
		}
		end := k
		if k+2 < len(words) && words[k+1] == "of" {
			// "Ministry of National Defence spokesman": the name goes on
			// over "of" to the role's head.
			for j := k + 2; j < len(words) && capitalised(words[j]) && !lex.wordIs(strings.ToLower(words[j]), classRoleHead); j++ {
				end = j
			}
			if end == k {
				return ""
			}
		}
		if end == 0 || end+1 >= len(words) {
			return "" // "Ministry" alone, or no role after it: no name of its own
		}
		return strings.Join(words[:end+1], " ")
	}
	return ""
}

// roleInstitution is a government's institution a speaker's role names.
type roleInstitution struct {
	gov  *entry
	name string
}

// giveRoleInstitutions adds the institutions roles named to the names of
// their governments, for the governments the article has as actors.
func (a *analyzer) giveRoleInstitutions() {
	for _, ri := range a.roleInstitutions {
		if s := a.byKey[ri.gov.ref.key]; s != nil {
			s.surfaces = append(s.surfaces, ri.name)
		}
	}
}

// civilInstitutions are the institutions whose names a role's name a
// government by: not its army or its parliament.
var civilInstitutions = namedSet("civil-institutions")

func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
