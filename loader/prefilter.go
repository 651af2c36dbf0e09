package loader

import (
	"bytes"
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
	anyOf []string   // nil: no filter could be derived
	allOf [][]string // more such sets, all of which a match also satisfies
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
	simple := parsed.Simplify()
	anyOf, ok := requiredStrings(simple)
	if !ok || shortest(anyOf) < 2 {
		anyOf = nil
	}
	f := filteredRegexp{Regexp: re, anyOf: anyOf}
	for _, set := range requiredSets(simple) {
		if shortest(set) >= 2 && !sameSet(set, anyOf) {
			f.allOf = append(f.allOf, set)
		}
	}
	return f, nil
}

// requiredSets lists sets of strings that a match satisfies all together:
// one set from each part of a concatenation ("will not" … "send").
func requiredSets(re *syntax.Regexp) [][]string {
	switch re.Op {
	case syntax.OpConcat:
		var all [][]string
		for _, sub := range re.Sub {
			all = append(all, requiredSets(sub)...)
		}
		return all
	case syntax.OpCapture, syntax.OpPlus:
		return requiredSets(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredSets(re.Sub[0])
		}
		return nil
	}
	if set, ok := requiredStrings(re); ok {
		return [][]string{set}
	}
	return nil
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// mayMatch reports false only when the text cannot match.
func (f filteredRegexp) mayMatch(text []byte) bool {
	if f.anyOf != nil && !containsAny(text, f.anyOf) {
		return false
	}
	for _, set := range f.allOf {
		if !containsAny(text, set) {
			return false
		}
	}
	return true
}

func containsAny(text []byte, set []string) bool {
	for _, s := range set {
		if bytes.Contains(text, []byte(s)) {
			return true
		}
	}
	return false
}

func (f filteredRegexp) Match(text []byte) bool {
	return f.mayMatch(text) && f.Regexp.Match(text)
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
var commonWords = namedSet("common-words")

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
