package loader

import (
	"strings"

	"standpoint/loader/quotes"
	"standpoint/loader/segment"

	"standpoint/model"
)

// Interviews and transcripts give each paragraph a speaker label:
// "Ozolins: We cannot send them." A label is a few capitalised words
// (maxLabelWords) and a colon opening the paragraph. A label naming a person makes them the
// speaker of that paragraph. A headline's "Vance: US troops will not …"
// is not a turn: the headline is a summary, not the interview.

const maxLabelWords = 6 // "Danish Defence Minister Lars Berg: Denmark has no plan to send"

// readTurn looks at the first sentence of a paragraph for a speaker label;
// in an interview without labels, a paragraph after a question is the
// interviewee's answer.
func (a *analyzer) readTurn(i int, tokens []token, mentions []*mention, heading bool) {
	a.turn = nil
	if heading {
		a.labelTurn = nil
		return
	}
	colon := -1
	defer func() {
		// An unlabelled answer, or one labelled "A:"; "Q:" and a name the
		// article does not know are someone else's turn.
		answer := colon <= 0 || colon == 1 && (tokens[0].fold == "a" || tokens[0].fold == "answer")
		if a.turn == nil && a.interview != nil && answer {
			a.turn = a.interview.answerer(a.paragraphNow)
		}
		switch {
		case colon > 0:
			a.labelTurn = a.turn // "MODERATOR:", "QUESTION (…):" end the last speaker's turn
		case a.turn == nil && a.labelTurn != nil && speaksAsSelf(a.paragraphTokens(i)):
			a.turn = a.labelTurn // the labelled turn goes on over its next paragraph
		default:
			a.labelTurn = nil
		}
	}()
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

// speaksAsSelf reports tokens in the first person outside any quote: a
// transcript's paragraph that goes on with the labelled speaker's turn
// ("PRIME MINISTER BERG: Thank you." then "Our government has not
// decided."), as narration does not.
func speaksAsSelf(tokens []token) bool {
	for i := range tokens {
		if t := &tokens[i]; t.word && !t.quoted && firstPersonWords[t.fold] {
			return true
		}
	}
	return false
}

// paragraphTokens are the tokens of the paragraph that sentence i opens,
// with its quotes marked as the analysis marks them.
func (a *analyzer) paragraphTokens(i int) []token {
	s := a.doc.structure.sentences
	j := i
	for j+1 < len(s) && s[j+1].paragraph == s[i].paragraph {
		j++
	}
	tokens := appendTokens(nil, a.doc.text[s[i].Start:s[j].End], s[i].Start, a.lex.wordTable)
	var tracker quotes.Tracker
	a.doc.markQuotes(tokens, &tracker)
	return tokens
}

var firstPersonWords = map[string]bool{"i": true, "we": true, "our": true, "us": true, "my": true, "me": true}

// turnSpeaker is who speaks in an interview's sentence outside any quote.
func (a *analyzer) turnSpeaker(t *token) *actorRef {
	if t.quote != 0 {
		return nil
	}
	return a.turn
}

// unlabelled is what an interview without speaker labels needs: which
// paragraphs are the interviewer's questions, and who answers. Such an
// interview says it is one ("Q&A with", "in an interview") and has at
// least minQuestions short lines that end with "?" (the layout pass drops
// the shortest, "And Spain?", from the sentences; they are read here in
// the text between paragraphs).
type unlabelled struct {
	questions map[int32]bool // paragraphs that are questions
	answers   int32          // the first paragraph after a question: what comes before it is the introduction
	cued      map[int32]bool // the title's and introduction's paragraphs that say it is an interview
	who       *actorRef      // the interviewee, once named
}

const (
	minQuestions     = 3
	maxQuestionBytes = 240 // "You have been sceptical about the force. Why?"
	interviewLead    = 3   // paragraphs, after the title, that may say it is an interview
)

// readInterview finds the question paragraphs of an unlabelled interview,
// or returns nil.
func readInterview(doc *parsedDoc) *unlabelled {
	if strings.Count(doc.text, "?") < minQuestions {
		return nil // most articles, at the cost of one byte search
	}
	sentences := doc.structure.sentences
	u := unlabelled{cued: map[int32]bool{}, questions: map[int32]bool{}, answers: -1}
	n, first, prevEnd, afterQuestion := 0, int32(-1), 0, false
	for i := 0; i < len(sentences); {
		p := sentences[i].paragraph
		j := i
		for j < len(sentences) && sentences[j].paragraph == p {
			j++
		}
		start, end := sentences[i].Start, sentences[j-1].End
		if start > prevEnd {
			if q := questionLines(doc.text[prevEnd:start]); q > 0 {
				n += q
				afterQuestion = true
			}
		}
		prevEnd = end
		text := strings.TrimRight(doc.text[start:end], " \"”’»")
		switch {
		case strings.HasSuffix(text, "?") && end-start <= maxQuestionBytes && p > 0:
			u.questions[p] = true
			n++
			afterQuestion = true
		case afterQuestion:
			if u.answers < 0 {
				u.answers = p
			}
			afterQuestion = false
		case first < 0 || p-first <= interviewLead:
			if first < 0 {
				first = p
			}
			if u.answers < 0 && interviewWords(model.Fold(doc.text[start:end])) {
				u.cued[p] = true
			}
		}
		i = j
	}
	if len(u.cued) == 0 || n < minQuestions || u.answers < 0 {
		return nil
	}
	return &u
}

// questionLines counts the lines of text that are short questions.
func questionLines(text string) int {
	n := 0
	for ln := range segment.Lines(text) {
		if strings.HasSuffix(strings.TrimRight(ln.Text, " \"”’»"), "?") && len(ln.Text) <= maxQuestionBytes {
			n++
		}
	}
	return n
}

// interviewWords reports words that say a text is an interview.
func interviewWords(fold string) bool {
	for _, w := range interviewCues {
		if strings.Contains(fold, w) {
			return true
		}
	}
	return false
}

var interviewCues = lexiconLines("interview_cues.txt")

// answerer is who answers in paragraph p: the interviewee, in a paragraph
// after the first question that is not a question itself.
func (u *unlabelled) answerer(p int32) *actorRef {
	if p < u.answers || u.questions[p] {
		return nil
	}
	return u.who
}

// noteInterviewee keeps, as the one who answers, the first person named
// in a paragraph of the title or the introduction that says it is an
// interview ("Q&A with Ilse Berg", "Ilse Berg is a researcher. We asked
// her").
func (a *analyzer) noteInterviewee(p int32, mentions []*mention) {
	u := a.interview
	if u == nil || u.who != nil || p >= u.answers || !u.cued[p] {
		return
	}
	var first *actorRef
	for _, m := range mentions {
		if m.kind != personMention || m.actor == nil || m.actor.key == "" {
			continue
		}
		if first == nil {
			first = m.actor
		}
		// The one introduced ("Ilse Berg is a researcher", "Ilse Berg, a
		// defence analyst,") or interviewed ("spoke to Ilse Berg", "Ilse
		// Berg sat down with us") over others the introduction names.
		before, next := a.foldAt(m.first-1), m.last+1
		if a.foldAt(next) == "(" {
			for j := next + 1; j < next+6 && j < len(a.finder.tokens); j++ {
				if a.foldAt(j) == ")" {
					next = j + 1 // "Theo Francken (N-VA) sat down with": over the party
					break
				}
			}
		}
		after := a.foldAt(next)
		if after == "is" || after == "," || after == "sat" || after == "spoke" || after == "talked" || before == "with" || before == "to" || before == "asked" {
			u.who = m.actor
			return
		}
	}
	if p == 0 { // cued, as the return above made sure
		u.who = first // the title's person: "Q&A with Ilse Berg"
	}
}

// foldAt is the folded token k of the sentence read, or "".
func (a *analyzer) foldAt(k int) string {
	if k < 0 || k >= len(a.finder.tokens) {
		return ""
	}
	return a.finder.tokens[k].fold
}
