package loader

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Explainers and fact sheets give one line per body: "DIGITALEUROPE — for
// a delay", "EDRi, Access Now, CDT Europe — against", "KernD (nuclear
// technology association) – Says …". The names that open such a line
// before its dash name organisations, though no lexicon knows them and no
// noun says what they are. findItemLabels finds them; the paragraph's
// lead-in (leadins.go) then gives them the line's stance.
func (f *finder) findItemLabels(hits []*gazHit) []*mention {
	if f.masthead {
		return nil // "TASR - Tlačová agentúra …": the outlet's name opens the page
	}
	k := 0
	for k < len(f.tokens) && k < 2 && (bullets[f.tokens[k].fold] || f.tokens[k].fold == "**") {
		k++
	}
	var runs []labelRun // the candidate names
	for k < len(f.tokens) {
		first := k
		for k < len(f.tokens) && k-first < 4 && (f.labelWord(k, hits) || k > first && f.laterLabelWord(k, hits)) {
			k++
		}
		if k == first {
			return nil
		}
		runs = append(runs, labelRun{first: first, last: k - 1})
		if k < len(f.tokens) && f.tokens[k].fold == "**" {
			k++
		}
		if k < len(f.tokens) && f.tokens[k].fold == "(" {
			c := bracketClosing(f.tokens, k, len(f.tokens))
			if c < 0 {
				return nil
			}
			runs[len(runs)-1].described = true
			k = c + 1 // "KernD (nuclear technology association) –": over what it is
		}
		if k >= len(f.tokens) {
			return nil
		}
		switch f.tokens[k].fold {
		case ",", "and", "&":
			k++
			continue
		case "—", "–", "-":
		case ":":
			if r := runs[len(runs)-1]; r.first == r.last && f.tokens[r.first].allCaps {
				return nil // "ELLISON: …": a transcript's speaker, not a body
			}
		default:
			return nil
		}
		if k+1 >= len(f.tokens) || !f.tokens[k+1].word {
			return nil // a label, not the line's opening words
		}
		if !slices.ContainsFunc(runs, func(r labelRun) bool { return r.described }) && f.tokens[k+1].cap && f.allCapsRuns(runs) {
			return nil // "STRASBOURG — It is not yet the law": a dateline opens a sentence, a label a judgement
		}
		break
	}
	var found []*mention
	for _, r := range runs {
		if !r.described && !f.nameShaped(r.first, r.last) || f.outlet != "" && f.foldRun(r.first, r.last) == f.outlet {
			continue // "Le Monde — Economy": the masthead
		}
		var m *mention
		if r.last > r.first && r.last-r.first <= 2 && f.firstNameAt(r.first) {
			name := f.surface(r.first, r.last) // "Marie-Agnes Strack-Zimmermann: Yes.": a person answering
			m = f.newMention(mention{kind: personMention, first: r.first, last: r.last, name: name, surface: name})
		} else {
			e := f.orgEntry(r.first, r.last)
			m = f.newMention(mention{kind: entityMention, first: r.first, last: r.last, entry: e, surface: f.surface(r.first, r.last)})
		}
		f.take(r.first, r.last)
		found = append(found, m)
	}
	return found
}

// labelStops open a page's links and boxes, not a body's line: "READ
// MORE: …", "WATCH: …".
var labelStops = namedSet("label-stops")

// firstNameAt reports a known first name at k, or a hyphenated pair that
// opens with one ("Marie-Agnes").
func (f *finder) firstNameAt(k int) bool {
	t := &f.tokens[k]
	if t.allCaps {
		return false
	}
	if f.lex.genders[t.fold] != 0 {
		return true
	}
	before, _, ok := strings.Cut(t.fold, "-")
	return ok && f.lex.genders[before] != 0
}

// labelRun is a candidate name of a line's label: its first and last
// token, and whether a bracketed description follows it.
type labelRun struct {
	first, last int
	described   bool
}

// allCapsRuns reports names all written in capitals.
func (f *finder) allCapsRuns(runs []labelRun) bool {
	for _, r := range runs {
		for k := r.first; k <= r.last; k++ {
			if !f.tokens[k].allCaps {
				return false
			}
		}
	}
	return true
}

// labelWord reports a word that may stand in a line's opening label: a
// capitalised word no other finder took, that is no title, time, place
// word or word that opens sentences.
func (f *finder) labelWord(k int, hits []*gazHit) bool {
	t := &f.tokens[k]
	return t.word && t.cap && !f.taken[k] && hits[k] == nil &&
		!t.is(classTitle|classStopCapital|classTime|classPlace|classReporting|classGroupNoun|classInstitution|classGap|classSource) && !labelStops[t.fold] &&
		f.lex.genders[t.fold] == 0
}

// laterLabelWord reports a word that may go on a label opened by a
// labelWord: any capitalised word, a one-word name among them ("CCIA
// Europe", "Access Now", "AmCham EU").
func (f *finder) laterLabelWord(k int, hits []*gazHit) bool {
	t := &f.tokens[k]
	return t.word && t.cap && !f.taken[k] && !t.is(classSource) && (hits[k] == nil || hits[k].first == k && hits[k].last == k)
}

// nameShaped reports a label that is a name by its shape, not a common
// word written with a capital ("Background —", "Analysis:"): several
// capitalised words, or one written in capitals or with a capital inside
// ("DIGITALEUROPE", "EDRi", "KernD").
func (f *finder) nameShaped(first, last int) bool {
	if last > first {
		return true
	}
	text := f.tokens[first].text
	if f.tokens[first].allCaps && utf8.RuneCountInString(text) >= 2 {
		return true
	}
	_, size := utf8.DecodeRuneInString(text)
	for _, r := range text[size:] {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
