package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// WriteJSON writes the corpus as the one JSON object of the output contract.
// Empty lists are written as [] rather than null.
func WriteJSON(w io.Writer, c *Corpus) error {
	out := *c
	if out.Articles == nil {
		out.Articles = []Article{}
	}
	if out.Actors == nil {
		out.Actors = []Actor{}
	}
	if out.Warnings == nil {
		out.Warnings = []string{}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(escapeInvisible(buf.Bytes()))
	return err
}

// escapeInvisible writes C1 controls and bidi overrides, which encoding/json
// leaves raw, as \u escapes: some terminals act on U+009B when JSON is
// printed with cat. They can only stand inside JSON strings, where the
// escape means the same character.
func escapeInvisible(b []byte) []byte {
	if !bytes.ContainsFunc(b, func(r rune) bool { return r >= 0x80 && unsafeRune(r) }) {
		return b
	}
	var out bytes.Buffer
	for _, r := range string(b) {
		if r >= 0x80 && unsafeRune(r) {
			fmt.Fprintf(&out, "\\u%04x", r)
		} else {
			out.WriteRune(r)
		}
	}
	return out.Bytes()
}

// WritePlain writes a readable matrix: actors grouped by overall stance, each
// with its strongest evidence sentence. All file text passes through Clean.
func WritePlain(w io.Writer, c *Corpus) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", c.Question)
	fmt.Fprintf(&b, "%d articles, %d actors\n", len(c.Articles), len(c.Actors))
	for _, stance := range append([]Stance{Mixed}, Stances...) {
		var group []*Actor
		for i := range c.Actors {
			if c.Actors[i].Stance == stance {
				group = append(group, &c.Actors[i])
			}
		}
		if len(group) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n== %s (%d)\n", stance.Label(), len(group))
		for _, a := range group {
			fmt.Fprintf(&b, "- %s [%s]", CleanLine(a.Name), a.Kind)
			if a.Role != "" {
				fmt.Fprintf(&b, ", %s", CleanLine(a.Role))
			}
			fmt.Fprintf(&b, ": %s\n", positionSummary(a))
			if e, file, ok := a.KeyEvidence(); ok {
				fmt.Fprintf(&b, "    %s: “%s”\n", CleanLine(file), CleanLine(e.Text))
			}
		}
	}
	for _, warning := range c.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", CleanLine(warning))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// positionSummary counts the articles behind each stance, "rules_out in 3 of 4 articles".
func positionSummary(a *Actor) string {
	counts := map[Stance]int{}
	for _, p := range a.Positions {
		counts[p.Stance]++
	}
	var parts []string
	for _, s := range Stances {
		if counts[s] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", s, counts[s]))
		}
	}
	return fmt.Sprintf("%s (%s of %d articles)", a.Stance, strings.Join(parts, ", "), len(a.Positions))
}
