package loader

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"standpoint/model"
)

// The outlet a page's top lines name in the shapes mastheadOutlet leaves
// to this file: a "Source:" line, a name over its sections or a note after
// any separator, and a name on a line of its own over the headline.

var (
	// sourceLabel opens a line that credits the outlet: "Source: Gazeta
	// Brzegowa (Gdańsk), 9 January 2026", "**Source:** kurier.pl — automatic
	// translation".
	sourceLabel = regexp.MustCompile(`^\W{0,4}(?i:source|quelle|fuente|fonte|zdroj|źródło)\W{0,3}:\W{0,3}\s*(.+)$`)
	// nameEnd ends the name a source line or a masthead opens with: a
	// bracket, a dash, a bar, a comma, another separator.
	nameEnd = regexp.MustCompile(`\s+[(\[|—–·>»•/]|\s+-\s|\s+::\s|,\s|;\s|\.\s|\s{3,}|\t`)
)

// topLineOutlet reads the outlet a page's top line names, given the line
// after it, when mastheadOutlet reads none: top counts the non-empty lines
// from 1.
func (lex *lexicon) topLineOutlet(line, next string, top int) string {
	line = strings.TrimSpace(line)
	if len(line) > maxMastheadLine {
		return ""
	}
	if m := sourceLabel.FindStringSubmatch(line); m != nil {
		if name := leadingName(m[1]); name != "" && !lex.namesEntry(name) {
			return name // "Source: Rheinische Abendpost (translation from the German)"
		}
		return ""
	}
	if top != 1 || isSentence(line) {
		return "" // "U.S. Secretary of State Ann Ray said …": the article's first sentence
	}
	plain := strings.TrimSpace(strings.Trim(strings.TrimLeft(line, "#* "), "*_ "))
	name := leadingName(plain)
	if name == "" {
		name = lowercaseTailName(plain) // "Denný svet | Zahraničie | Politika": a masthead over its sections
	}
	if name == "" || lex.namesEntry(name) || onlySections(name) || sectionOpeners[model.Fold(firstWordOf(name))] {
		return ""
	}
	rest := strings.TrimSpace(plain[len(name):])
	known := lex.sourceIn(name) == name || lex.outletName(name) || siteName(name)
	switch {
	case rest == "":
		// A name on a line of its own: an outlet when the lexicon knows it
		// or when what follows is a section or a note, not the article.
		if known || allCapitals(name) && next != "" || sectionLine(next) {
			return titleCasedOutlet(name)
		}
	case strings.HasPrefix(rest, "["):
		return titleCasedOutlet(name) // "Nordmarka Posten [automatic translation]"
	default:
		// A name over its sections, a date or a note: "Kurier Halny |
		// kh.pl — Świat", "VALLEYNEWS > My Region > Politics", "TO KYMA |
		// Politics", "Agência Atlântica - Notícias de Portugal | English service".
		if known || sectionsAfter(rest) {
			return titleCasedOutlet(name)
		}
	}
	return ""
}

// leadingName is the name a line opens with, up to a separator: one to
// five words, the first capitalised or a site's name ("kurier.pl",
// "elNoticiero.es", "la Gazzetta"), none of them ending a sentence.
func leadingName(s string) string {
	if loc := nameEnd.FindStringIndex(s); loc != nil {
		s = s[:loc[0]]
	}
	s = strings.TrimSpace(strings.Trim(s, "*_ "))
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 || strings.ContainsAny(s, "!?:\"“”") || strings.HasSuffix(s, ".") {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return ""
	}
	if !unicode.IsUpper(r) && !siteName(s) && !innerCapital(words[0]) && !(len(words) > 1 && nameConnectors[words[0]]) {
		return "" // a sentence or a menu word, not a name
	}
	for i, w := range words[1:] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameConnectors[w] && !(i == len(words)-2 && siteName(w)) {
			return "" // "Troops debate in Berlin": a headline
		}
	}
	return s
}

// siteName reports a site's name: "kh.pl", "Balkanwire.com", "zpravyDNE.cz".
func siteName(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot >= len(s)-2 || strings.ContainsRune(s, ' ') {
		return false
	}
	for _, r := range s[dot+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

// innerCapital reports a word with a capital after its first letter:
// "zpravyDNE", "elNoticiero".
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// allCapitals reports a name set in capitals: "VALLEY HERALD", "EUROWIRE".
func allCapitals(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s && len(s) >= 3
}

// sectionLine reports a line that names page sections, not article text:
// "OPINION", "WORLD | EXPLAINED", "News › Business — Thursday, 6 March 2025".
func sectionLine(s string) bool {
	s = strings.TrimSpace(strings.Trim(s, "#*_ "))
	if s == "" {
		return false
	}
	first := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return len(first) > 0 && sectionNames[model.Fold(first[0])] && wordCount(s, 12) <= 10
}

// sectionsAfter reports what follows a masthead's name on its line:
// sections, a date, a note, each part short and opening with a capital or
// a digit ("| kh.pl — Świat", "> My Region > Politics", "| English
// edition"), not the rest of a headline ("— no troops yet").
func sectionsAfter(rest string) bool {
	parts := strings.FieldsFunc(rest, func(r rune) bool { return strings.ContainsRune("|—–·>»•/:[]()", r) })
	if len(parts) == 0 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(strings.Trim(p, "-*_ "))
		if p == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(p)
		if wordCount(p, 8) > 6 || !unicode.IsUpper(r) && !unicode.IsDigit(r) && !siteName(firstWordOf(p)) {
			return false
		}
	}
	return true
}

// lowercaseTailName is the name of two or three words, the first
// capitalised and the others not ("Denný svet"), that opens a line
// over its sections: the masthead of a language that capitalises only a
// name's first word.
func lowercaseTailName(s string) string {
	loc := nameEnd.FindStringIndex(s)
	if loc == nil {
		return ""
	}
	name := strings.TrimSpace(s[:loc[0]])
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 || !sectionsAfter(s[loc[0]:]) {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) || strings.ContainsAny(name, "!?:.,\"“”") {
		return ""
	}
	return name
}

// onlySections reports a name made of section names only: "World News",
// "Opinion", not "Social Harbour" or "The National".
func onlySections(name string) bool {
	if strings.HasPrefix(name, "The ") {
		return false // "The National", "The Local": a title's article makes it a name
	}
	for _, w := range strings.Fields(model.Fold(name)) {
		if !sectionNames[w] && !nameConnectors[w] {
			return false
		}
	}
	return true
}

// isSentence reports a line that ends as a sentence does, or holds the
// end of one: article text, not a masthead.
func isSentence(line string) bool {
	end := strings.TrimRight(line, "\"”’')»*_ ")
	if end == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(end)
	return strings.ContainsRune(".!?", last) || innerSentenceEnd.MatchString(line)
}

// pageNote reports a line under a masthead that is no headline: a note
// in brackets ("[Translated from Polish]") or not ("Translated from the
// Italian"), a section ("ANALYSIS"), a dated line, or a line of parts
// between bars ("By Ada Lind | 1 March 2024 | Updated").
func pageNote(line string) bool {
	plain := strings.TrimSpace(strings.Trim(line, "*_ "))
	if plain == "" {
		return false
	}
	if (plain[0] == '[' || plain[0] == '(') && strings.ContainsAny(plain[len(plain)-1:], "])") {
		return true
	}
	return sectionLine(plain) || strings.Count(plain, " | ") >= 2 || datedLine(plain) || translationNote(plain)
}

// translationNote reports a short line that says the piece is translated:
// "Translated from the Italian", "Automatic translation from Czech".
func translationNote(s string) bool {
	return wordCount(s, 14) <= 12 && strings.Contains(strings.ToLower(s), "translat")
}

// datedLine reports a short line with a date or a time in it: "Anna
// Lis, 09.03.2024, 07:15", "UPDATE 5. 3. 2024, 16:20".
func datedLine(s string) bool {
	groups := 0
	inDigits := false
	for _, r := range s {
		d := r >= '0' && r <= '9'
		if d && !inDigits {
			groups++
		}
		inDigits = d
	}
	return groups >= 3 && wordCount(s, 10) <= 8
}

// overSections reports a masthead line that holds the outlet's name
// alone, or then only sections or notes: "Gazeta Nowa | gn.pl — Świat".
func overSections(line, name string) bool {
	rest, ok := cutPrefixFold(strings.TrimSpace(strings.Trim(strings.TrimLeft(line, "#* "), "*_ ")), name)
	rest = strings.TrimSpace(strings.TrimLeft(rest, "*_ "))
	if ok && rest == "" {
		return true // the name on a line of its own
	}
	first, _ := utf8.DecodeRuneInString(rest)
	return ok && strings.ContainsRune("|—–·>»•/:[", first) && sectionsAfter(rest)
}

func firstWordOf(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}
