// Package model holds Standpoint's domain data: articles, actors and their
// positions on one question, with the evidence for each. It is plain data with
// a little logic, and imports neither the loader nor any UI package.
package model

// Question is the question the shipped lexicons answer.
const Question = "Should foreign (NATO, European, US) ground troops be deployed to Ukraine?"

// Kind says what sort of entity an actor is.
type Kind string

const (
	Person       Kind = "person"
	Government   Kind = "government"
	Organisation Kind = "organisation"
	Group        Kind = "group"
)

// Corpus is everything loaded: the JSON output is exactly this value.
type Corpus struct {
	Question string    `json:"question"`
	Articles []Article `json:"articles"`
	Actors   []Actor   `json:"actors"`
	Warnings []string  `json:"warnings"`
}

// Article is one loaded file. Text holds the file's bytes as read (after
// decoding UTF-16 when the file had a UTF-16 byte-order mark), so evidence
// offsets index it directly; it is untrusted and must pass through Clean
// before it reaches a terminal.
type Article struct {
	File      string `json:"file"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Sentences int    `json:"sentences"`
	Text      string `json:"-"`
	// Kept is where the loader found article text, as [start, end) byte
	// pairs into Text in order (a paragraph's sentences merged): the rest
	// is page furniture it left out (navigation, teasers, repeated
	// headlines, bylines), which the app dims. Nil when unknown.
	Kept []int32 `json:"-"`
}

// Actor is one real entity across the whole corpus.
type Actor struct {
	ID        string     `json:"id"`
	Name      string     `json:"name"`
	Kind      Kind       `json:"kind"`
	Role      string     `json:"role"`
	Aliases   []string   `json:"aliases"`
	Stance    Stance     `json:"stance"`
	Positions []Position `json:"positions"`
}

// Position is an actor's stance in one article, with the sentences behind it.
type Position struct {
	File     string     `json:"file"`
	Stance   Stance     `json:"stance"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence is one sentence (or clause run) of an article: Text is exactly the
// article's bytes [Start:End].
type Evidence struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Stance Stance `json:"stance"`
	Quoted bool   `json:"quoted"`
}

// PositionIn returns the actor's position in the given file, if any.
func (a *Actor) PositionIn(file string) (Position, bool) {
	for _, p := range a.Positions {
		if p.File == file {
			return p, true
		}
	}
	return Position{}, false
}

// KeyEvidence returns the sentence that best shows the actor's overall
// stance, with its file: the first evidence of the first position that
// holds that stance (for mixed, any stance but none; for none, the first
// sentence naming the actor).
func (a *Actor) KeyEvidence() (Evidence, string, bool) {
	for _, p := range a.Positions {
		if p.Stance != a.Stance && !(a.Stance == Mixed && p.Stance != None) {
			continue
		}
		for _, e := range p.Evidence {
			if e.Stance == p.Stance {
				return e, p.File, true
			}
		}
	}
	return Evidence{}, "", false
}
