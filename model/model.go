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
	Question string `json:"question"` // the first question's text: the one Actor.Stance answers
	// Questions are the debates read, the first the default; with more than
	// one, each position names the one it answers.
	Questions []QuestionInfo `json:"questions"`
	Articles  []Article      `json:"articles"`
	Actors    []Actor        `json:"actors"`
	Warnings  []string       `json:"warnings"`
}

// Article is one loaded file. Text is what evidence offsets index and the
// reader shows: for a plain-text file its bytes as read (UTF-16 decoded);
// for Markdown the file's bytes with the markup blanked to spaces (same
// length, so offsets are the file's too); for HTML the extracted main text.
// For Markdown and HTML the JSON carries it as "text". It is untrusted and
// must pass through Clean before it reaches a terminal.
//
// A File that is not valid UTF-8 is given escaped (EscapeFileName) and its
// raw bytes are in FileBytes, which is otherwise empty and left out of the
// JSON.
type Article struct {
	File      string `json:"file"`
	FileBytes []byte `json:"file_bytes,omitempty"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Sentences int    `json:"sentences"`
	Format    Format `json:"format"`
	Outlet    string `json:"outlet"`    // who published it: the page's site name, the front matter's source, else Source
	Author    string `json:"author"`    // as the page or front matter names it
	Date      string `json:"date"`      // publication date, ISO 8601 ("2024-02-28"), or empty
	DateFrom  string `json:"date_from"` // front_matter, html_metadata, dateline or text; empty without a date
	Text      string `json:"-"`
	// Kept is where the loader found article text, as [start, end) byte
	// pairs into Text in order (a paragraph's sentences merged): the rest
	// is page furniture it left out (navigation, teasers, repeated
	// headlines, bylines), which the app dims. Nil when unknown.
	Kept []int32 `json:"-"`
	// Extracted is Text again when it is not the file's own bytes (Markdown,
	// HTML), so that the JSON carries what the offsets index.
	Extracted string `json:"text,omitempty"`
}

// Format is the kind of file an article was read from.
type Format string

const (
	PlainText Format = "text"
	Markdown  Format = "markdown"
	HTML      Format = "html"
)

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
	File      string     `json:"file"`
	FileBytes []byte     `json:"file_bytes,omitempty"` // as in Article
	Stance    Stance     `json:"stance"`
	Date      string     `json:"date"`               // the article's date, ISO 8601, or empty
	Outlet    string     `json:"outlet"`             // the article's outlet, or empty
	Question  string     `json:"question,omitempty"` // the QuestionInfo.ID it answers, when several were read
	Evidence  []Evidence `json:"evidence"`
}

// Evidence is one sentence (or clause run) of an article: Text is exactly the
// article's bytes [Start:End].
type Evidence struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Stance Stance `json:"stance"`
	Quoted bool   `json:"quoted"`
	// Why says how the stance was read; nil for a sentence that only names
	// the actor.
	Why *Why `json:"why,omitempty"`
}

// Why explains one piece of evidence: the frame that matched, how its
// holder was found, the steps that composed its polarity, and what ties it
// to the question's proposal.
type Why struct {
	Frame  string   `json:"frame"`
	Holder string   `json:"holder"`
	Steps  []string `json:"steps"`
	Topic  string   `json:"topic"`
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
