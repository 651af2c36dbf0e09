package model

import (
	"fmt"
	"strings"
)

// Citation is one sentence with what a reader needs to find it again: who
// holds which stance in it, and the article's source, title, file and byte
// range. Every string is cleaned for display.
type Citation struct {
	Actor  string
	Stance Stance
	Text   string
	Source string
	Title  string
	File   string
	Start  int
	End    int
}

// Cite builds the citation of evidence e of an actor in article art.
func Cite(actor *Actor, e Evidence, art *Article) Citation {
	c := Citation{Actor: CleanLine(actor.Name), Stance: e.Stance, Text: CleanLine(e.Text), Start: e.Start, End: e.End}
	if art != nil {
		c.Source, c.Title, c.File = CleanLine(art.Source), CleanLine(art.Title), CleanLine(art.File)
	}
	return c
}

// Where is the citation without the quote: "Le Monde, “Title”, file.txt,
// bytes 10-80".
func (c Citation) Where() string {
	var parts []string
	if c.Source != "" {
		parts = append(parts, c.Source)
	}
	if c.Title != "" {
		parts = append(parts, "“"+c.Title+"”")
	}
	parts = append(parts, c.File, fmt.Sprintf("bytes %d-%d", c.Start, c.End))
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
