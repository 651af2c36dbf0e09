package model

import (
	"slices"
	"testing"
)

func TestParseDateRange(t *testing.T) {
	for in, want := range map[string]DateRange{
		"":                       {},
		"2024-01-01..2024-06-30": {"2024-01-01", "2024-06-30"},
		"2024..2025":             {"2024-01-01", "2025-12-31"},
		"2024-02":                {"2024-02-01", "2024-02-29"},
		"2024-03..":              {"2024-03-01", ""},
		"..2024-06-30":           {"", "2024-06-30"},
		" 2025 ":                 {"2025-01-01", "2025-12-31"},
	} {
		if got, err := ParseDateRange(in); err != nil || got != want {
			t.Errorf("ParseDateRange(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"yesterday", "2024-13", "2025..2024", "2024-02-30"} {
		if got, err := ParseDateRange(in); err == nil {
			t.Errorf("ParseDateRange(%q) = %v, want an error", in, got)
		}
	}
}

func TestCorpusWithin(t *testing.T) {
	a := timelineActor()
	a.Stance = Mixed
	c := &Corpus{Question: Question, Warnings: []string{"w"}, Actors: []Actor{*a, {Name: "Undated only", Stance: Supports, Positions: []Position{{File: "u.txt", Stance: Supports}}}}}
	for _, p := range a.Positions {
		c.Articles = append(c.Articles, Article{File: p.File, Date: p.Date})
	}
	got := c.Within(DateRange{From: "2025-01-01"})
	if len(got.Articles) != 2 || len(got.Actors) != 1 || got.Actors[0].Stance != RulesOut || len(got.Actors[0].Positions) != 2 || len(got.Warnings) != 1 {
		t.Errorf("from 2025: %d articles, actors %+v", len(got.Articles), got.Actors)
	}
	if len(c.Actors[0].Positions) != 6 || c.Actors[0].Stance != Mixed {
		t.Error("Within changed the corpus it narrowed")
	}
	if c.Within(DateRange{}) != c || c.FromOutlet("") != c {
		t.Error("the zero range or no outlet copied the corpus")
	}
	for i := range c.Articles {
		c.Articles[i].Outlet = a.Positions[i].Outlet
	}
	if got := c.Outlets(); !slices.Equal(got, []string{"Baltic Courier", "Danube Herald", "Meridian Daily", "Northern Post"}) {
		t.Errorf("Outlets = %v", got)
	}
	mer := c.FromOutlet("Meridian Daily")
	if len(mer.Articles) != 2 || len(mer.Actors) != 1 || mer.Actors[0].Stance != RulesOut {
		t.Errorf("Meridian Daily: %d articles, actors %+v", len(mer.Articles), mer.Actors)
	}
}
