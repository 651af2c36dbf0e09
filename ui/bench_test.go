package ui

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"

	"standpoint/internal/corpusgen"
	"standpoint/loader"
	"standpoint/model"
	"standpoint/seeds"
)

// The UI benchmarks run on a big model built directly (no loader): 10,000
// articles from tools/gencorpus (seed 1), 10,000 actors and 100,000 pieces of
// evidence whose offsets are real sentences of those articles. A keystroke
// benchmark is one key handled (its commands run, as the program would) and
// the whole frame rendered: the budget is 16 ms.
//
//	go test -run XXX -bench . -benchmem ./ui

const (
	benchArticles  = 10000
	benchActors    = 10000
	benchPositions = 5 // per actor, in different articles
	benchEvidence  = 2 // per position
	benchW, benchH = 200, 60
)

var (
	bigOnce   sync.Once
	bigCorpus *model.Corpus
)

// benchCorpus builds the big model once, on the first benchmark that needs it.
func benchCorpus() *model.Corpus {
	bigOnce.Do(func() {
		c := &model.Corpus{Question: model.Question}
		spans := make([][][2]int, benchArticles)
		for i := 0; i < benchArticles; i++ {
			text := corpusgen.Article(1, i)
			title, _, _ := strings.Cut(text, "\n")
			c.Articles = append(c.Articles, model.Article{File: "gen/" + corpusgen.Name(i, benchArticles),
				Title: title, Source: "Synthetic", Text: text, Sentences: strings.Count(text, ". ")})
			spans[i] = sentenceSpans(text)
		}
		stances := []model.Stance{model.Supports, model.Open, model.Undecided, model.RulesOut, model.Opposes, model.None}
		kinds := []model.Kind{model.Person, model.Person, model.Person, model.Government, model.Organisation, model.Group}
		for i := 0; i < benchActors; i++ {
			name, role, _ := corpusgen.Person(i)
			_, last, _ := strings.Cut(name, " ")
			a := model.Actor{ID: fmt.Sprintf("a%05d", i), Name: name, Kind: kinds[i%len(kinds)], Role: role,
				Aliases: []string{last}}
			var overall []model.Stance
			for k := 0; k < benchPositions; k++ {
				art := (i*benchPositions + k*7919) % benchArticles
				st := stances[(i/7+k*(i%3))%len(stances)]
				p := model.Position{File: c.Articles[art].File, Stance: st}
				text := c.Articles[art].Text
				for e := 0; e < benchEvidence; e++ {
					sp := spans[art][(i+e*3)%len(spans[art])]
					p.Evidence = append(p.Evidence, model.Evidence{Text: text[sp[0]:sp[1]], Start: sp[0], End: sp[1], Stance: st})
				}
				a.Positions = append(a.Positions, p)
				overall = append(overall, st)
			}
			a.Stance = model.Overall(overall)
			c.Actors = append(c.Actors, a)
		}
		bigCorpus = c
	})
	return bigCorpus
}

// sentenceSpans are the byte ranges of text's sentences (ends at ". " or a
// line end), good enough for evidence.
func sentenceSpans(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		end := -1
		switch {
		case text[i] == '\n':
			end = i
		case text[i] == '.' && i+1 < len(text) && text[i+1] == ' ':
			end = i + 1
		}
		if end < 0 {
			continue
		}
		if end > start {
			out = append(out, [2]int{start, end})
		}
		start = i + 1
		for start < len(text) && text[start] == ' ' {
			start++
		}
	}
	return out
}

// benchApp is the app with c loaded at the bench size, in colour.
func benchApp(b *testing.B, c *model.Corpus) *App {
	b.Helper()
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, false)
	send(b, a, tea.WindowSizeMsg{Width: benchW, Height: benchH})
	send(b, a, a.loadCmd()())
	return a
}

// frame renders the whole screen, as the program does after every message.
func frame(a *App) int { return len(a.View().Content) }

// BenchmarkSearchFilter10k is the fuzzy search alone over 10,000 actors.
func BenchmarkSearchFilter10k(b *testing.B) {
	ix := newSearchIndex(benchCorpus().Actors)
	for _, q := range []string{"k", "kow", "anna kow", "defence minister", "zzq"} {
		b.Run(strings.ReplaceAll(q, " ", "_"), func(b *testing.B) {
			b.ReportAllocs()
			var n int
			for b.Loop() {
				n = len(ix.filter(q))
			}
			b.ReportMetric(float64(n), "matches")
		})
	}
}

// BenchmarkPaneView renders each pane's inner lines on the big model.
func BenchmarkPaneView(b *testing.B) {
	a := benchApp(b, benchCorpus())
	for i, p := range a.panes() {
		b.Run(strings.ToLower(strings.Fields(p.Title())[0]), func(b *testing.B) {
			a.focus(paneID(i))
			b.ReportAllocs()
			for b.Loop() {
				_ = p.View()
			}
		})
	}
}

// BenchmarkFrame renders the whole screen on the big model.
func BenchmarkFrame(b *testing.B) {
	a := benchApp(b, benchCorpus())
	b.ReportAllocs()
	for b.Loop() {
		frame(a)
	}
}

// BenchmarkKeypress is one keystroke handled and the frame rendered, in each
// pane: j and k alternate so that the state stays put.
func BenchmarkKeypress(b *testing.B) {
	a := benchApp(b, benchCorpus())
	for _, pane := range []paneID{paneArticles, paneActors, paneMatrix, paneReader} {
		a.focus(pane)
		b.Run(strings.ToLower(strings.Fields(a.panes()[pane].Title())[0])+"_jk", func(b *testing.B) {
			a.focus(pane)
			alternateKeys(b, a, "j", "k")
		})
	}
}

// BenchmarkSearchKeystroke types into the actor search over 10,000 actors:
// the query goes "ko" -> "kow" -> "ko" (a letter, then backspace), each
// keystroke running the fuzzy filter and rendering the frame.
func BenchmarkSearchKeystroke(b *testing.B) {
	a := benchApp(b, benchCorpus())
	a.focus(paneActors)
	for _, k := range []string{"/", "k", "o"} {
		send(b, a, keyMsg(k))
	}
	if !a.actors.Filtering() {
		b.Fatal("the search did not start")
	}
	alternateKeys(b, a, "w", "backspace")
}

// alternateKeys times pressing one key then the other, each handled and the
// frame rendered, so that the state returns to where it started.
func alternateKeys(b *testing.B, a *App, first, second string) {
	keys := [2]tea.Msg{keyMsg(first), keyMsg(second)}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		send(b, a, keys[i&1])
		frame(a)
		i++
	}
}

// BenchmarkLoadedBig is the step from "loaded" to the first frame on the big
// model: indexing the corpus, building the panes, rendering.
func BenchmarkLoadedBig(b *testing.B) {
	c := benchCorpus()
	b.ReportAllocs()
	for b.Loop() {
		a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, false)
		a.Update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
		a.Update(loadedMsg{corpus: c})
		frame(a)
	}
}

// BenchmarkFirstFrameLoading is the app's first frame while a load runs: the
// progress display.
func BenchmarkFirstFrameLoading(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		a := newApp(func(func(int, int)) (*model.Corpus, error) { return nil, nil }, Options{Theme: "dark"}, false)
		a.Update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
		a.Update(loadProgressMsg{done: 1, total: 20000})
		frame(a)
	}
}

// BenchmarkFirstFrameSeeds is the embedded articles loaded and shown: the
// load (lexicons already compiled after the first run), the index, one frame.
func BenchmarkFirstFrameSeeds(b *testing.B) {
	load := func(progress func(int, int)) (*model.Corpus, error) {
		return loader.LoadFS(seeds.FS, seeds.Prefix, loader.Options{Progress: progress})
	}
	b.ReportAllocs()
	for b.Loop() {
		a := newApp(load, Options{Theme: "dark"}, false)
		a.Update(tea.WindowSizeMsg{Width: benchW, Height: benchH})
		a.Update(a.loadCmd()())
		frame(a)
	}
}

// BenchmarkIndex is the corpus index alone on the big model (the load
// command builds it off the UI goroutine).
func BenchmarkIndex(b *testing.B) {
	c := benchCorpus()
	b.ReportAllocs()
	for b.Loop() {
		newCorpusIndex(c)
	}
}

// BenchmarkFilterKeystroke is a filter key (x: hide or show the actors with
// no position) on the big model: the Actors list, matrix and grid rebuilt,
// the frame rendered.
func BenchmarkFilterKeystroke(b *testing.B) {
	a := benchApp(b, benchCorpus())
	a.focus(paneMatrix)
	alternateKeys(b, a, "x", "x")
}

// BenchmarkDossierKeystroke opens and closes the dossier of the heaviest
// actor on the big model.
func BenchmarkDossierKeystroke(b *testing.B) {
	a := benchApp(b, benchCorpus())
	a.focus(paneMatrix)
	alternateKeys(b, a, "d", "esc")
}

// BenchmarkTimelineKeystroke opens and closes an actor's timeline on the
// big model ("t", "esc"): each is a keystroke with its frame.
func BenchmarkTimelineKeystroke(b *testing.B) {
	a := benchApp(b, benchCorpus())
	a.focus(paneActors)
	alternateKeys(b, a, "t", "esc")
}

// BenchmarkDateRange10k narrows the big model to a date range and indexes
// it: the command that runs off the UI goroutine when a range is applied.
func BenchmarkDateRange10k(b *testing.B) {
	c := benchCorpus()
	for i := range c.Articles {
		c.Articles[i].Date = fmt.Sprintf("2024-%02d-01", i%12+1)
	}
	r := model.DateRange{From: "2024-01-01", To: "2024-06-30"}
	for b.Loop() {
		newCorpusIndex(c.Within(r))
	}
}

// BenchmarkWarningsOpen100k is w pressed and the warnings screen drawn, with
// 100,000 warnings; BenchmarkGroupWarnings100k is the grouping done once per
// load.
func BenchmarkWarningsOpen100k(b *testing.B) {
	a := appWithWarnings(b, 100000, 200, 60)
	for b.Loop() {
		a.Update(keyMsg("w"))
		_ = a.View()
		a.Update(keyMsg("esc"))
	}
}

func BenchmarkGroupWarnings100k(b *testing.B) {
	var ws []string
	for i := range 100000 {
		ws = append(ws, fmt.Sprintf("pics/%06d.txt: binary file skipped", i))
	}
	for b.Loop() {
		groupWarnings(ws)
	}
}
