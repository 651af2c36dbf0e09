package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// bigArticleApp is an app on one article of about size bytes, its evidence
// sentence near the end.
func bigArticleApp(t testing.TB, size, w, h int) (*App, string) {
	t.Helper()
	para := "Officials met again on Monday to talk about the border, the weather and the budget for next year.\n\n"
	ev := "President Jean Dupont said France is ready to deploy ground troops to Ukraine."
	text := strings.Repeat(para, size/len(para)) + ev + "\n" + para
	start := strings.Index(text, ev)
	c := &model.Corpus{
		Articles: []model.Article{{File: "big.txt", Title: "Big", Sentences: 1, Text: text}},
		Actors: []model.Actor{{ID: "france", Name: "France", Kind: model.Government, Stance: model.Supports,
			Positions: []model.Position{{File: "big.txt", Stance: model.Supports,
				Evidence: []model.Evidence{{Text: ev, Start: start, End: start + len(ev), Stance: model.Supports}}}}}},
	}
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, windowSize(w, h))
	send(t, a, a.loadCmd()())
	return a, ev
}

// Opening a big article wraps what is on screen, not the whole text; the
// lines wrapped lazily are the lines wrapped at once, and n and G reach the
// end.
func TestReaderWrapsLazily(t *testing.T) {
	a, ev := bigArticleApp(t, 2<<20, 120, 40)
	press(t, a, "4")
	view := ansi.Strip(a.View().Content)
	w := a.reader.wrap()
	if w.done || len(w.lines) > 4*a.reader.bodyHeight() {
		t.Fatalf("opening wrapped %d lines (done %v) for a %d-line screen", len(w.lines), w.done, a.reader.bodyHeight())
	}
	if !strings.Contains(view, "Officials met again on Monday") {
		t.Fatalf("first screen:\n%s", view)
	}
	press(t, a, "n") // the evidence, near the end
	if view = ansi.Strip(a.View().Content); !strings.Contains(view, ev[:40]) {
		t.Fatalf("n did not reach the evidence:\n%s", view)
	}
	full := wrapText(a.reader.text().text, a.reader.bodyWidth())
	if got := w.lines; !slices.Equal(got, full[:len(got)]) {
		t.Fatal("lazily wrapped lines differ from the text wrapped at once")
	}
	press(t, a, "G")
	if !w.done || !slices.Equal(w.lines, full) || a.reader.offset != len(full)-a.reader.bodyHeight() {
		t.Fatalf("G: done %v, %d of %d lines, offset %d", w.done, len(w.lines), len(full), a.reader.offset)
	}
	press(t, a, "g", "j", "j", "pgdn")
	if a.reader.offset != 2+a.reader.bodyHeight()-1 {
		t.Errorf("g j j pgdn: offset %d", a.reader.offset)
	}
}

// BenchmarkOpenBigArticle is a 16 MB article shown in the reader: its
// first frame.
func BenchmarkOpenBigArticle(b *testing.B) {
	a, _ := bigArticleApp(b, 16<<20, 200, 60)
	for b.Loop() {
		a.reader.wraps = map[int]*wrapped{}
		a.reader.texts = map[int]*cleanText{}
		a.Update(keyMsg("4"))
		_ = a.View()
	}
}
