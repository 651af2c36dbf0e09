package loader

import (
	"standpoint/model"
)

// parsedDoc is a document after the first pass: its structure and the
// tokens of every sentence, reused by the second pass.
type parsedDoc struct {
	name      string
	text      string
	structure structure
	tokens    [][]token // per sentence
	sightings []personSighting
}

// parse runs the first pass over one document: layout, sentences, tokens
// with quote flags, and the people it names in full.
func parse(doc document, lex *lexicon, known *personIndex) *parsedDoc {
	text := string(doc.data)
	p := &parsedDoc{name: doc.name, text: text, structure: readStructure(text, lex)}
	inQuote, paragraph := false, -1
	for _, s := range p.structure.sentences {
		if s.paragraph != paragraph {
			inQuote, paragraph = false, s.paragraph
		}
		tokens := tokenize(text[s.start:s.end], s.start)
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
		p.tokens = append(p.tokens, tokens)
		f := finder{lex: lex, people: known, tokens: tokens}
		for _, m := range f.find() {
			if m.kind == personMention {
				p.sightings = append(p.sightings, personSighting{name: m.name, role: m.role, nation: m.nation})
			}
		}
	}
	return p
}

// article is the model's view of a parsed document.
func (p *parsedDoc) article() model.Article {
	return model.Article{
		File:      p.name,
		Title:     p.structure.title,
		Source:    p.structure.source,
		Sentences: len(p.structure.sentences),
		Text:      p.text,
	}
}
