package loader

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// phraseSet matches fixed phrases on tokens: a lexicon of regular
// expressions without repetition (troops.txt), expanded once into every
// phrase it stands for and indexed by first word, so that finding them in a
// clause costs a look at each token's word entry (see findTroops) instead
// of a regular expression run.
type phraseSet map[string][][]string // first word → phrases as words, longest first

// longestFirst sorts each list of the set longest first, in the order
// matching tries them; phrases of one length keep their order.
func (set phraseSet) longestFirst() {
	for _, list := range set {
		slices.SortStableFunc(list, func(a, b []string) int { return len(b) - len(a) })
	}
}

// maxExpansion bounds how many phrases one lexicon line may stand for.
const maxExpansion = 4096

func newPhraseSet(patterns []string) (phraseSet, error) {
	set := phraseSet{}
	for _, p := range patterns {
		re, err := syntax.Parse(p, syntax.Perl)
		if err != nil {
			return nil, err
		}
		phrases, ok := expand(re.Simplify())
		if !ok {
			return nil, &syntax.Error{Code: "not a finite set of phrases (., *, + and {n,} stand for any text: write the words out)", Expr: p}
		}
		for _, phrase := range phrases {
			words := phraseWords(phrase)
			for _, v := range articleVariants(hyphenVariants(words)) {
				set[v[0]] = append(set[v[0]], v)
			}
		}
	}
	set.longestFirst()
	return set, nil
}

// expand lists every string a repetition-free expression matches.
func expand(re *syntax.Regexp) ([]string, bool) {
	switch re.Op {
	case syntax.OpEmptyMatch:
		return []string{""}, true
	case syntax.OpLiteral:
		return []string{string(re.Rune)}, true
	case syntax.OpCharClass:
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) > maxExpansion {
					return nil, false
				}
				out = append(out, string(r))
			}
		}
		return out, true
	case syntax.OpCapture:
		return expand(re.Sub[0])
	case syntax.OpQuest:
		sub, ok := expand(re.Sub[0])
		return append([]string{""}, sub...), ok
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			sub, ok := expand(s)
			if !ok {
				return nil, false
			}
			out = append(out, sub...)
		}
		return out, len(out) <= maxExpansion
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			sub, ok := expand(s)
			if !ok || len(out)*len(sub) > maxExpansion {
				return nil, false
			}
			var next []string
			for _, a := range out {
				for _, b := range sub {
					next = append(next, a+b)
				}
			}
			out = next
		}
		return out, true
	}
	return nil, false
}

// findTroops returns the token ranges [first, last] of the troops phrases
// in tokens (made with the lexicon's word table, which lists the phrases
// each word opens), longest first at each place, not overlapping.
func (lex *lexicon) findTroops(tokens []token, question int) []tokenRange {
	var out []tokenRange
	for i := 0; i < len(tokens); i++ {
		info := tokens[i].info
		if info == nil || question >= len(info.proposals) {
			if info == nil && tokens[i].word && lex.compoundProposal(tokens[i].fold, question) {
				out = append(out, tokenRange{first: i, last: i}) // "no US-soldiers", as German-style translations join them
			}
			continue
		}
		if n := info.proposals[question].longestAt(tokens, i); n > 0 {
			out = append(out, tokenRange{first: i, last: i + n - 1})
			i += n - 1
		}
	}
	return out
}

// compoundProposal reports a hyphenated word whose last part is a
// one-word proposal phrase: "US-soldiers", "NATO-troops".
func (lex *lexicon) compoundProposal(fold string, question int) bool {
	k := strings.LastIndexByte(fold, '-')
	if k <= 0 || k == len(fold)-1 {
		return false
	}
	w := lex.words[fold[k+1:]]
	return w != nil && question < len(w.proposals) && w.proposals[question].single
}

// openedPhrases are the phrases one word opens, by their second word: a
// determiner opens hundreds ("the force", "the new mission", …), and
// trying each at every "the" was a tenth of the load.
type openedPhrases struct {
	single   bool                  // the word alone is a phrase
	bySecond map[string][][]string // longest first
}

func openPhrases(phrases [][]string) openedPhrases {
	var o openedPhrases
	for _, words := range phrases { // longest first: kept so
		if len(words) == 1 {
			o.single = true
			continue
		}
		if o.bySecond == nil {
			o.bySecond = map[string][][]string{}
		}
		o.bySecond[words[1]] = append(o.bySecond[words[1]], words)
		if words[1] == "the" {
			for d := range innerDeterminers {
				o.bySecond[d] = append(o.bySecond[d], words) // still longest first: each list keeps the phrases' order
			}
		}
	}
	return o
}

// longestAt is the length of the longest phrase at token i, or 0. After
// an opening determiner, one or two modifiers the phrase does not list may
// stand before the rest of it: "a legal minimum age", "the planned
// reassurance force".
func (o openedPhrases) longestAt(tokens []token, i int) int {
	if i+1 < len(tokens) {
		for _, words := range o.bySecond[tokens[i+1].fold] {
			if i+len(words) <= len(tokens) && wordsAt(tokens, i, words) {
				return len(words)
			}
		}
		if insertedModifier(&tokens[i+1]) && phraseDeterminerSet[tokens[i].fold] {
			for skip := 1; skip <= 2 && i+skip+1 < len(tokens) && insertedModifier(&tokens[i+skip]); skip++ {
				for _, words := range o.bySecond[tokens[i+skip+1].fold] {
					if i+skip+len(words) <= len(tokens) && wordsAt(tokens, i+skip+1, words[1:]) {
						return len(words) + skip
					}
				}
			}
		}
	}
	if o.single {
		return 1
	}
	return 0
}

var phraseDeterminerSet = func() map[string]bool {
	set := map[string]bool{}
	for _, d := range phraseDeterminers {
		set[d] = true
	}
	return set
}()

// insertedModifier reports a word that may stand inside a phrase after its
// determiner without changing what it names: a lowercase adjective by its
// ending ("legal", "strict" is listed) or one of phrase-modifiers.
func insertedModifier(t *token) bool {
	if !t.word || t.info != nil && (len(t.info.proposals) > 0 || len(t.info.acts) > 0) {
		return false
	}
	if strings.HasSuffix(t.fold, "-wide") {
		return true // "an EU-wide minimum age", "a nationwide ban"
	}
	return !t.cap && (phraseModifiers[t.fold] || hasAnySuffix(t.fold, modifierSuffixes) && len(t.fold) > 4)
}

var (
	phraseModifiers  = namedSet("phrase-modifiers")
	modifierSuffixes = []string{"al", "ic", "ive", "ous", "ful", "ary", "ory"}
)

func wordsAt(tokens []token, i int, words []string) bool {
	for k, w := range words {
		if f := tokens[i+k].fold; f != w && !(k > 0 && w == "the" && innerDeterminers[f]) {
			return false
		}
	}
	return true
}

// innerDeterminers stand for a "the" inside a phrase, after its first
// word: "bring the plants back" also reads "bring their plants back" and
// "bring its plants back". A phrase's first "the" stays exact: what opens
// it ("their troops") says whose they are.
var innerDeterminers = map[string]bool{"these": true, "those": true, "their": true, "its": true, "our": true, "his": true, "her": true, "this": true, "that": true}

// phraseWords cuts a phrase into the folds the article's tokens will have,
// so that a phrase written as the text has it ("the commission's plan",
// "Russia’s money", "U.S. troops") matches: a possessive is a token of its
// own there.
func phraseWords(phrase string) []string {
	tokens := tokenize(phrase, 0)
	words := make([]string, 0, len(tokens))
	for _, t := range tokens {
		if t.fold == "~" && len(words) > 0 {
			words[len(words)-1] += "~" // "contribute~": every form of the verb (topic.go)
			continue
		}
		words = append(words, t.fold)
	}
	return words
}

// hyphenVariants are a phrase's words and the same phrase as the text may
// hyphenate or split it: "fast track" is also "fast-track", "cease-fire"
// also "cease fire". The text's tokens keep inner hyphens.
func hyphenVariants(words []string) [][]string {
	if len(words) == 0 {
		return nil
	}
	out := [][]string{words}
	if len(words) <= 6 {
		for k := 0; k+1 < len(words); k++ {
			if !startsWithLetter(words[k]) || !startsWithLetter(words[k+1]) {
				continue // "commission 's plan" has no "'s-plan"
			}
			joined := append(append(append([]string{}, words[:k]...), words[k]+"-"+words[k+1]), words[k+2:]...)
			out = append(out, joined)
		}
	}
	for k, w := range words {
		if a, b, ok := strings.Cut(w, "-"); ok && a != "" && b != "" && !strings.Contains(b, "-") {
			split := append(append(append([]string{}, words[:k]...), a, b), words[k+1:]...)
			out = append(out, split)
		}
	}
	return out
}

func startsWithLetter(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
}

// articleVariants adds, for a phrase that opens with an article, the same
// phrase with the other determiners a text may give it: a question file's
// 'a (?:total |outright )?ban' also reads "an outright ban", "the ban",
// "any ban", "this ban", "such a ban", "their ban". "No" is left to the
// frames, which read it as a refusal.
func articleVariants(variants [][]string) [][]string {
	out := variants
	add := func(v []string) {
		if !slices.ContainsFunc(out, func(x []string) bool { return slices.Equal(x, v) }) {
			out = append(out, v)
		}
	}
	for _, v := range variants {
		if len(v) < 2 || v[0] != "a" && v[0] != "an" && v[0] != "the" {
			continue
		}
		for _, d := range phraseDeterminers {
			if d == v[0] {
				continue
			}
			other := slices.Clone(v)
			other[0] = d
			add(other)
		}
		add(append([]string{"such", "a"}, v[1:]...))
	}
	return out
}

// phraseDeterminers stand for a phrase's opening article.
var phraseDeterminers = []string{"a", "an", "the", "any", "this", "that", "its", "their", "our", "his", "her"}
