package loader

import (
	"strings"
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
	classRaising
	classTelling
	classProposing
	classAsking // asking-verbs (speakers.go), tested at every token
)

// wordInfo is everything the lexicon knows of one folded word. The
// tokenizer looks each word up once, so that the many checks of the passes
// read a field instead of hashing the word again for every list.
type wordInfo struct {
	fold   string
	class  wordClass
	single []aliasHit            // one-word gazetteer aliases
	longer map[string][]aliasHit // longer aliases by their second folded word, longest first

	proposals []openedPhrases // per question: the proposal phrases the word opens
	opposites []openedPhrases // per question: the phrases of what the proposal would end that the word opens
	acts      []openedPhrases // per question: the act phrases the word opens
}

// wordLists are the lexicon files of single words and the class each
// gives its words.
var wordLists = []struct {
	file  string
	class wordClass
}{
	{"titles.txt", classTitle}, {"title_modifiers.txt", classTitleModifier},
	{"institutions.txt", classInstitution}, {"stop_capitals.txt", classStopCapital},
	{"gap_words.txt", classGap}, {"time_words.txt", classTime},
	{"destination_cues.txt", classDestination}, {"pronoun_nations.txt", classPronounNation},
	{"role_heads.txt", classRoleHead}, {"reporting_verbs.txt", classReporting},
	{"statement_nouns.txt", classStatement}, {"group_nouns.txt", classGroupNoun}, {"places.txt", classPlace},
	{"raising.txt", classRaising}, {"telling_verbs.txt", classTelling}, {"proposing_nouns.txt", classProposing},
}

// indexWords builds lex.words from the word lists, the sources, the
// gazetteer's aliases and the troops phrases.
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
	for _, list := range wordLists {
		for w := range wordSet(list.file) {
			info(w).class |= list.class
		}
	}
	for w := range lex.sources {
		info(w).class |= classSource
	}
	for w := range askingVerbs {
		info(w).class |= classAsking
	}
	for _, lemma := range lexiconLines("reporting_lemmas.txt") {
		for _, form := range lex.frames.Forms(strings.TrimSpace(lemma)) {
			info(form).class |= classReporting
		}
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
	for qi, t := range lex.topics {
		for first, phrases := range t.proposal {
			w := info(first)
			for len(w.proposals) <= qi {
				w.proposals = append(w.proposals, openedPhrases{})
			}
			w.proposals[qi] = openPhrases(phrases)
		}
		for first, phrases := range t.opposite {
			w := info(first)
			for len(w.opposites) <= qi {
				w.opposites = append(w.opposites, openedPhrases{})
			}
			w.opposites[qi] = openPhrases(phrases)
		}
		for first, phrases := range t.acts {
			w := info(first)
			for len(w.acts) <= qi {
				w.acts = append(w.acts, openedPhrases{})
			}
			w.acts[qi] = openPhrases(phrases)
		}
		// A country before any question's own-share noun names whose
		// share it is ("Polish troops"): the union serves the mentions.
		for _, noun := range t.q.Own {
			info(model.Fold(noun)).class |= classTroopHead
		}
	}
	lex.wordTable = newWordTable(lex.words)
}

// wordIs reports whether a folded word is of one of the classes.
func (lex *lexicon) wordIs(fold string, c wordClass) bool {
	w := lex.words[fold]
	return w != nil && w.class&c != 0
}

// is reports whether the token is a word of one of the classes.
func (t *token) is(c wordClass) bool {
	return t.info != nil && t.info.class&c != 0
}

// wordTable finds a word's wordInfo from the word as written: it folds
// ASCII case while hashing, so the tokenizer neither copies the word nor
// hashes it twice. It is an open-addressing table of the lexicon's ASCII
// words; any other word goes through model.Fold and the map.
type wordTable struct {
	slots []wordSlot // a power of two, at most a quarter full
	shift uint       // 64 - log2(len(slots)): the hash's top bits index it
	words map[string]*wordInfo
}

// wordSlot keeps the hash and the word beside the entry, so that a probe
// rejects another word without following a pointer.
type wordSlot struct {
	hash uint64
	fold string
	info *wordInfo
}

func newWordTable(words map[string]*wordInfo) *wordTable {
	size, bits := 16, uint(4)
	for size < 4*len(words) {
		size, bits = size*2, bits+1
	}
	wt := &wordTable{slots: make([]wordSlot, size), shift: 64 - bits, words: words}
	for fold, w := range words {
		if h, ascii, _ := foldHash(fold); ascii {
			k := h >> wt.shift
			for wt.slots[k].info != nil {
				k = (k + 1) & uint64(size-1)
			}
			wt.slots[k] = wordSlot{hash: h, fold: fold, info: w}
		}
	}
	return wt
}

// foldHash is the FNV-1a hash of s with ASCII upper case folded, and
// whether s is all ASCII and has a capital.
func foldHash(s string) (h uint64, ascii, upper bool) {
	h = 14695981039346656037
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return 0, false, upper
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			upper = true
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	// FNV's top bits, which index the table, mix short words poorly.
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 32
	return h, true, upper
}

// foldWord is model.Fold for a word of the tokenizer that also finds it in
// the lexicon. A capitalised word the lexicon knows ("President") takes
// the lexicon's folded string instead of a new one.
func foldWord(text string, wt *wordTable) (string, *wordInfo) {
	if wt == nil {
		return foldCompound(model.Fold(text)), nil
	}
	h, ascii, upper := foldHash(text)
	if !ascii {
		fold := foldCompound(model.Fold(text))
		return fold, wt.words[fold]
	}
	mask := uint64(len(wt.slots) - 1)
	for k := h >> wt.shift; wt.slots[k].info != nil; k = (k + 1) & mask {
		if slot := &wt.slots[k]; slot.hash == h && equalFolded(slot.fold, text) {
			return slot.fold, slot.info
		}
	}
	if !upper {
		return text, nil
	}
	var b strings.Builder // ASCII is known: no need for strings.ToLower's checks
	b.Grow(len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String(), nil
}

// foldCompound writes a compound's en dash ("EU–Mercosur", one token: see
// wordEnd) as the hyphen the lexicons use.
func foldCompound(fold string) string {
	if len(fold) > len("–") && strings.Contains(fold, "–") { // a dash standing alone stays one
		return strings.ReplaceAll(fold, "–", "-")
	}
	return fold
}

// equalFolded reports whether ASCII text lowercased is fold.
func equalFolded(fold, text string) bool {
	if len(fold) != len(text) {
		return false
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != fold[i] {
			return false
		}
	}
	return true
}
