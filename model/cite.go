package model

import (
	"cmp"
	"fmt"
	"strings"
)

// Citation is one sentence with what a reader needs to find it again: who
// holds which stance in it, and the article's source (its outlet when
// known), date, title, file and byte range. Every string is cleaned for
// display.
type Citation struct {
	Actor  string
	Stance Stance
	Text   string
	Source string
	Date   string // ISO 8601, or empty
	Title  string
	File   string
	Start  int
	End    int
	// InText: the range is of the text extracted from the file (HTML), not
	// of the file's own bytes.
	InText bool
}

// Cite builds the citation of evidence e of an actor in article art.
func Cite(actor *Actor, e Evidence, art *Article) Citation {
	c := Citation{Actor: CleanLine(actor.Name), Stance: e.Stance, Text: CleanQuote(e.Text), Start: e.Start, End: e.End}
	if art != nil {
		c.Source, c.Title, c.File = CleanLine(cmp.Or(art.Outlet, art.Source)), CleanLine(art.Title), CleanLine(art.File)
		c.Date, c.InText = CleanLine(art.Date), art.Format == HTML
	}
	return c
}

// Where is the citation without the quote: "Le Monde, 2024-02-28,
// “Title”, file.txt, bytes 10-80".
func (c Citation) Where() string {
	var parts []string
	if c.Source != "" {
		parts = append(parts, c.Source)
	}
	if c.Date != "" {
		parts = append(parts, c.Date)
	}
	if c.Title != "" {
		parts = append(parts, "“"+c.Title+"”")
	}
	parts = append(parts, c.File, c.Range())
	return strings.Join(parts, ", ")
}

// String is the quote with its citation, one line:
// “…” (Name, rules out) — Le Monde, “Title”, file.txt, bytes 10-80.
func (c Citation) String() string {
	who := c.Actor
	if c.Stance != "" {
		who += ", " + c.Stance.Words()
	}
	return fmt.Sprintf("“%s” (%s) — %s", c.Text, who, c.Where())
}

// Range is "bytes 10-80", or "bytes 10-80 of its text" when they count
// in the text extracted from the file rather than in the file.
func (c Citation) Range() string {
	r := fmt.Sprintf("bytes %d-%d", c.Start, c.End)
	if c.InText {
		r += " of its text"
	}
	return r
}
