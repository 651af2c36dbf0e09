package loader

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"standpoint/model"
)

// Explanation says, for every sentence of one article, which frames were
// read and what became of them.
type Explanation struct {
	File      string
	Sentences []ExplainedSentence
}

// ExplainedSentence is one sentence's reading.
type ExplainedSentence struct {
	Start, End int
	Text       string
	Read       []ExplainedCue // the stances read, with their holders
	Dropped    []string       // frames seen and dropped, with why
	Skipped    string         // why the sentence's clauses were not read, if they were not
}

// ExplainedCue is one stance read in a sentence.
type ExplainedCue struct {
	Stance  model.Stance
	Why     model.Why
	Holders []string // each holder, with the route that made it one
}

// Explain loads the file at path and explains how each of its sentences
// was read.
func Explain(path string, opt Options) (*Explanation, error) {
	docs, warnings := collect([]string{path}, withFirstPass(readingStage(opt)))
	if len(docs) != 1 || docs[0].parsed == nil {
		if len(warnings) > 0 {
			return nil, errors.New(warnings[0])
		}
		if len(docs) > 1 {
			return nil, fmt.Errorf("%s: --explain takes one file, not a folder", path)
		}
		return nil, fmt.Errorf("%s: could not be read", path)
	}
	lex := opt.lexicon()
	people := buildPersonIndex(lex, docs[0].parsed.sightings)
	ex := &Explanation{File: docs[0].name}
	a := newAnalyzer(docs[0].parsed, lex, people, 0)
	a.explain = ex
	a.run()
	return ex, nil
}

// note adds to the explanation of the sentence being read, if one is kept.
func (a *analyzer) note(sentenceIndex int) *ExplainedSentence {
	if a.explain == nil {
		return nil
	}
	for len(a.explain.Sentences) <= sentenceIndex {
		sp := a.doc.structure.sentences[len(a.explain.Sentences)].Span
		a.explain.Sentences = append(a.explain.Sentences, ExplainedSentence{Start: sp.Start, End: sp.End, Text: a.doc.text[sp.Start:sp.End]})
	}
	return &a.explain.Sentences[sentenceIndex]
}

// WriteExplanation prints an explanation as plain text, one block a
// sentence, with article text cleaned for the terminal.
func WriteExplanation(w io.Writer, ex *Explanation) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", model.CleanLine(ex.File))
	for i, s := range ex.Sentences {
		fmt.Fprintf(&b, "\n[%d] %d-%d %s\n", i+1, s.Start, s.End, model.CleanLine(s.Text))
		for _, c := range s.Read {
			fmt.Fprintf(&b, "    %s  frame %q", c.Stance, c.Why.Frame)
			if len(c.Why.Steps) > 0 {
				fmt.Fprintf(&b, "; %s", strings.Join(c.Why.Steps, "; "))
			}
			if c.Why.Topic != "" {
				fmt.Fprintf(&b, "; topic: %s", model.CleanLine(c.Why.Topic))
			}
			b.WriteByte('\n')
			if len(c.Holders) == 0 {
				b.WriteString("      no holder found\n")
			}
			for _, h := range c.Holders {
				fmt.Fprintf(&b, "      holder %s\n", model.CleanLine(h))
			}
		}
		for _, d := range s.Dropped {
			fmt.Fprintf(&b, "    dropped %s\n", model.CleanLine(d))
		}
		if s.Skipped != "" {
			fmt.Fprintf(&b, "    %s\n", s.Skipped)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
