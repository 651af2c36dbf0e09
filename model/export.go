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
	writeJSONList(bw, "questions", c.Questions, func(b []byte, _ int, q *QuestionInfo) []byte { return appendQuestionJSON(b, q, 0) }, nil, false)
	writeJSONList(bw, "articles", c.Articles, func(b []byte, _ int, a *Article) []byte { return appendArticleJSON(b, a) }, nil, false)
	writeJSONList(bw, "actors", c.Actors, func(b []byte, i int, a *Actor) []byte {
		if evidenceCount(a) >= streamedEvidence {
			return nil // written by writeActorJSON, in order
		}
		if n := actorJSONSize(a); cap(b) < n {
			b = make([]byte, 0, n)
		}
		return appendActorJSON(b, a, &breakdowns[i])
	}, func(w *bufio.Writer, i int, a *Actor, b []byte) ([]byte, bool) {
		if evidenceCount(a) < streamedEvidence {
			return b, false
		}
		return writeActorJSON(w, a, &breakdowns[i], b), true
	}, false)
	writeJSONList(bw, "warnings", c.Warnings, func(b []byte, _ int, s *string) []byte { return appendJSONString(b, *s) }, nil, true)
	bw.WriteString("}\n")
	return bw.Flush()
}

// writeJSONList writes `  "name": [ … ]`. Elements are encoded in windows,
// each spread over the CPUs and written in order, so that a big list costs
// neither one core's time nor all of its JSON in memory at once. stream,
// when set, writes an element itself (one too big to encode whole) and
// says so; appendItem then gave nothing for it. Both are given the
// element's index in items.
func writeJSONList[T any](w *bufio.Writer, name string, items []T, appendItem func([]byte, int, *T) []byte,
	stream func(*bufio.Writer, int, *T, []byte) ([]byte, bool), last bool) {
	w.WriteString("  ")
	w.Write(appendJSONString(nil, name))
	w.WriteString(": [")
	const window = 64 // 256 held 10 MB more JSON at the peak of a 10k export, for no speed
	encoded := make([][]byte, window)
	for start := 0; start < len(items); start += window {
		batch := items[start:min(start+window, len(items))]
		encodeAll(batch, start, encoded, appendItem)
		for i := range batch {
			if start+i > 0 {
				w.WriteByte(',')
			}
			w.WriteString("\n    ")
			if stream != nil {
				var streamed bool
				if encoded[i], streamed = stream(w, start+i, &batch[i], encoded[i]); streamed {
					continue
				}
			}
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
// With several questions, one matrix per question, then the articles once.
func WritePlain(w io.Writer, c *Corpus) error {
	var b strings.Builder
	byFile := make(map[string]*Article, len(c.Articles))
	for i := range c.Articles {
		byFile[c.Articles[i].File] = &c.Articles[i]
	}
	if len(c.Questions) > 1 {
		for i, q := range c.Questions {
			if i > 0 {
				b.WriteString("\n")
			}
			fmt.Fprintf(&b, "#### Question %d of %d (%s)\n", i+1, len(c.Questions), CleanLine(q.ID))
			writePlainMatrix(&b, c.ForQuestion(q.ID), byFile)
		}
	} else {
		writePlainMatrix(&b, c, byFile)
	}
	writePlainArticles(&b, c)
	_, err := io.WriteString(w, b.String())
	return err
}

// writePlainMatrix writes the question and its actors grouped by lean.
func writePlainMatrix(b *strings.Builder, c *Corpus, byFile map[string]*Article) {
	fmt.Fprintf(b, "%s\n", CleanLine(c.Question))
	fmt.Fprintf(b, "%s, %s\n", Plural(len(c.Articles), "article"), Plural(len(c.Actors), "actor"))
	breakdowns := Breakdowns(c)
	for _, g := range LeanGroups(c.Actors, breakdowns) {
		fmt.Fprintf(b, "\n== %s (%d)\n", g.Lean.GroupLabel(), len(g.Actors))
		for _, i := range g.Actors {
			a, bd := &c.Actors[i], &breakdowns[i]
			fmt.Fprintf(b, "- %s [%s]", CleanLine(a.Name), a.Kind)
			if a.Role != "" {
				fmt.Fprintf(b, ", %s", CleanLine(a.Role))
			}
			fmt.Fprintf(b, ": %s\n", bd.Summary())
			if bd.Change != nil {
				fmt.Fprintf(b, "    changed: %s, then %s from %s on\n", bd.Change.From.Words(), bd.Change.To.Words(), CleanLine(bd.Change.File))
			}
			if e, file, ok := a.EvidenceFor(bd.Lean); ok {
				fmt.Fprintf(b, "    %s%s: “%s”\n", CleanLine(file), articleNote(byFile[file]), CleanQuote(e.Text))
			}
			if changes := a.Changes(); len(changes) > 0 {
				fmt.Fprintf(b, "    changes: %s\n", changeSummary(changes))
			}
			if outlets := outletSummary(a); outlets != "" {
				fmt.Fprintf(b, "    outlets: %s\n", outlets)
			}
		}
	}
}

// writePlainArticles lists the articles and the warnings.
func writePlainArticles(b *strings.Builder, c *Corpus) {
	if len(c.Articles) > 0 {
		fmt.Fprintf(b, "\n== Articles (%d)\n", len(c.Articles))
		for i := range c.Articles {
			a := &c.Articles[i]
			fmt.Fprintf(b, "- %s%s: %s\n", CleanLine(a.File), articleNote(a), CleanLine(a.Title))
		}
	}
	for _, warning := range c.Warnings {
		fmt.Fprintf(b, "warning: %s\n", CleanLine(warning))
	}
}

// articleNote is " (Outlet, 2024-02-28)" for what is known of an article's
// outlet and date, or "".
func articleNote(a *Article) string {
	if a == nil {
		return ""
	}
	var parts []string
	if a.Outlet != "" {
		parts = append(parts, CleanLine(a.Outlet))
	}
	if a.Date != "" {
		parts = append(parts, CleanLine(a.Date))
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// outletSummary is "open 2 (Baltic Courier, Danube Herald); rules out only
// Meridian Daily": the distinct outlets behind each stance, a stance that
// one outlet alone carries marked "only". Stances read as words, as in the
// headings.
func outletSummary(a *Actor) string {
	byStance := a.OutletsByStance()
	var parts []string
	for _, s := range Stances {
		names := make([]string, len(byStance[s]))
		for i, o := range byStance[s] {
			names[i] = CleanLine(o)
		}
		switch len(names) {
		case 0:
		case 1:
			parts = append(parts, fmt.Sprintf("%s only %s", s.lower(), names[0]))
		default:
			parts = append(parts, fmt.Sprintf("%s %d (%s)", s.lower(), len(names), strings.Join(names, ", ")))
		}
	}
	return strings.Join(parts, "; ")
}

// changeSummary is "open 2024-06-12 → rules out 2025-08-19; …".
func changeSummary(changes []Change) string {
	parts := make([]string, len(changes))
	for i, ch := range changes {
		parts[i] = fmt.Sprintf("%s %s → %s %s", ch.From.Stance.lower(), CleanLine(ch.From.Date), ch.To.Stance.lower(), CleanLine(ch.To.Date))
	}
	return strings.Join(parts, "; ")
}

// lower is the stance's label in lower case, "rules out".
func (s Stance) lower() string { return strings.ToLower(s.Label()) }
