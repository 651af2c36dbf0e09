package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// openActor opens an actor's evidence from the Actors list.
func openActor(t *testing.T, a *App, id string) int {
	t.Helper()
	actor := actorIndex(t, a.ix.corpus, id)
	send(t, a, evidenceOpenMsg{actor: actor, article: -1})
	return actor
}

// An actor with no position opens on the sentence that names it.
func TestActorWithoutPositionOpensOnItsMention(t *testing.T) {
	a := newTestApp(t, 120, 40)
	openActor(t, a, "commission")
	if a.reader.Article() != 1 || a.currentEvidence() != sCommission {
		t.Fatalf("article %d, on %q; notice %q", a.reader.Article(), a.currentEvidence(), a.notice)
	}
	if !strings.Contains(ansi.Strip(a.View().Content), "· The European Commission declined to comment.") {
		t.Errorf("the mention is not marked:\n%s", ansi.Strip(a.View().Content))
	}
}

// n walks one actor's sentences on into the next article, and the Articles
// list follows; ] and [ skip the articles where it says nothing.
func TestActorSentencesAcrossArticles(t *testing.T) {
	a := newTestApp(t, 120, 40)
	openActor(t, a, "sikorski")
	if a.reader.Article() != 0 || a.currentEvidence() != sSikorskiOpen { // Warsaw: where it is open, its lean
		t.Fatalf("opened on article %d", a.reader.Article())
	}
	press(t, a, "1", "4", "n")
	if a.reader.Article() != 1 || a.currentEvidence() != sSikorskiSup || a.articles.Selected() != 1 {
		t.Fatalf("n: article %d (list %d) on %q", a.reader.Article(), a.articles.Selected(), a.currentEvidence())
	}
	if !strings.Contains(a.notice, "article 2 of 2 with a position") {
		t.Errorf("status = %q", a.notice)
	}
	press(t, a, "N")
	if a.reader.Article() != 0 || a.currentEvidence() != sSikorskiOpen {
		t.Fatalf("N: article %d on %q", a.reader.Article(), a.currentEvidence())
	}
	press(t, a, "]")
	if a.reader.Article() != 1 || a.currentEvidence() != sSikorskiSup {
		t.Fatalf("]: article %d on %q", a.reader.Article(), a.currentEvidence())
	}
	press(t, a, "]")
	if a.reader.Article() != 1 || !strings.Contains(a.notice, "no later article where Radosław Sikorski takes a position") {
		t.Fatalf("] past the last: article %d, notice %q", a.reader.Article(), a.notice)
	}
	press(t, a, "[")
	if a.reader.Article() != 0 || a.currentEvidence() != sSikorskiOpen {
		t.Fatalf("[: article %d on %q", a.reader.Article(), a.currentEvidence())
	}
}

// One sentence given two stances for one actor is listed once, with the
// stance of the actor's position.
func TestOneSentenceOnceForOneActor(t *testing.T) {
	c := fixtureCorpus()
	m := &c.Actors[actorIndex(t, c, "macron")]
	dup := m.Positions[0].Evidence[0]
	dup.Stance = model.Open
	m.Positions[0].Evidence = append([]model.Evidence{dup}, m.Positions[0].Evidence...)
	a := newAppWith(t, c, 120, 40)
	actor := openActor(t, a, "macron")
	if len(a.reader.active) != 1 || a.reader.active[0].stance != model.Supports {
		t.Fatalf("%d highlights: %+v", len(a.reader.active), a.reader.active)
	}
	press(t, a, "a", "n")
	if strings.Count(a.notice, "Emmanuel Macron") != 1 {
		t.Errorf("status lists Macron twice: %q", a.notice)
	}
	press(t, a, "2")
	for a.actors.Selected() != actor {
		press(t, a, "j")
	}
	press(t, a, "d")
	if n := strings.Count(ansi.Strip(a.View().Content), "Emmanuel Macron said Europe"); n != 1 {
		t.Errorf("the dossier lists the sentence %d times", n)
	}
}

// The dossier: who the actor is, every sentence under its article, enter
// reads one, esc closes.
func TestDossier(t *testing.T) {
	a := newTestApp(t, 120, 40)
	actor := actorIndex(t, a.ix.corpus, "sikorski")
	press(t, a, "2")
	for a.actors.Selected() != actor {
		press(t, a, "j")
	}
	press(t, a, "d")
	view := ansi.Strip(a.View().Content)
	for _, want := range []string{"Dossier: Radosław Sikorski · 2 articles", "person · Foreign Minister of Poland · also: Sikorski",
		"leans open to it", "1 Poland weighs the troops debate — Notes from Poland", "2 Paris and Berlin split on troops — Le Monde",
		"◐ Foreign minister Radosław Sikorski said", "▲ Radosław Sikorski now backed"} {
		if !strings.Contains(view, want) {
			t.Errorf("dossier lacks %q:\n%s", want, view)
		}
	}
	press(t, a, "n", "N")
	if a.dossier.cursor != 1 {
		t.Fatalf("n then N: cursor on entry %d, want 1", a.dossier.cursor)
	}
	press(t, a, "n") // over the heading of article 2, to its sentence
	if a.dossier.cursor != 3 {
		t.Fatalf("n: cursor on entry %d, want 3", a.dossier.cursor)
	}
	press(t, a, "enter")
	if a.dossier != nil || a.reader.Article() != 1 || a.currentEvidence() != sSikorskiSup || a.reader.Actor() != actor {
		t.Fatalf("enter: dossier open %v, article %d on %q", a.dossier != nil, a.reader.Article(), a.currentEvidence())
	}
	press(t, a, "d")
	if a.dossier == nil {
		t.Fatal("d in the reader does not open the actor's dossier")
	}
	press(t, a, "esc")
	if a.dossier != nil {
		t.Fatal("esc does not close the dossier")
	}
	press(t, a, "esc")
	if a.reader.Actor() != -1 {
		t.Fatal("esc does not go back to every actor's evidence")
	}
	press(t, a, "?", "esc")
	if a.help.ShowAll {
		t.Error("esc does not close the help")
	}
	press(t, a, "1", "d")
	if a.dossier != nil || !strings.Contains(a.notice, "choose an actor") {
		t.Errorf("d without an actor: %q", a.notice)
	}
}

// ] skips an article that only names the actor (Germany's "0 highlighted"
// four times in a row on a big corpus): it walks the articles where the
// actor takes a position.
func TestStepArticleSkipsMereMentions(t *testing.T) {
	c := fixtureCorpus()
	s := &c.Actors[actorIndex(t, c, "sikorski")]
	b := &fixtureBuilder{texts: map[string]string{}}
	for i := range c.Articles {
		b.texts[c.Articles[i].File] = c.Articles[i].Text
	}
	s.Positions = append(s.Positions, model.Position{File: fileKyiv, Stance: model.None,
		Evidence: []model.Evidence{b.ev(fileKyiv, "Life goes on in the capital.", model.None)}})
	a := newAppWith(t, c, 120, 40)
	openActor(t, a, "sikorski")
	press(t, a, "]")
	if a.reader.Article() != 1 {
		t.Fatalf("]: article %d, want 1", a.reader.Article())
	}
	press(t, a, "]")
	if a.reader.Article() != 1 || !strings.Contains(a.notice, "no later article where Radosław Sikorski takes a position") {
		t.Fatalf("] onto a mere mention: article %d, notice %q", a.reader.Article(), a.notice)
	}
}

// The dossier's article headings carry the article's date when it has one.
func TestDossierHeadingsCarryDates(t *testing.T) {
	a := datedApp(t, 120, 40)
	cursorOnActor(t, a, "sikorski")
	press(t, a, "d")
	view := ansi.Strip(a.View().Content)
	for _, want := range []string{"1 2024-02-27 Poland weighs the troops debate — Notes from Poland · open to it",
		"2 2025-08-19 Paris and Berlin split on troops — Le Monde · supports"} {
		if !strings.Contains(view, want) {
			t.Errorf("dossier lacks %q:\n%s", want, view)
		}
	}
}
