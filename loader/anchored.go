package loader

import (
	"regexp"
	"regexp/syntax"
	"sort"
)

// startsAnchored finds a regular expression's matches by trying it only
// where a match can start. Go's matcher tries every position of the text;
// most stance rules open with a handful of words ("will", "would", …), so
// it is cheaper to find those words and run an anchored copy of the rule
// there. The result is the same as FindAllIndex's: leftmost matches, each
// the matcher's preferred one at its start, not overlapping.
type startsAnchored struct {
	prefixes [256][]string  // every match starts with one of these, by first byte
	atStart  *regexp.Regexp // ^(?:re): a match at the start of the text
	afterOne *regexp.Regexp // ^(?s:.)(?:re): a match after one character, which \b sees
}

// newStartsAnchored returns nil when the pattern's matches have no
// required opening words.
func newStartsAnchored(pattern string) (*startsAnchored, error) {
	parsed, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil, err
	}
	prefixes, _, ok := matchPrefixes(parsed)
	if !ok || len(prefixes) == 0 {
		return nil, nil
	}
	sa := &startsAnchored{}
	for _, p := range prefixes {
		if p == "" {
			return nil, nil
		}
		sa.prefixes[p[0]] = append(sa.prefixes[p[0]], p)
	}
	if sa.atStart, err = regexp.Compile(`^(?:` + pattern + `)`); err != nil {
		return nil, err
	}
	if sa.afterOne, err = regexp.Compile(`^(?s:.)(?:` + pattern + `)`); err != nil {
		return nil, err
	}
	return sa, nil
}

// findAll is FindAllIndex(text, -1) of the rule.
func (sa *startsAnchored) findAll(text []byte) [][]int {
	var out [][]int
	for p := 0; p < len(text); p++ {
		if !sa.opensAt(text, p) {
			continue
		}
		var loc []int
		if p == 0 {
			loc = sa.atStart.FindIndex(text)
		} else if loc = sa.afterOne.FindIndex(text[p-1:]); loc != nil {
			// The character before p may be several bytes: the match starts
			// at p whatever (?s:.) took, as that is all of text[p-1:p]'s rune
			// or an invalid byte taken alone.
			loc = []int{p, p - 1 + loc[1]}
		}
		if loc == nil {
			continue
		}
		out = append(out, loc)
		p = loc[1] - 1 // matches do not overlap; the loop adds one
	}
	return out
}

func (sa *startsAnchored) opensAt(text []byte, p int) bool {
	for _, prefix := range sa.prefixes[text[p]] {
		if len(text)-p >= len(prefix) && string(text[p:p+len(prefix)]) == prefix {
			return true
		}
	}
	return false
}

// matchPrefixes returns strings one of which opens every match of re, and
// whether they are the whole of every match (exact), or false when it
// cannot tell.
func matchPrefixes(re *syntax.Regexp) (prefixes []string, exact, ok bool) {
	const maxPrefixes = 64
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []string{string(re.Rune)}, true, true
	case syntax.OpEmptyMatch:
		return []string{""}, true, true
	case syntax.OpCapture:
		return matchPrefixes(re.Sub[0])
	case syntax.OpPlus:
		p, _, ok := matchPrefixes(re.Sub[0])
		return p, false, ok
	case syntax.OpRepeat:
		if re.Min < 1 {
			return nil, false, false
		}
		p, _, ok := matchPrefixes(re.Sub[0])
		return p, false, ok
	case syntax.OpAlternate:
		exact = true
		for _, sub := range re.Sub {
			p, e, ok := matchPrefixes(sub)
			if !ok {
				return nil, false, false
			}
			prefixes, exact = append(prefixes, p...), exact && e
		}
		return dedupe(prefixes), exact, len(prefixes) <= maxPrefixes
	case syntax.OpConcat:
		prefixes = []string{""}
		for _, sub := range re.Sub {
			switch sub.Op {
			case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
				continue // consumes nothing
			}
			p, e, ok := matchPrefixes(sub)
			if !ok || len(prefixes)*len(p) > maxPrefixes {
				return prefixes, false, true // what came before still opens every match
			}
			var joined []string
			for _, a := range prefixes {
				for _, b := range p {
					joined = append(joined, a+b)
				}
			}
			prefixes = dedupe(joined)
			if !e {
				return prefixes, false, true
			}
		}
		return prefixes, true, true
	}
	return nil, false, false
}

func dedupe(s []string) []string {
	sort.Strings(s)
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
