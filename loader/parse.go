package loader

import (
	"math"
	"strings"

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
}

// parse runs the first pass over one document: layout, sentences, tokens
// with quote flags, and the people it names in full.
func parse(doc document, lex *lexicon, known *personIndex) *parsedDoc {
	text := doc.text
	p := &parsedDoc{name: doc.name, text: text, structure: readStructure(text, lex)}
	sc := getScratch(lex, known, true)
	defer scratchPool.Put(sc)
	f := &sc.finder
	for _, s := range p.structure.sentences {
		body := text[s.start:s.end]
		if !lex.personCues.anyIn(body) {
			continue // no title, reporting verb or known name: no one to sight
		}
		sc.tokens = appendTokens(sc.tokens[:0], body, s.start, lex.wordTable)
		f.tokens = sc.tokens
		for _, m := range f.find() {
			if m.kind == personMention {
				p.sightings = append(p.sightings, personSighting{name: m.name, role: m.role, nation: m.nation})
			}
		}
	}
	return p
}

// eachSentence tokenises the sentences in order, marking the tokens inside
// direct quotes (a quote may go on over several sentences of a paragraph).
func (p *parsedDoc) eachSentence(lex *lexicon, buf *[]token, fn func(i int, tokens []token)) {
	inQuote, paragraph := false, -1
	for i, s := range p.structure.sentences {
		if s.paragraph != paragraph {
			inQuote, paragraph = false, s.paragraph
		}
		// fn must not keep the tokens: the next sentence reuses them.
		tokens := appendTokens((*buf)[:0], p.text[s.start:s.end], s.start, lex.wordTable)
		*buf = tokens
		for i := range tokens {
			switch tokens[i].text {
			case "“", "«":
				inQuote = true
			case "”", "»":
				tokens[i].quoted = true
				inQuote = false
				continue
			case "\"":
				inQuote = !inQuote
				if !inQuote {
					tokens[i].quoted = true
					continue
				}
			}
			tokens[i].quoted = inQuote
		}
		fn(i, tokens)
	}
}

// article is the model's view of a parsed document.
func (p *parsedDoc) article() model.Article {
	return model.Article{
		File:      p.name,
		Title:     p.structure.title,
		Source:    p.structure.source,
		Sentences: len(p.structure.sentences),
		Text:      p.text,
		Kept:      keptRanges(p.text, p.structure.sentences),
	}
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
		if n := len(out); n > 0 && int(out[n-1]) <= s.start && strings.TrimLeft(text[out[n-1]:s.start], " \t") == "" {
			out[n-1] = int32(s.end)
			continue
		}
		out = append(out, int32(s.start), int32(s.end))
	}
	return out
}
