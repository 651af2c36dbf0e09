package loader

import (
	"unicode/utf8"

	"standpoint/model"
)

// wordClass is the set of word lists a folded word belongs to.
type wordClass uint32

const (
	classTitle wordClass = 1 << iota
	classTitleModifier
	classInstitution
	classStopCapital
	classTroopHead
	classGap
	classTime
	classDestination
	classPronounNation
	classRoleHead
	classReporting
	classStatement
	classGroupNoun
	classPlace
	classSource
)

// wordInfo is everything the lexicon knows of one folded word. The
// tokenizer looks each word up once, so that the many checks of the passes
// read a field instead of hashing the word again for every list.
type wordInfo struct {
	fold   string
	class  wordClass
	single []aliasHit            // one-word gazetteer aliases
	longer map[string][]aliasHit // longer aliases by their second folded word, longest first
}

// indexWords builds lex.words from the word lists and the gazetteer.
func (lex *lexicon) indexWords() {
	lex.words = map[string]*wordInfo{}
	info := func(fold string) *wordInfo {
		w := lex.words[fold]
		if w == nil {
			w = &wordInfo{fold: fold}
			lex.words[fold] = w
		}
		return w
	}
	for class, set := range map[wordClass]map[string]bool{
		classTitle: lex.titles, classTitleModifier: lex.titleModifiers, classInstitution: lex.institutions,
		classStopCapital: lex.stopCapitals, classTroopHead: lex.troopHeads, classGap: lex.gapWords,
		classTime: lex.timeWords, classDestination: lex.destinationCues, classPronounNation: lex.pronounNations,
		classRoleHead: lex.roleHeads, classReporting: lex.reporting, classStatement: lex.statement,
		classGroupNoun: lex.groupNouns, classPlace: lex.places,
	} {
		for w := range set {
			info(w).class |= class
		}
	}
	for w := range lex.sources {
		info(w).class |= classSource
	}
	for first, hits := range lex.aliases {
		w := info(first)
		for _, h := range hits { // longest first: kept so in both lists
			if len(h.words) == 1 {
				w.single = append(w.single, h)
				continue
			}
			if w.longer == nil {
				w.longer = map[string][]aliasHit{}
			}
			second := h.words[1].fold
			w.longer[second] = append(w.longer[second], h)
		}
	}
}

// is reports whether the token is a word of one of the classes.
func (t *token) is(c wordClass) bool {
	return t.info != nil && t.info.class&c != 0
}

// foldWord is model.Fold for a word of the tokenizer that also finds the
// word in the lexicon. A capitalised ASCII word the lexicon knows
// ("President") takes the lexicon's folded string instead of a new one.
func foldWord(text string, words map[string]*wordInfo) (string, *wordInfo) {
	if words == nil {
		return model.Fold(text), nil
	}
	var buf [32]byte
	if len(text) <= len(buf) {
		lower, ascii := buf[:len(text)], true
		for i := 0; i < len(text); i++ {
			c := text[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
		}
		if ascii {
			if w := words[string(lower)]; w != nil { // no copy: the compiler looks up without converting
				return w.fold, w
			}
			if string(lower) == text {
				return text, nil
			}
			return string(lower), nil
		}
	}
	fold := model.Fold(text)
	return fold, words[fold]
}
