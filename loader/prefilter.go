package loader

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// filteredRegexp is a regular expression with a cheap test in front: a set
// of strings one of which every match must contain. Most clauses hold none
// of a stance rule's words, and strings.Contains is far cheaper than the
// regular expression engine.
type filteredRegexp struct {
	*regexp.Regexp
	anyOf []string // nil: no filter could be derived
}

func compileFiltered(pattern string) (filteredRegexp, error) {
	re, err := regexp.Compile(pattern)
	if err != nil {
		return filteredRegexp{}, err
	}
	parsed, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return filteredRegexp{}, err
	}
	anyOf, ok := requiredStrings(parsed.Simplify())
	if !ok || shortest(anyOf) < 2 {
		anyOf = nil
	}
	return filteredRegexp{Regexp: re, anyOf: anyOf}, nil
}

// mayMatch reports false only when the text cannot match.
func (f filteredRegexp) mayMatch(text string) bool {
	if f.anyOf == nil {
		return true
	}
	for _, s := range f.anyOf {
		if strings.Contains(text, s) {
			return true
		}
	}
	return false
}

func (f filteredRegexp) MatchString(text string) bool {
	return f.mayMatch(text) && f.Regexp.MatchString(text)
}

func (f filteredRegexp) FindAllStringIndex(text string, n int) [][]int {
	if !f.mayMatch(text) {
		return nil
	}
	return f.Regexp.FindAllStringIndex(text, n)
}

// requiredStrings returns strings one of which every match of re contains,
// or false when it cannot say.
func requiredStrings(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		return []string{string(re.Rune)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return requiredStrings(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredStrings(re.Sub[0])
		}
	case syntax.OpConcat:
		// Adjacent literals join into longer ones; otherwise the child with
		// the longest shortest string is the most selective.
		var best []string
		for _, sub := range re.Sub {
			if set, ok := requiredStrings(sub); ok && selectivity(set) > selectivity(best) {
				best = set
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all []string
		for _, sub := range re.Sub {
			set, ok := requiredStrings(sub)
			if !ok {
				return nil, false
			}
			all = append(all, set...)
		}
		return all, true
	}
	return nil, false
}

// commonWords match nearly every clause: a filter on them filters nothing.
var commonWords = map[string]bool{"be": true, "the": true, "not": true, "on": true, "off": true, "a": true,
	"to": true, "of": true, "in": true, "is": true, "are": true, "no": true, "and": true, "an": true}

// selectivity scores a set of required strings: its shortest string, with
// a common word counting as one letter.
func selectivity(set []string) int {
	n := shortest(set)
	for _, s := range set {
		if commonWords[strings.TrimSpace(s)] {
			return min(n, 1)
		}
	}
	return n
}

func shortest(set []string) int {
	if set == nil {
		return 0
	}
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}
