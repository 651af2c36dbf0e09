package loader

import "standpoint/model"

// Round-ups and explainers go country by country under a label that names
// it ("GERMANY", "Italy", "UNITED KINGDOM and FRANCE"), then quote its
// leaders without naming the country again. The label opens a section: its
// countries are named in the article, and stand, as a paragraph's lead-in
// does (leadins.go), for the holders of cues that name no government.

// readLabelsBefore reads the section labels that stand before the text
// offset at.
func (a *analyzer) readLabelsBefore(at int) {
	labels := a.doc.structure.labels
	for a.labelsRead < len(labels) && labels[a.labelsRead].Start < at {
		sp := labels[a.labelsRead]
		a.labelsRead++
		// Its own buffer: the sentence's tokens may share a.tokens'.
		tokens := appendTokens(nil, a.doc.text[sp.Start:sp.End], sp.Start, a.lex.wordTable)
		a.finder.tokens, a.finder.masthead = tokens, false
		mentions := a.finder.find()
		for _, m := range mentions {
			m.actor = a.resolve(m)
		}
		a.section = a.sectionOf(tokens, mentions)
		for _, r := range a.section {
			// The label names its countries: they are the article's actors,
			// with the label as the line that names them until a sentence does.
			if s := a.sightingOf(r); s.mention.End == 0 {
				s.mention = model.Evidence{Text: a.doc.text[sp.Start:sp.End], Start: sp.Start, End: sp.End, Stance: model.None}
			}
		}
	}
}

// sectionOf is the governments and organisations a label names when it
// names nothing else, marked as named by the article; nil otherwise.
func (a *analyzer) sectionOf(tokens []token, mentions []*mention) []*actorRef {
	var out []*actorRef
	for k := 0; k < len(tokens); {
		t := &tokens[k]
		if !t.word || t.fold == "and" || t.fold == "the" && mentionStarting(mentions, k) == nil { // "The Netherlands" may start with its article
			k++
			continue
		}
		m := mentionStarting(mentions, k)
		if m == nil || m.actor == nil || m.entry == nil || m.kind != entityMention || m.entry.kind == model.Group {
			return nil
		}
		out = append(out, m.actor)
		k = m.last + 1
	}
	for _, r := range out {
		a.markNamed(r.entry)
	}
	return out
}
