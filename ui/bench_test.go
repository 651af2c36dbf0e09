package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// bigCorpus has actors actors with evidence evidence sentences spread over
// 100 articles, for the performance the app must keep.
func bigCorpus(actors, evidence int) *model.Corpus {
	const articles = 100
	perArticle := evidence / articles
	c := &model.Corpus{Question: model.Question}
	sentence := "Minister %d said that troops might be sent to Ukraine after all. "
	for a := 0; a < articles; a++ {
		var b strings.Builder
		for s := 0; s < perArticle; s++ {
			fmt.Fprintf(&b, sentence, s)
			if s%7 == 6 {
				b.WriteString("\n\n")
			}
		}
		c.Articles = append(c.Articles, model.Article{File: fmt.Sprintf("a%03d.txt", a), Title: fmt.Sprintf("Article %d", a), Text: b.String()})
	}
	stances := []model.Stance{model.Supports, model.Open, model.Undecided, model.RulesOut, model.Opposes}
	per := evidence / actors
	for i := 0; i < actors; i++ {
		act := model.Actor{ID: fmt.Sprint(i), Name: fmt.Sprintf("Actor Númber %d Łukasz", i), Kind: model.Person, Role: "minister of something"}
		st := stances[i%len(stances)]
		for e := 0; e < per; e++ {
			art := &c.Articles[(i*per+e)%articles]
			n := (i*per + e) / articles % perArticle
			start := strings.Index(art.Text, fmt.Sprintf("Minister %d said", n))
			end := start + strings.Index(art.Text[start:], ".") + 1
			act.Positions = append(act.Positions, model.Position{File: art.File, Stance: st,
				Evidence: []model.Evidence{{Text: art.Text[start:end], Start: start, End: end, Stance: st}}})
		}
		act.Stance = st
		c.Actors = append(c.Actors, act)
	}
	return c
}

func benchApp(b *testing.B) *App {
	c := bigCorpus(10_000, 100_000)
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{}, false)
	send(b, a, tea.WindowSizeMsg{Width: 200, Height: 60})
	send(b, a, a.loadCmd()())
	return a
}

func BenchmarkIndex(b *testing.B) {
	c := bigCorpus(10_000, 100_000)
	for b.Loop() {
		newCorpusIndex(c)
	}
}

func BenchmarkPaneViews(b *testing.B) {
	a := benchApp(b)
	for i, p := range a.panes() {
		b.Run(p.Title(), func(b *testing.B) {
			a.focus(paneID(i))
			for b.Loop() {
				p.View()
			}
		})
	}
	b.Run("App", func(b *testing.B) {
		for b.Loop() {
			a.View()
		}
	})
}

func BenchmarkKeyPress(b *testing.B) {
	a := benchApp(b)
	for _, k := range []struct {
		pane paneID
		key  string
	}{{paneArticles, "j"}, {paneActors, "j"}, {paneMatrix, "j"}, {paneReader, "n"}, {paneReader, "]"}} {
		b.Run(fmt.Sprintf("%d_%s", k.pane, k.key), func(b *testing.B) {
			a.focus(k.pane)
			for b.Loop() {
				a.Update(keyMsg(k.key))
			}
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	ix := newCorpusIndex(bigCorpus(10_000, 100_000))
	for b.Loop() {
		ix.search.filter("numbr 42 lukasz")
	}
}
