package model

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"
)

// WriteJSON writes the corpus as the one JSON object of the output contract.
// Empty lists are written as [] rather than null. Elements are encoded one at
// a time, so that a big corpus is never held twice in memory as JSON.
func WriteJSON(w io.Writer, c *Corpus) error {
	bw := bufio.NewWriter(w)
	question, err := json.Marshal(c.Question)
	if err != nil {
		return err
	}
	fmt.Fprintf(bw, "{\n  \"question\": %s,\n", escapeInvisible(question))
	if err := writeJSONList(bw, "articles", c.Articles, false); err != nil {
		return err
	}
	if err := writeJSONList(bw, "actors", c.Actors, false); err != nil {
		return err
	}
	if err := writeJSONList(bw, "warnings", c.Warnings, true); err != nil {
		return err
	}
	bw.WriteString("}\n")
	return bw.Flush()
}

// writeJSONList writes `  "name": [ … ]` with two-space indentation, as
// json.Encoder with SetIndent("", "  ") would. Elements are encoded in
// windows, each spread over the CPUs and written in order, so that a big
// list costs neither one core's time nor all of its JSON in memory at once.
func writeJSONList[T any](w *bufio.Writer, name string, items []T, last bool) error {
	fmt.Fprintf(w, "  %q: [", name)
	const window = 512
	encoded := make([][]byte, window)
	errs := make([]error, window)
	for start := 0; start < len(items); start += window {
		batch := items[start:min(start+window, len(items))]
		encodeAll(batch, encoded, errs)
		for i := range batch {
			if errs[i] != nil {
				return errs[i]
			}
			if start+i > 0 {
				w.WriteByte(',')
			}
			w.WriteString("\n    ")
			w.Write(encoded[i])
		}
	}
	if len(items) > 0 {
		w.WriteString("\n  ")
	}
	w.WriteByte(']')
	if !last {
		w.WriteByte(',')
	}
	w.WriteByte('\n')
	return nil
}

// encodeAll marshals items into out (indented for a list element, escaped
// by escapeInvisible) on up to one goroutine per CPU.
func encodeAll[T any](items []T, out [][]byte, errs []error) {
	workers := min(runtime.GOMAXPROCS(0), len(items))
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(items); i += workers {
				out[i], errs[i] = json.MarshalIndent(items[i], "    ", "  ")
				out[i] = escapeInvisible(out[i])
			}
		}(w)
	}
	wg.Wait()
}

// escapeInvisible writes C1 controls and bidi overrides, which encoding/json
// leaves raw, as \u escapes: some terminals act on U+009B when JSON is
// printed with cat. They can only stand inside JSON strings, where the
// escape means the same character.
func escapeInvisible(b []byte) []byte {
	if !hasInvisible(b) {
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

// hasInvisible reports a rune escapeInvisible escapes. Those are all
// encoded with a lead byte of 0xC2, 0xD8 or 0xE2, so only runes that start
// with one are decoded.
func hasInvisible(b []byte) bool {
	for i, c := range b {
		if c == 0xC2 || c == 0xD8 || c == 0xE2 {
			if r, _ := utf8.DecodeRune(b[i:]); r >= 0x80 && unsafeRune(r) {
				return true
			}
		}
	}
	return false
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
