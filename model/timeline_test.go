package model

import (
	"reflect"
	"strings"
	"testing"
)

func timelineActor() *Actor {
	return &Actor{Name: "Erik Lindqvist", Positions: []Position{
		{File: "c.txt", Stance: RulesOut, Date: "2025-08-19", Outlet: "Meridian Daily"},
		{File: "a.txt", Stance: Open, Date: "2024-02-27", Outlet: "Baltic Courier"},
		{File: "u.txt", Stance: RulesOut, Outlet: "Baltic Courier"}, // no date
		{File: "n.txt", Stance: None, Date: "2024-01-01", Outlet: "Northern Post"},
		{File: "b.txt", Stance: Open, Date: "2024-06-12", Outlet: "Danube Herald"},
		{File: "d.txt", Stance: RulesOut, Date: "2025-09-01", Outlet: "Meridian Daily"},
	}}
}

func files(ps []Position) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.File)
	}
	return out
}

func TestInDateOrder(t *testing.T) {
	a := timelineActor()
	if got, want := files(a.InDateOrder()), []string{"n.txt", "a.txt", "b.txt", "c.txt", "d.txt", "u.txt"}; !reflect.DeepEqual(got, want) {
		t.Errorf("InDateOrder = %v, want %v", got, want)
	}
	if a.Positions[0].File != "c.txt" {
		t.Error("InDateOrder reordered the actor's own positions")
	}
}

func TestFirstLatestAndChanges(t *testing.T) {
	a := timelineActor()
	first, ok1 := a.FirstPosition()
	latest, ok2 := a.LatestPosition()
	if !ok1 || !ok2 || first.File != "a.txt" || latest.File != "d.txt" {
		t.Errorf("first %v %v, latest %v %v", first.File, ok1, latest.File, ok2)
	}
	ch := a.Changes()
	if len(ch) != 1 || ch[0].From.File != "b.txt" || ch[0].To.File != "c.txt" || ch[0].From.Stance != Open || ch[0].To.Stance != RulesOut {
		t.Errorf("Changes = %+v, want one change open (b.txt) to rules out (c.txt)", ch)
	}
	undated := &Actor{Positions: []Position{{File: "x", Stance: Supports}}}
	if _, ok := undated.FirstPosition(); ok || len(undated.Changes()) != 0 {
		t.Error("an actor without dates has a first position or changes")
	}
}

func TestOutletsByStance(t *testing.T) {
	got := timelineActor().OutletsByStance()
	want := map[Stance][]string{
		Open:     {"Baltic Courier", "Danube Herald"},
		RulesOut: {"Baltic Courier", "Meridian Daily"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("OutletsByStance = %v, want %v", got, want)
	}
}

func TestWritePlainShowsOutletsDatesAndChanges(t *testing.T) {
	a := timelineActor()
	for i := range a.Positions {
		a.Positions[i].Evidence = []Evidence{{Text: "said so", Stance: a.Positions[i].Stance}}
	}
	a.Stance = Mixed
	c := &Corpus{Question: Question, Actors: []Actor{*a}, Articles: []Article{
		{File: "c.txt", Title: "Rome \x1b[31mstays out", Outlet: "Meridian Daily", Date: "2025-08-19"},
		{File: "a.txt", Title: "Open door", Outlet: "Baltic Courier", Date: "2024-02-27"},
		{File: "u.txt", Title: "Undated"},
	}}
	var b strings.Builder
	if err := WritePlain(&b, c); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"    c.txt (Meridian Daily, 2025-08-19): “said so”",
		"    changes: open 2024-06-12 → rules out 2025-08-19\n",
		"    outlets: open 2 (Baltic Courier, Danube Herald); rules out 2 (Baltic Courier, Meridian Daily)\n",
		"== Articles (3)\n- c.txt (Meridian Daily, 2025-08-19): Rome stays out\n- a.txt (Baltic Courier, 2024-02-27): Open door\n- u.txt: Undated\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("plain output lacks %q:\n%s", want, out)
		}
	}
}

func TestRuns(t *testing.T) {
	got := timelineActor().Runs()
	want := []StanceRun{{Open, "2024-02-27"}, {RulesOut, "2025-08-19"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Runs = %v, want %v", got, want)
	}
}
