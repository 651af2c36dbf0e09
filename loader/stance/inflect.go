package stance

import "strings"

// forms lists a verb's forms: the base, third person, past, past
// participle and -ing form. Irregular verbs and those that double their
// last consonant come from the table; the rest follow the regular rules.
func forms(base string, irregular map[string][]string) []string {
	if f, ok := irregular[base]; ok {
		return append([]string{base}, f...)
	}
	out := []string{base, thirdPerson(base), pastTense(base), ingForm(base)}
	if britishL(base) {
		out = append(out, base+"led", base+"ling") // signalled, cancelling
	}
	return out
}

// britishL reports a verb of more than one syllable ending in one vowel
// and "l", whose l British spelling doubles: signal, signalled; cancel,
// cancelling. Both spellings are read.
func britishL(v string) bool {
	n := len(v)
	if n < 4 || v[n-1] != 'l' || !strings.ContainsRune("aeiou", rune(v[n-2])) || strings.ContainsRune("aeiou", rune(v[n-3])) {
		return false
	}
	return !doubles(v)
}

func thirdPerson(v string) string {
	switch {
	case strings.HasSuffix(v, "s") || strings.HasSuffix(v, "x") || strings.HasSuffix(v, "z") ||
		strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "o"):
		return v + "es"
	case consonantY(v):
		return v[:len(v)-1] + "ies"
	}
	return v + "s"
}

func pastTense(v string) string {
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case consonantY(v):
		return v[:len(v)-1] + "ied"
	case doubles(v):
		return v + v[len(v)-1:] + "ed"
	}
	return v + "ed"
}

// doubles reports a verb of one syllable ending in one vowel and one
// consonant, which doubles it before -ed and -ing: ban, banned, banning.
func doubles(v string) bool {
	groups, prevVowel := 0, false
	for _, r := range v {
		vowel := strings.ContainsRune("aeiou", r)
		if vowel && !prevVowel {
			groups++
		}
		prevVowel = vowel
	}
	n := len(v)
	return groups == 1 && n >= 3 && !strings.ContainsRune("aeiouwxy", rune(v[n-1])) &&
		strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3]))
}

func ingForm(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "ee") || strings.HasSuffix(v, "ye") || strings.HasSuffix(v, "oe"):
		return v + "ing"
	case strings.HasSuffix(v, "e") && len(v) > 2:
		return v[:len(v)-1] + "ing"
	case doubles(v):
		return v + v[len(v)-1:] + "ing"
	}
	return v + "ing"
}

func consonantY(v string) bool {
	n := len(v)
	return n > 1 && v[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(v[n-2]))
}

// verbForms is every form of each base verb of a set.
func verbForms(bases map[string]bool, irregular map[string][]string) map[string]bool {
	out := map[string]bool{}
	for base := range bases {
		for _, form := range forms(base, irregular) {
			out[form] = true
		}
	}
	return out
}
