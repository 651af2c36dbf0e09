package loader

import (
	"strings"

	"standpoint/model"
)

// Interviews and transcripts give each paragraph a speaker label:
// "Ozolins: We cannot send them." A label is a few capitalised words
// (maxLabelWords) and a colon opening the paragraph. A label naming a person makes them the
// speaker of that paragraph. A headline's "Vance: US troops will not …"
// is not a turn: the headline is a summary, not the interview.

const maxLabelWords = 6 // "Danish Defence Minister Lars Berg: Denmark has no plan to send"

// readTurn looks at the first sentence of a paragraph for a speaker label.
func (a *analyzer) readTurn(tokens []token, mentions []*mention, heading bool) {
	a.turn = nil
	if heading {
		return
	}
	colon := -1
	for k := 0; k < len(tokens) && k <= maxLabelWords; k++ {
		t := &tokens[k]
		if t.fold == ":" {
			colon = k
			break
		}
		if !t.word || !t.cap {
			return // no label
		}
	}
	if colon <= 0 {
		return
	}
	for _, m := range mentions {
		if m.first == 0 && m.last == colon-1 && m.actor != nil && m.actor.person != nil && m.kind != pronounMention {
			a.turn = m.actor
		}
	}
	if a.turn == nil {
		// Transcripts write the label in capitals: "HOLUB:" is the Holub
		// the article introduced.
		label := ""
		for k := 0; k < colon; k++ {
			label += " " + tokens[k].fold
		}
		label = strings.TrimSpace(label)
		for k := len(a.recent) - 1; k >= 0; k-- {
			if p := a.recent[k].person; p != nil && a.recent[k].key != "" && (model.Fold(p.name) == label || strings.HasSuffix(model.Fold(p.name), " "+label)) {
				a.turn = a.recent[k]
				break
			}
		}
	}
}

// turnSpeaker is who speaks in an interview's sentence outside any quote.
func (a *analyzer) turnSpeaker(t *token) *actorRef {
	if t.quote != 0 {
		return nil
	}
	return a.turn
}
