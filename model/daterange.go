package model

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// DateRange is a closed range of publication dates, ISO 8601; an empty end
// is open. The zero value is every date, undated articles included.
type DateRange struct {
	From, To string // "2024-01-01"; To is inclusive
}

// IsZero reports the range that keeps everything.
func (r DateRange) IsZero() bool { return r.From == "" && r.To == "" }

func (r DateRange) String() string {
	if r.IsZero() {
		return "all dates"
	}
	return r.From + ".." + r.To
}

// Holds reports whether an article of that date falls in the range: with
// any bound set, an undated article does not.
func (r DateRange) Holds(date string) bool {
	if r.IsZero() {
		return true
	}
	return date != "" && (r.From == "" || date >= r.From) && (r.To == "" || date <= r.To)
}

// ParseDateRange reads "2024-01-01..2024-06-30", "2024..2025", "2024-03..",
// "..2024-06-30" or one period alone ("2024", "2024-03"). A year or month
// stands for all its days: "2024..2025" ends on 2025-12-31. An empty string
// is the zero range.
func ParseDateRange(s string) (DateRange, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return DateRange{}, nil
	}
	from, to, isRange := strings.Cut(s, "..")
	if !isRange {
		to = from
	}
	var r DateRange
	var err error
	if r.From, err = bound(strings.TrimSpace(from), false); err != nil {
		return DateRange{}, err
	}
	if r.To, err = bound(strings.TrimSpace(to), true); err != nil {
		return DateRange{}, err
	}
	if r.From != "" && r.To != "" && r.From > r.To {
		return DateRange{}, fmt.Errorf("%s is after %s", r.From, r.To)
	}
	return r, nil
}

// bound reads one end: a day, a month or a year, as its first day (or its
// last, for the end of a range).
func bound(s string, end bool) (string, error) {
	if s == "" {
		return "", nil
	}
	for _, layout := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{time.DateOnly, func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if t, err := time.Parse(layout.layout, s); err == nil {
			if end {
				t = layout.next(t)
			}
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("%q is not a date (2024-02-28, 2024-02 or 2024)", s)
}

// Within returns the corpus narrowed to the articles published in r (see
// narrow). The zero range returns c itself.
func (c *Corpus) Within(r DateRange) *Corpus {
	if r.IsZero() {
		return c
	}
	return c.narrow(func(a *Article) bool { return r.Holds(a.Date) })
}

// FromOutlet returns the corpus narrowed to one outlet's articles (see
// narrow). An empty outlet returns c itself.
func (c *Corpus) FromOutlet(outlet string) *Corpus {
	if outlet == "" {
		return c
	}
	return c.narrow(func(a *Article) bool { return a.Outlet == outlet })
}

// Outlets lists the distinct outlets of the articles, sorted.
func (c *Corpus) Outlets() []string {
	var out []string
	for _, a := range c.Articles {
		if a.Outlet != "" {
			out = append(out, a.Outlet)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// narrow keeps the articles keep accepts: the actors keep only their
// positions in those articles, their overall stance recomputed, and actors
// left without a position go. Warnings are kept; c is not changed.
func (c *Corpus) narrow(keep func(*Article) bool) *Corpus {
	out := &Corpus{Question: c.Question, Questions: c.Questions, Warnings: c.Warnings}
	kept := map[string]bool{}
	for i := range c.Articles {
		if a := c.Articles[i]; keep(&a) {
			out.Articles = append(out.Articles, a)
			kept[a.File] = true
		}
	}
	out.Actors = actorsKeeping(c.Actors, func(p *Position) bool { return kept[p.File] })
	return out
}

// actorsKeeping is the actors with only the positions keep accepts, their
// overall stance recomputed from them; actors left without one go.
func actorsKeeping(actors []Actor, keep func(*Position) bool) []Actor {
	var out []Actor
	for _, a := range actors {
		var ps []Position
		var stances []Stance
		for i := range a.Positions {
			if p := &a.Positions[i]; keep(p) {
				ps = append(ps, *p)
				stances = append(stances, p.Stance)
			}
		}
		if len(ps) == 0 {
			continue
		}
		a.Positions = ps
		a.Stance = Overall(stances)
		out = append(out, a)
	}
	return out
}
