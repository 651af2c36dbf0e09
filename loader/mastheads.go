package loader

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"standpoint/model"
)

// mastheadLines is how many of a page's first non-empty lines may hold
// its masthead, and maxMastheadLine how long one may be.
const (
	mastheadLines   = 4
	maxMastheadLine = 300
)

var (
	// firstPublished finds the outlet a translated piece names: "first
	// published in Spanish in El Diario del Norte", "Originally published by X".
	firstPublished = regexp.MustCompile(`(?i:first|originally) published (?:in [A-Z][a-z]+ )?(?:in|by) ((?:[A-Z][\p{L}'’.-]*\s?){1,5})`)
	// outletQualifier is a trailing part of a masthead that is no part of
	// the name: "Ankara Gündem Haber - English Service".
	menuGaps        = regexp.MustCompile(`\s{3,}|\t`)
	outletQualifier = regexp.MustCompile(`(?i)\s+(?:[-–—]|in)\s+(?:English|International|Online|Web)\b.*$`)
)

// mastheadOutlet reads the outlet an unknown masthead names in one of a
// page's first lines: a segment between bars ("The Continental Post |
// Live | Updated …", "By Maud Ellery | The Northgate Review"), the end of
// a title ("… | Rhein-Spree Kurier"), what follows a byline's comma ("By
// Owen Laidlaw, Northern Wire Service"), a line of its own ("Capitol
// Dispatch") or the one a translation credits. A segment counts only when
// it is a capitalised name with a word of outlet_words.txt in it.
func (lex *lexicon) mastheadOutlet(line string, title bool) string {
	if len(line) > maxMastheadLine {
		return "" // a paragraph, not a masthead
	}
	if strings.Contains(line, "ublished") { // the regular expression backtracks: only for the lines it can match
		if m := firstPublished.FindStringSubmatch(line); m != nil {
			if name := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(m[1]), " and")); lex.outletName(name) {
				return name
			}
		}
	}
	segments := strings.Split(menuGaps.ReplaceAllString(line, "|"), "|") // "NBN NEWS IN ENGLISH    Home   World": a menu's gaps part it too
	if len(segments) >= 2 {
		if name := strings.TrimSpace(segments[0]); shortName(name) && len(strings.Fields(name)) <= 3 && !lex.namesEntry(name) && !pageSection(name) &&
			!slices.ContainsFunc(segments[1:], func(seg string) bool { return !pageSection(seg) }) {
			return titleCasedOutlet(name) // "EURACTIV | Transport | Interview": a masthead over its sections
		}
	}
	if title && len(segments) >= 2 {
		// "Headline | Site": a title's last part; "SITE | SECTION", a
		// masthead's first.
		segments = []string{segments[len(segments)-1], segments[0]}
	}
	for _, seg := range segments {
		seg = strings.TrimSpace(seg)
		if rest, ok := cutPrefixFold(seg, "by "); ok {
			if _, after, found := strings.Cut(rest, ","); found {
				seg = strings.TrimSpace(after) // "By Owen Laidlaw, Northern Wire Service"
			} else {
				continue // the byline's names
			}
		}
		seg = outletQualifier.ReplaceAllString(seg, "")
		for _, dash := range []string{" – ", " — ", " - "} {
			if before, after, found := strings.Cut(seg, dash); found {
				seg = before // "Baltic Morning Radio – transcript of …", "Il Corriere del Tirreno - automatic translation"
				if name := strings.TrimSpace(before); pageSection(after) && shortName(name) && !lex.namesEntry(name) {
					return titleCased(name) // "WirtschaftsWoche — Interview", "Münchner Merkur — Bavaria section": a masthead over its section
				}
			}
		}
		found := ""
		for _, part := range strings.Split(seg, ",") { // "Europe Desk, Meridian Post": the outlet after its desk
			part = strings.TrimSuffix(strings.TrimSpace(part), " live") // "Continental Desk live"
			if lex.outletName(part) {
				found = titleCased(part)
			}
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// datelineOutlet reads an unknown outlet a dateline names: "WARSAW, Dec
// 16 (Central European Wire) -".
func (lex *lexicon) datelineOutlet(name string) string {
	if lex.outletName(name) || oneNameWord(name) && !lex.namesEntry(name) {
		return titleCased(name) // "(Eurowire) -": a dateline's brackets name its agency, unless they name a place
	}
	return ""
}

// oneNameWord reports a single capitalised word of letters: "Eurowire",
// "NordPress".
func oneNameWord(s string) bool {
	if s == "" || len(s) > 24 || strings.ContainsAny(s, " .,;:/") {
		return false
	}
	for i, r := range s {
		if !unicode.IsLetter(r) && r != '-' || i == 0 && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// capitalizeParts capitalises a word, each part of it when hyphenated.
func capitalizeParts(w string) string {
	parts := strings.Split(w, "-")
	for i, p := range parts {
		if r, size := utf8.DecodeRuneInString(p); size > 0 {
			parts[i] = string(unicode.ToUpper(r)) + p[size:]
		}
	}
	return strings.Join(parts, "-")
}

// titleCased writes a name set in capitals as a name: "RHEIN KURIER" is
// "Rhein Kurier"; any other is kept as written.
func titleCased(s string) string {
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if i > 0 && nameConnectors[w] {
			continue // "Voce del Popolo", "Herald of the North"
		}
		if !strings.ContainsAny(w, "aeiouy") {
			words[i] = strings.ToUpper(w) // an acronym: "NBN NEWS" is "NBN News"
			continue
		}
		words[i] = capitalizeParts(w) // "RHEIN-KURIER" is "Rhein-Kurier"
	}
	return strings.Join(words, " ")
}

// outletName reports a short capitalised name with an outlet word in it.
func (lex *lexicon) outletName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 6 || sectionOpeners[model.Fold(words[0])] {
		return false // "Brief", "World News", "In The Times": a section or a link, not a masthead
	}
	hasOutletWord := false
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		lower := unicode.IsLower(r)
		if lower && !(i > 0 && nameConnectors[w]) {
			return false
		}
		if !unicode.IsLetter(r) {
			return false // "27.02.2024", "News > Europe"
		}
		if lex.outletWords[model.Fold(strings.Trim(w, ".,:;"))] {
			hasOutletWord = true
		}
	}
	return hasOutletWord
}

// namesEntry reports a name the gazetteer knows as a whole: "Germany —
// Politics" opens a section on a country, not a masthead.
func (lex *lexicon) namesEntry(name string) bool {
	words := strings.Fields(model.Fold(name))
	if len(words) == 0 {
		return false
	}
	for _, h := range lex.aliases[words[0]] {
		if len(h.words) == len(words) {
			same := true
			for i, w := range h.words {
				same = same && w.fold == words[i]
			}
			if same {
				return true
			}
		}
	}
	return false
}

// titleCasedOutlet is titleCased for a one-word name in capitals, which
// may be an outlet's acronym ("TASR") or a name set in capitals
// ("EURACTIV"): kept as written.
func titleCasedOutlet(name string) string {
	if !strings.Contains(name, " ") {
		return name
	}
	return titleCased(name)
}

// mastheadOnly reports a line that holds the outlet's name and page
// sections only: "EUobserver — OPINION", "EURACTIV | Transport |
// Interview".
func mastheadOnly(line, name string) bool {
	rest, ok := strings.CutPrefix(model.Fold(line), model.Fold(name))
	if !ok {
		return false
	}
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool { return !sectionNames[w] })
}

// pageSection reports a page section's name after a masthead's dash:
// "Opinion", "Interview", "Economy", "Bavaria section", "World news".
func pageSection(s string) bool {
	words := strings.Fields(model.Fold(s))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	return sectionNames[words[0]] || sectionNames[words[len(words)-1]]
}

// sectionNames name a page's sections.
var sectionNames = namedSet("section-names")

// shortName reports one to four capitalised words, a masthead's shape.
func shortName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(i > 0 && nameConnectors[w]) {
			return false
		}
	}
	return true
}

// nameConnectors are the lowercase words inside an outlet's name.
var nameConnectors = namedSet("name-connectors")

// sectionOpeners begin the names of a page's sections and links.
var sectionOpeners = namedSet("section-openers")

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}
