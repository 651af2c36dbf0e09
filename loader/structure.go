package loader

import (
	"bytes"
	"hash/maphash"
	"regexp"
	"slices"
	"standpoint/loader/segment"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"standpoint/model"
)

// sentence is one sentence of article text, ready for analysis.
type sentence struct {
	segment.Span
	paragraph int32 // 24 bytes a sentence rather than 32: a file of tiny sentences has millions
	heading   bool  // a headline or subheading line
}

// structure is what the layout of a file says: title, source and the
// sentences of real article text, with page furniture left out.
type structure struct {
	title      string
	source     string
	sourceRank int // how explicit the source's marker was; a more explicit one wins
	sentences  []sentence
	labels     []segment.Span // lone section labels between sentences ("GERMANY", "Reactions"): no sentences, but a round-up's sections
}

// Source markers, most explicit first.
const (
	rankAccordingTo = iota + 1
	rankMasthead    // an outlet the lexicon does not know, read from the page's top lines (mastheads.go)
	rankByline
	rankDateline
	rankAttribution
)

var (
	attributionMarker = regexp.MustCompile(`^\[(?:Attribution|Source|Via|Credit)s?:\s*([^\]]{1,60})\]$`)
	inlineAttribution = regexp.MustCompile(`\[(?:Attribution|Source|Via)s?:\s*([^\]]{1,60})\]`)
	dateline          = regexp.MustCompile(`^[A-Z][A-Za-z0-9 .,'/-]{1,40}(?:\([^)]{2,30}\)\s*)?\(([^)]{2,40})\)\s*[-–—]`) // "BRUSSELS/BERLIN, Oct 8 (Reuters) -", "Strasbourg (France) (AFP) -"
	byline            = regexp.MustCompile(`^(?i:by)\s+(.{2,60}?)(?:\s+(?i:staff|reporters?|correspondents?|news desk))?$`)
	innerSentenceEnd  = regexp.MustCompile(`[a-z]{2}[.!?]["”’)]?\s+["“]?[A-Z]`)
)

// readStructure finds the title, the source and the article's sentences.
func readStructure(text string, lex *lexicon) structure {
	var st structure
	sc := layoutPool.Get().(*layoutScratch)
	defer sc.release()
	if len(text) > presizeText {
		// A big file may hold millions of sentences: growing the list by
		// appends would hold the old and new arrays at once, the file's
		// highest memory. An upper bound (every line's sentences, as if
		// none were furniture) sizes it once.
		sc.sentences = make([]sentence, 0, countSentences(text, lex))
	}
	seen := &sc.seen
	inTeasers := false
	paragraph := int32(0)
	top := 0 // the non-empty lines read so far: a masthead stands in the first few
	for ln := range segment.Lines(text) {
		if ln.Text == "" {
			continue
		}
		if top++; top <= mastheadLines {
			if name := lex.mastheadOutlet(ln.Text, top == 1); name != "" {
				st.noteSource(name, rankMasthead)
				if mastheadOnly(ln.Text, name) || overSections(ln.Text, name) {
					continue // "EUobserver — OPINION": the outlet over its section, no headline ("EUobserver — OPINION — EUobserver" in the list)
				}
			} else if name := lex.topLineOutlet(ln.Text, nextLine(text, ln.Span.End), top); name != "" {
				rank := rankMasthead
				if top == 1 && sourceLabel.MatchString(ln.Text) {
					rank = rankAttribution // "Source: Gazeta Brzegowa (Gdańsk)" opening the page: as explicit as an attribution marker (under a masthead, the masthead is the publisher)
				}
				st.noteSource(name, rank)
				continue // a masthead or a source line, no headline
			}
		}
		folded := model.AppendFold(sc.folded[:0], ln.Text)
		sc.folded = folded
		bare := bytes.Trim(folded, " .:!?…-–—|•·*#>")
		switch {
		case len(bare) <= maxWidgetLine && lex.widgets.Match(bare):
			if lex.teasers.Match(bare) {
				inTeasers = true
			}
			continue
		case seen.add(ln.Text, folded):
			continue // a headline or paragraph repeated by the page layout
		}
		if m := matchIf(attributionMarker, ln.Text, ln.Text[0] == '['); m != nil {
			st.noteSource(m[1], rankAttribution)
			continue
		}
		if plain := markdownPlain(ln.Text); len(plain) > 0 && len(plain) < 80 && (plain[0] == 'B' || plain[0] == 'b') {
			if m := byline.FindStringSubmatch(plain); m != nil && wordCount(plain, 8) <= 8 {
				if src := lex.sourceIn(m[1]); src != "" {
					st.noteSource(src, rankByline)
				}
				continue
			}
		}
		headlineShaped := isHeadlineShaped(ln.Text) || (top == 1 || st.title == "" && st.source != "" && top <= mastheadLines) && questionHeadline(ln.Text)
		if inTeasers && headlineShaped {
			continue // a teaser for another article
		}
		inTeasers = false
		if st.title != "" && wordCount(ln.Text, 3) <= 3 && (headlineShaped || lex.countryLabel(ln.Text)) {
			st.labels = append(st.labels, ln.Span)
			continue // a lone label such as a section name
		}
		if st.title == "" && top <= mastheadLines && st.source != "" && pageNote(ln.Text) {
			continue // "[Translated from Polish]", "ANALYSIS" under the masthead: no headline, no article text
		}
		if st.title == "" && headlineShaped {
			st.title = markdownPlain(ln.Text)
		}
		if m := matchIf(dateline, ln.Text, strings.Contains(ln.Text, "(")); m != nil {
			if src := lex.sourceIn(m[1]); src != "" {
				st.noteSource(src, rankDateline)
			} else if src := lex.datelineOutlet(m[1]); src != "" {
				st.noteSource(src, rankMasthead)
			}
		}
		paragraph++
		if headlineShaped {
			sc.sentences = append(sc.sentences, sentence{Span: ln.Span, paragraph: paragraph, heading: true})
			continue
		}
		segment.EachSentenceSpan(text, ln.Span, lex.abbreviations, func(long segment.Span) {
			splitLong(text, long, func(sp segment.Span) {
				body := text[sp.Start:sp.End]
				bracket := strings.Contains(body, "[")
				if m := matchIf(attributionMarker, body, bracket); m != nil {
					st.noteSource(m[1], rankAttribution)
					return
				}
				if m := matchIf(inlineAttribution, body, bracket); m != nil {
					st.noteSource(m[1], rankAttribution)
				}
				for _, name := range namedOutlets(body) {
					if src := lex.sourceIn(name); src != "" {
						st.noteSource(src, rankAccordingTo)
					}
				}
				if hasWord(body) {
					sc.sentences = append(sc.sentences, sentence{Span: sp, paragraph: paragraph})
				}
			})
		})
	}
	switch n := len(sc.sentences); {
	case n > maxPooledLines || cap(sc.sentences) > maxPooledLines && n*2 > cap(sc.sentences):
		// Too big to go back to the pool: kept as it is rather than copied,
		// which would hold twice its size for a while. Appends of a big
		// slice grow it by a quarter at most.
		st.sentences = sc.sentences[:n:n]
		sc.sentences = nil
	case n > 0:
		st.sentences = slices.Clone(sc.sentences) // kept with the document: no spare room
	}
	if st.title == "" && len(st.sentences) > 0 {
		first := st.sentences[0]
		st.title = shortTitle(text[first.Start:first.End])
	}
	return st
}

// presizeText is the file size from which readStructure counts sentences
// before it lists them.
const presizeText = 1 << 20

// countSentences is how many sentences readStructure can find in text at
// most.
func countSentences(text string, lex *lexicon) int {
	n := 0
	for ln := range segment.Lines(text) {
		if ln.Text == "" {
			continue
		}
		k := 0
		segment.EachSentenceSpan(text, ln.Span, lex.abbreviations, func(long segment.Span) {
			splitLong(text, long, func(segment.Span) { k++ })
		})
		n += max(k, 1) // a heading is one
	}
	return n
}

// layoutScratch holds readStructure's working buffers from one call to the
// next: growing them anew for every article was most of its allocation.
type layoutScratch struct {
	folded    []byte
	seen      lineSet
	sentences []sentence
}

var layoutPool = sync.Pool{New: func() any {
	return &layoutScratch{seen: lineSet{byHash: map[uint64]string{}}}
}}

// Buffers grown past these sizes by a huge article are left to the
// collector: pooled, they would hold on to its size, and clearing a huge
// map would cost every later call.
const (
	maxPooledLines = 4096     // sentences
	maxPooledBytes = 64 << 10 // a folded line
)

// release forgets the article (the buffers hold parts of its text) and
// puts the buffers back in the pool.
func (sc *layoutScratch) release() {
	if cap(sc.sentences) > maxPooledLines ||
		max(cap(sc.folded), cap(sc.seen.buf)) > maxPooledBytes {
		return
	}
	sc.sentences = sc.sentences[:0]
	sc.seen.reset()
	layoutPool.Put(sc)
}

// lineSet remembers lines by a hash of their folded text, so that no line
// needs a folded copy of its own as a map key. A line whose hash is known
// is compared with the line the hash came from, and with the few lines (if
// ever any) whose hash collided with a different line's.
type lineSet struct {
	byHash map[uint64]string
	others []string
	buf    []byte
}

var lineSeed = maphash.MakeSeed()

// add records line, which folds to folded, and reports whether a line that
// folds the same was recorded before.
func (ls *lineSet) add(line string, folded []byte) (repeat bool) {
	h := maphash.Bytes(lineSeed, folded)
	first, ok := ls.byHash[h]
	if !ok {
		ls.byHash[h] = line
		return false
	}
	if ls.foldsTo(first, folded) {
		return true
	}
	for _, other := range ls.others {
		if ls.foldsTo(other, folded) {
			return true
		}
	}
	ls.others = append(ls.others, line)
	return false
}

func (ls *lineSet) reset() {
	clear(ls.byHash)
	clear(ls.others)
	ls.others = ls.others[:0]
}

func (ls *lineSet) foldsTo(line string, folded []byte) bool {
	ls.buf = model.AppendFold(ls.buf[:0], line)
	return bytes.Equal(ls.buf, folded)
}

// markdownPlain drops Markdown's heading and emphasis marks around a line
// ("## Title", "*By line*").
func markdownPlain(s string) string {
	s = strings.TrimLeft(s, "#")
	s = strings.TrimSpace(s)
	for _, mark := range []string{"**", "__", "*", "_"} {
		if len(s) > 2*len(mark) && strings.HasPrefix(s, mark) && strings.HasSuffix(s, mark) {
			s = strings.TrimSpace(s[len(mark) : len(s)-len(mark)])
		}
	}
	return s
}

// maxWidgetLine bounds the lines compared with the widget phrases: page
// furniture is short, and the comparison is the costliest per line.
const maxWidgetLine = 200

// outletCues are the words after which a news outlet is named: "according
// to Reuters", "told the BBC", "reported by AP".
var outletCues = []string{"according to ", "According to ", "reported by ", "told ", "reports ", "report ", "reported "}

// namedOutlets returns the capitalised words (up to four) after each
// outlet cue in s, where the source of an article is often named.
func namedOutlets(s string) []string {
	if !hasOutletCue(s) {
		return nil // most sentences: one pass instead of a search per cue
	}
	var names []string
	for _, cue := range outletCues {
		for rest := s; ; {
			i := strings.Index(rest, cue)
			if i < 0 {
				break
			}
			rest = rest[i+len(cue):]
			end, words := 0, 0
			for words < 4 && end < len(rest) {
				r, _ := utf8.DecodeRuneInString(rest[end:])
				if !unicode.IsUpper(r) {
					break
				}
				j := strings.IndexAny(rest[end:], " ,.;:)")
				if j < 0 {
					j = len(rest) - end
				}
				end += j
				words++
				if end < len(rest) && rest[end] == ' ' {
					end++
				} else {
					break
				}
			}
			if words > 0 {
				names = append(names, strings.TrimSpace(rest[:end]))
			}
		}
	}
	return names
}

// hasOutletCue reports whether namedOutlets would find a name in s: an
// outlet cue (each ends with a space) right before a capital letter.
func hasOutletCue(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' {
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c < 'A' || c > 'Z' {
				continue
			}
		} else if r, _ := utf8.DecodeRuneInString(s[i:]); !unicode.IsUpper(r) {
			continue
		}
		for _, cue := range outletCues {
			if strings.HasSuffix(s[:i], cue) {
				return true
			}
		}
	}
	return false
}

// nextLine is the first non-empty line after byte end.
func nextLine(text string, end int) string {
	rest := text[end:]
	for rest != "" {
		line, after, _ := strings.Cut(rest, "\n")
		if line = strings.TrimSpace(line); line != "" {
			return line
		}
		rest = after
	}
	return ""
}

// matchIf runs re only when a cheap test says it could match.
func matchIf(re *regexp.Regexp, s string, could bool) []string {
	if !could {
		return nil
	}
	return re.FindStringSubmatch(s)
}

func (st *structure) noteSource(s string, rank int) {
	if rank > st.sourceRank {
		st.source, st.sourceRank = strings.TrimSpace(s), rank
	}
}

// maxSentence bounds a sentence's length in bytes: text without sentence
// punctuation (a 5 MB line) is cut at spaces into pieces of about this size,
// which keeps the cue search linear in small steps. Real sentences are far
// shorter.
const maxSentence = 2000

func splitLong(text string, sp segment.Span, fn func(segment.Span)) {
	for sp.End-sp.Start > maxSentence {
		cut := sp.Start + maxSentence
		if k := strings.LastIndexAny(text[sp.Start:cut], " \t"); k > maxSentence/2 {
			cut = sp.Start + k
		} else {
			for cut < sp.End && !utf8.RuneStart(text[cut]) {
				cut++
			}
		}
		fn(segment.TrimSpan(text, segment.Span{Start: sp.Start, End: cut}))
		sp = segment.TrimSpan(text, segment.Span{Start: cut, End: sp.End})
	}
	if sp.End > sp.Start {
		fn(sp)
	}
}

// sourceWord is a word as written and where its folded form lies in the
// folded words of sourceIn.
type sourceWord struct {
	written    string
	start, end int
}

// sourceIn returns the news outlet that s names, if any.
func (lex *lexicon) sourceIn(s string) string {
	// The folded words, joined by spaces, go into one buffer on the stack:
	// every run of words is then a slice of it, looked up without making a
	// string of its own.
	var (
		foldedBuf [128]byte
		wordsBuf  [16]sourceWord
	)
	folded, words := foldedBuf[:0], wordsBuf[:0]
	for w := range strings.FieldsSeq(s) {
		if len(words) > 0 {
			folded = append(folded, ' ')
		}
		w = strings.Trim(w, ".,;:()[]\"'“”")
		start := len(folded)
		folded = model.AppendFold(folded, w)
		words = append(words, sourceWord{w, start, len(folded)})
	}
	for n := len(words); n > 0; n-- {
		for i := 0; i+n <= len(words); i++ {
			if _, ok := lex.sources[string(folded[words[i].start:words[i+n-1].end])]; ok {
				written := make([]string, n)
				for k := range written {
					written[k] = words[i+k].written
				}
				return strings.Join(written, " ") // as the article writes it
			}
		}
	}
	return ""
}

// isHeadlineShaped reports a line that reads as a headline: short enough,
// and not ending like a sentence of prose.
func isHeadlineShaped(s string) bool {
	if strings.Contains(s, "[") {
		s = strings.TrimSpace(inlineAttribution.ReplaceAllString(s, ""))
	}
	// The cheap test first: most paragraphs end like a sentence.
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"”’')»"))
	if strings.ContainsRune(".!…:;,", last) {
		return false
	}
	n := wordCount(s, 30)
	return n > 0 && n <= 30 && !(strings.ContainsAny(s, ".!?") && innerSentenceEnd.MatchString(s))
}

// countryLabel reports a line that is only a country's name with a full
// stop or a colon, as a round-up labels its sections ("The Netherlands.",
// "Czechia:"): no sentence, whatever its stop.
func (lex *lexicon) countryLabel(line string) bool {
	name := strings.TrimSpace(markdownPlain(line))
	if len(name) < 3 || len(name) > 40 || name[len(name)-1] != '.' && name[len(name)-1] != ':' {
		return false
	}
	name = name[:len(name)-1]
	first, _, _ := strings.Cut(name, " ")
	for _, h := range lex.aliases[model.Fold(first)] {
		if h.entry.kind == model.Government && !h.demonym && !h.capital && strings.EqualFold(h.surface, name) {
			return true
		}
	}
	return false
}

// questionHeadline reports a page's first line shaped as a headline that
// asks and answers: "Who will send soldiers to Ukraine? A nation-by-nation
// look" (a paragraph has its sentence end, a headline does not).
func questionHeadline(s string) bool {
	last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, "\"”’')»"))
	return strings.Contains(s, "? ") && !strings.ContainsRune(".!…:;,?", last) && wordCount(s, 30) <= 30
}

// wordCount counts the words of s, but stops at limit+1: the callers only
// ask whether a line is short, and paragraphs can be long.
func wordCount(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		var word bool
		if c := s[i]; c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '\'' || c == '-'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			word = isWordRune(r) || r == '’'
			i += size
		}
		if word && !inWord {
			if n++; n > limit {
				break
			}
		}
		inWord = word
	}
	return n
}

func hasWord(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// shortTitle makes a title from a first sentence: its first words, cut at a
// word boundary.
func shortTitle(s string) string {
	const maxRunes = 80
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= maxRunes {
		return s
	}
	cut := 0
	for i := range s {
		if utf8.RuneCountInString(s[:i]) > maxRunes {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
	}
	if cut == 0 {
		cut = len(s)
	}
	return strings.TrimRight(s[:cut], ",;:") + "…"
}
