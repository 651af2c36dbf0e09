package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// The Articles pane shows each article's outlet and date, and s sorts the
// rows by date, then by outlet, then back to the file order, the cursor
// staying on its article and enter opening the article under it.
func TestArticlesSortByDateAndOutlet(t *testing.T) {
	c := fixtureCorpus()
	meta := []struct{ outlet, date string }{
		{"Notes from Poland", "2025-08-19"},
		{"Le Monde", "2024-02-27"},
		{"", ""},
		{"Baltic Courier", "2024-06-12"},
	}
	for i := range c.Articles {
		c.Articles[i].Outlet, c.Articles[i].Date = meta[i].outlet, meta[i].date
	}
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, tea.WindowSizeMsg{Width: 200, Height: 60})
	send(t, a, a.loadCmd()())

	order := func() []int {
		var out []int
		for row := range a.articles.list.n {
			out = append(out, a.articles.order[row])
		}
		return out
	}
	rows := func() string { return ansi.Strip(strings.Join(a.articles.View(), "\n")) }
	if !strings.Contains(rows(), "2 2024-02-27 Paris and Berlin split on troops — Le Monde") {
		t.Errorf("rows lack outlet and date:\n%s", rows())
	}
	press(t, a, "j") // on article 2 (Le Monde)
	press(t, a, "s")
	if got := order(); !slices.Equal(got, []int{1, 3, 0, 2}) {
		t.Errorf("by date: %v", got)
	}
	if a.articles.Selected() != 1 || !strings.Contains(a.articles.Title(), "by date") {
		t.Errorf("by date: cursor on %d, title %q", a.articles.Selected(), a.articles.Title())
	}
	press(t, a, "s")
	if got := order(); !slices.Equal(got, []int{3, 1, 0, 2}) {
		t.Errorf("by outlet: %v", got)
	}
	press(t, a, "g", "enter")
	if a.reader.Article() != 3 {
		t.Errorf("enter on the first row by outlet opened article %d, want 3", a.reader.Article())
	}
	press(t, a, "1", "s")
	if got := order(); !slices.Equal(got, []int{0, 1, 2, 3}) || a.articles.Selected() != 3 {
		t.Errorf("back to file order: %v, cursor on %d", got, a.articles.Selected())
	}
}
