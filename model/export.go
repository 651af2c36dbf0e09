package model

import (
	"bufio"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// WriteJSON writes the corpus as the one JSON object of the output contract,
// indented as json.Encoder with SetIndent("", "  ") would. Empty lists are
// written as [] rather than null. Elements are encoded a window at a time,
// so that a big corpus is never held twice in memory as JSON.
func WriteJSON(w io.Writer, c *Corpus) error {
	bw := bufio.NewWriter(w)
	bw.WriteString("{\n  \"question\": ")
	bw.Write(appendJSONString(nil, c.Question))
	bw.WriteString(",\n")
	breakdowns := Breakdowns(c)
	writeJSONList(bw, "articles", c.Articles, func(b []byte, _ int, a *Article) []byte { return appendArticleJSON(b, a) }, false)
	writeJSONList(bw, "actors", c.Actors, func(b []byte, i int, a *Actor) []byte { return appendActorJSON(b, a, &breakdowns[i]) }, false)
	writeJSONList(bw, "warnings", c.Warnings, func(b []byte, _ int, s *string) []byte { return appendJSONString(b, *s) }, true)
	bw.WriteString("}\n")
	return bw.Flush()
}

// writeJSONList writes `  "name": [ … ]`. Elements are encoded in windows,
// each spread over the CPUs and written in order, so that a big list costs
// neither one core's time nor all of its JSON in memory at once.
func writeJSONList[T any](w *bufio.Writer, name string, items []T, appendItem func([]byte, int, *T) []byte, last bool) {
	w.WriteString("  ")
	w.Write(appendJSONString(nil, name))
	w.WriteString(": [")
	const window = 256
	encoded := make([][]byte, window)
	for start := 0; start < len(items); start += window {
		batch := items[start:min(start+window, len(items))]
		encodeAll(batch, start, encoded, appendItem)
		for i := range batch {
			if start+i > 0 {
				w.WriteByte(',')
			}
			w.WriteString("\n    ")
			w.Write(encoded[i])
			if cap(encoded[i]) > 1<<20 {
				encoded[i] = nil // a big actor's buffer is not kept for the next window
			}
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
}

// encodeAll encodes items into out on up to one goroutine per CPU, reusing
// out's buffers from the window before; items[0] is element first of the list.
func encodeAll[T any](items []T, first int, out [][]byte, appendItem func([]byte, int, *T) []byte) {
	workers := min(runtime.GOMAXPROCS(0), len(items))
	var wg sync.WaitGroup
	var next atomic.Int64 // items taken in turn: one big actor does not hold up the rest
	for range workers {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < len(items); i = int(next.Add(1)) - 1 {
				out[i] = appendItem(out[i][:0], first+i, &items[i])
			}
		})
	}
	wg.Wait()
}

// WritePlain writes a readable matrix: actors grouped by where they lean,
// in the app's order, heaviest evidence first, each with its breakdown and
// one sentence that backs its lean. All file text passes through Clean.
func WritePlain(w io.Writer, c *Corpus) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", c.Question)
	fmt.Fprintf(&b, "%s, %s\n", Plural(len(c.Articles), "article"), Plural(len(c.Actors), "actor"))
	breakdowns := Breakdowns(c)
	for _, g := range LeanGroups(c.Actors, breakdowns) {
		fmt.Fprintf(&b, "\n== %s (%d)\n", g.Lean.GroupLabel(), len(g.Actors))
		for _, i := range g.Actors {
			a, bd := &c.Actors[i], &breakdowns[i]
			fmt.Fprintf(&b, "- %s [%s]", CleanLine(a.Name), a.Kind)
			if a.Role != "" {
				fmt.Fprintf(&b, ", %s", CleanLine(a.Role))
			}
			fmt.Fprintf(&b, ": %s\n", bd.Summary())
			if bd.Change != nil {
				fmt.Fprintf(&b, "    changed: %s, then %s from %s on\n", bd.Change.From.Words(), bd.Change.To.Words(), CleanLine(bd.Change.File))
			}
			if e, file, ok := a.EvidenceFor(bd.Lean); ok {
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
