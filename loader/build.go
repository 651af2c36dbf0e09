package loader

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"

	"standpoint/model"
)

// withFirstPass has the reading workers run the first pass on each file as
// soon as it is read, so that reading and the first pass overlap.
func withFirstPass(opt Options) Options {
	lexicons := sync.OnceValues(func() (*lexicon, *personIndex) {
		lex := opt.lexicon()
		return lex, lexiconPeople(lex)
	})
	go lexicons() // built on another core while the files are listed
	opt.afterRead = func(d *document) {
		lex, known := lexicons()
		firstPass(d, lex, known)
	}
	return opt
}

// firstPass parses a document (layout, sentences, full names) and drops its
// text, which lives on in the parsed document.
func firstPass(d *document, lex *lexicon, known *personIndex) {
	defer recoverInto(&d.failed, d.name) // a bug met on one file costs that file only
	d.parsed = parse(*d, lex, known)
	d.text = ""
}

// build runs the second pass over documents the reading workers have put
// through the first (withFirstPass: layout, sentences, full names), and
// merges the results. The second pass (mentions and stances, with every name
// of the corpus known) spreads over the workers; results keep the
// documents' order, so a parallel run gives the same corpus as a
// sequential one.
func build(docs []document, warnings []string, opt Options) (*model.Corpus, error) {
	lex := opt.lexicon()
	c := &model.Corpus{Question: lex.topics[0].q.Text, Warnings: warnings}
	several := len(lex.topics) > 1
	for _, t := range lex.topics {
		c.Questions = append(c.Questions, t.info())
	}
	var sightings []personSighting
	for _, d := range docs {
		if d.parsed != nil {
			sightings = append(sightings, d.parsed.sightings...)
		}
	}
	people := buildPersonIndex(lex, sightings)
	// Of each article's analysis, only the article and what the merge needs
	// are kept, so that the rest can go before the merge.
	articles := make([]model.Article, len(docs))
	merging := make([][]mergedActor, len(docs))
	var done int
	var mu sync.Mutex
	parallel(len(docs), opt.Workers, func(i int) {
		defer func() {
			if opt.Progress != nil {
				mu.Lock()
				done++
				n := done
				mu.Unlock()
				opt.Progress(len(docs)+n, 2*len(docs))
			}
		}()
		d := &docs[i]
		if d.parsed == nil {
			return
		}
		defer recoverInto(&d.failed, d.name)
		for qi, r := range analyzeAll(d.parsed, lex, people) {
			if qi == 0 {
				articles[i] = r.article
			}
			m := prepareMerge(&r) // the per-article share of the merge, on every core
			if several {
				for k := range m {
					m[k].position.Question = lex.topics[qi].q.ID
				}
			}
			merging[i] = append(merging[i], m...)
		}
		d.parsed = nil // its sentences are no longer needed
	})
	var kept [][]mergedActor
	for i, a := range articles {
		if docs[i].failed != "" {
			c.Warnings = append(c.Warnings, docs[i].failed)
			continue
		}
		if a.Sentences == 0 {
			c.Warnings = append(c.Warnings, display(a.File)+": no sentences found")
		}
		c.Articles = append(c.Articles, a)
		kept = append(kept, merging[i])
		merging[i] = nil // kept holds it now, and mergeActors lets it go
	}
	c.Actors = mergeActors(kept, c.Questions[0].ID)
	datePositions(c)
	escapeFileNames(c)
	if len(c.Articles) == 0 {
		return c, errors.New("no article could be loaded")
	}
	return c, nil
}

// datePositions gives every position its article's date and outlet.
func datePositions(c *model.Corpus) {
	byFile := make(map[string]*model.Article, len(c.Articles))
	for i := range c.Articles {
		byFile[c.Articles[i].File] = &c.Articles[i]
	}
	for i := range c.Actors {
		for j := range c.Actors[i].Positions {
			p := &c.Actors[i].Positions[j]
			if a := byFile[p.File]; a != nil {
				p.Date, p.Outlet = a.Date, a.Outlet
			}
		}
	}
}

// escapeFileNames gives the names that are not valid UTF-8 their escaped
// form and raw bytes (model.EscapeFileName), once every name has been
// matched with its positions and dates.
func escapeFileNames(c *model.Corpus) {
	for i := range c.Articles {
		a := &c.Articles[i]
		a.File, a.FileBytes = model.EscapeFileName(a.File)
	}
	for i := range c.Actors {
		for j := range c.Actors[i].Positions {
			p := &c.Actors[i].Positions[j]
			p.File, p.FileBytes = model.EscapeFileName(p.File)
		}
	}
}

// recoverInto turns a panic while reading one file into that file's warning.
func recoverInto(warning *string, name string) {
	if r := recover(); r != nil {
		*warning = fmt.Sprintf("%s: internal error, file skipped: %v", name, r)
	}
}

// parallel calls fn(0..n-1) on up to workers goroutines (0: one per CPU).
// A panic in fn is raised again in the caller's goroutine once the workers
// are done, where the caller (the app's load command) can recover it; on a
// worker goroutine of its own it would end the process.
func parallel(n, workers int, fn func(i int)) {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if workers > n {
		workers = n
	}
	if workers <= 1 {
		for i := 0; i < n; i++ {
			fn(i)
		}
		return
	}
	var (
		next     atomic.Int64 // the next index to take: no channel hand-off per item
		wg       sync.WaitGroup
		mu       sync.Mutex
		panicked any
	)
	call := func(i int) {
		defer func() {
			if r := recover(); r != nil {
				mu.Lock()
				if panicked == nil {
					panicked = r
				}
				mu.Unlock()
			}
		}()
		fn(i)
	}
	for w := 0; w < workers; w++ {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				call(i)
			}
		})
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
}
