package loader

import (
	"cmp"
	"math"
	"strings"
	"unicode/utf8"

	"standpoint/loader/quotes"
	"standpoint/model"
)

// parsedDoc is a document after the first pass: its structure and the
// people it names in full. Tokens are not kept between the passes: making
// them again costs less than holding every article's tokens in memory.
type parsedDoc struct {
	name      string
	text      string
	structure structure
	sightings []personSighting
	meta      meta
}

// parse runs the first pass over one document: layout, sentences, tokens
// with quote flags, and the people it names in full.
func parse(doc document, lex *lexicon, known *personIndex) *parsedDoc {
	text := doc.text
	p := &parsedDoc{name: doc.name, text: text, structure: readStructure(text, lex), meta: doc.meta}
	if p.meta.outlet == "" && p.structure.source == "" {
		p.meta.outlet = cmp.Or(urlOutlet(p.meta.url), urlOutlet(text))
	}
	sc := getScratch(lex, known, true)
	defer scratchPool.Put(sc)
	f := &sc.finder
	for _, s := range p.structure.sentences {
		body := text[s.Start:s.End]
		if !lex.personCues.anyIn(body) {
			continue // no title, reporting verb or known name: no one to sight
		}
		sc.tokens = appendTokens(sc.tokens[:0], body, s.Start, lex.wordTable)
		f.tokens = sc.tokens
		for _, m := range f.find() {
			if m.kind == personMention {
				p.addSighting(personSighting{name: m.name, role: m.role, nation: m.nation, count: 1})
			}
		}
	}
	return p
}

// addSighting records a sighting, counting it on the last one when it is
// the same: a file that names one person 640,000 times keeps one entry.
// The person index weighs the count as that many sightings in a row.
func (p *parsedDoc) addSighting(s personSighting) {
	if n := len(p.sightings); n > 0 {
		if last := &p.sightings[n-1]; last.name == s.name && last.role == s.role && last.nation == s.nation {
			last.count += s.count
			return
		}
	}
	p.sightings = append(p.sightings, s)
}

// eachSentence tokenises the sentences in order, marking the tokens inside
// direct quotes (a quote may go on over several sentences of a paragraph).
func (p *parsedDoc) eachSentence(lex *lexicon, buf *[]token, fn func(i int, tokens []token)) {
	var tracker quotes.Tracker
	paragraph := int32(-1)
	for i, s := range p.structure.sentences {
		if s.paragraph != paragraph {
			tracker.Reset()
			paragraph = s.paragraph
		}
		// fn must not keep the tokens: the next sentence reuses them.
		tokens := appendTokens((*buf)[:0], p.text[s.Start:s.End], s.Start, lex.wordTable)
		*buf = tokens
		p.markQuotes(tokens, &tracker)
		fn(i, tokens)
	}
}

// markQuotes marks the tokens inside direct quotes, the tracker carrying
// the quotes open from the tokens before.
func (p *parsedDoc) markQuotes(tokens []token, tracker *quotes.Tracker) {
	for i := range tokens {
		t := &tokens[i]
		var role quotes.Role
		var id int
		if t.word {
			role, id = tracker.Next("", 0, 0) // a word only stands inside or outside
		} else {
			role, id = tracker.Next(t.text, p.runeBefore(t.start), p.runeAt(t.end))
		}
		t.quoted = role != quotes.Outside
		t.quote = int16(min(id, 1<<15-1))
		switch role {
		case quotes.Open:
			t.quoteMark = quoteOpening
		case quotes.Close:
			t.quoteMark = quoteClosing
		}
	}
}

// runeBefore and runeAt are the characters around a token, 0 at the ends.
func (p *parsedDoc) runeBefore(at int) rune {
	if at <= 0 {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(p.text[:at])
	return r
}

func (p *parsedDoc) runeAt(at int) rune {
	if at >= len(p.text) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(p.text[at:])
	return r
}

// siteSource is the outlet a web page names itself by (its title's site,
// its masthead, its site_name), as its source when its text names none; a
// plain-text file's outlet read from a URL is no naming of its own.
func (p *parsedDoc) siteSource() string {
	if p.meta.format == model.HTML {
		return p.meta.outlet
	}
	return ""
}

// source is the article's source: what its layout marks as such, but a
// page's own site name before an outlet its text only mentions ("he told
// Sky News" on a page of The Harbourside Herald).
func (p *parsedDoc) source() string {
	if site := p.siteSource(); site != "" && p.structure.sourceRank <= rankAccordingTo {
		return site
	}
	return cmp.Or(p.structure.source, p.siteSource())
}

// article is the model's view of a parsed document. What the file states
// (a page's metadata, a front matter) comes before what its layout shows.
func (p *parsedDoc) article() model.Article {
	a := model.Article{
		File:      p.name,
		Title:     cmp.Or(p.meta.title, p.structure.title),
		Source:    p.source(),
		Sentences: len(p.structure.sentences),
		Format:    cmp.Or(p.meta.format, model.PlainText),
		Outlet:    cmp.Or(p.meta.outlet, p.structure.source),
		Author:    p.meta.author,
		Date:      p.meta.date.ISO,
		DateFrom:  p.meta.date.From,
		Text:      p.text,
		Kept:      keptRanges(p.text, p.structure.sentences),
	}
	if a.Format != model.PlainText {
		a.Extracted = p.text // the offsets index this, not the file's bytes
	}
	return a
}

// keptRanges merges the sentences' spans into the runs of article text
// they cover: sentences separated only by spaces join, so that a paragraph
// is one range.
func keptRanges(text string, sentences []sentence) []int32 {
	if len(text) > math.MaxInt32 {
		return nil // unknown: nothing is dimmed
	}
	var out []int32
	for _, s := range sentences {
		if n := len(out); n > 0 && int(out[n-1]) <= s.Start && strings.TrimLeft(text[out[n-1]:s.Start], " \t") == "" {
			out[n-1] = int32(s.End)
			continue
		}
		out = append(out, int32(s.Start), int32(s.End))
	}
	return out
}
