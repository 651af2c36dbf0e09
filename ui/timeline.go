package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// timeline is the overlay that shows one actor's positions in date order,
// the changes marked, with how many outlets report each stance; enter opens
// a row's evidence in the reader.
type timeline struct {
	actor   int
	summary string // "open in Feb 2024, rules out in Aug 2025"
	outlets string // "open: 2 outlets · rules out: only Meridian Daily"
	rows    []timelineRow
	list    scroller
	keys    TimelineKeyMap
}

type timelineRow struct {
	article int
	date    string // cleaned; empty when the article has none
	outlet  string // cleaned
	title   string // cleaned
	stance  model.Stance
	changed bool // the stance differs from the dated row before
}

// TimelineKeyMap is the timeline overlay's keys.
type TimelineKeyMap struct {
	Nav   NavKeyMap
	Open  key.Binding
	Close key.Binding
}

// DefaultTimelineKeyMap returns the timeline overlay's keys.
func DefaultTimelineKeyMap() TimelineKeyMap {
	return TimelineKeyMap{
		Nav:   DefaultNavKeyMap(),
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show evidence")),
		Close: key.NewBinding(key.WithKeys("esc", "t"), key.WithHelp("esc", "close")),
	}
}

func newTimeline(ix *corpusIndex, actor int) *timeline {
	a := &ix.corpus.Actors[actor]
	tl := &timeline{actor: actor, keys: DefaultTimelineKeyMap()}
	var prev model.Stance
	for _, p := range a.InDateOrder() {
		art, ok := ix.articleByFile[p.File]
		if !ok {
			continue
		}
		row := timelineRow{article: art, date: ix.dates[art], outlet: ix.sources[art], title: ix.titles[art], stance: p.Stance}
		if row.date != "" && p.Stance != model.None {
			row.changed = prev != "" && p.Stance != prev
			prev = p.Stance
		}
		tl.rows = append(tl.rows, row)
	}
	tl.list.setN(len(tl.rows))
	var runs []string
	for _, r := range a.Runs() {
		runs = append(runs, fmt.Sprintf("%s in %s", strings.ToLower(r.Stance.Label()), month(r.Since)))
	}
	switch {
	case len(runs) > 0:
		tl.summary = strings.Join(runs, ", ")
	default:
		tl.summary = "no dated position"
	}
	byStance := a.OutletsByStance()
	var parts []string
	for _, st := range stanceOrder {
		outlets := byStance[st]
		switch len(outlets) {
		case 0:
		case 1:
			parts = append(parts, fmt.Sprintf("%s: only %s", strings.ToLower(st.Label()), model.CleanLine(outlets[0])))
		default:
			parts = append(parts, fmt.Sprintf("%s: %d outlets", strings.ToLower(st.Label()), len(outlets)))
		}
	}
	tl.outlets = strings.Join(parts, " · ")
	return tl
}

// month is "Feb 2024" for "2024-02-27", or the date as it is.
func month(iso string) string {
	if t, err := time.Parse(time.DateOnly, iso); err == nil {
		return t.Format("Jan 2006")
	}
	return iso
}

// update handles a key while the timeline is open; close reports that it
// should close.
func (tl *timeline) update(k tea.KeyPressMsg) (cmd tea.Cmd, close bool) {
	switch {
	case key.Matches(k, tl.keys.Close):
		return nil, true
	case key.Matches(k, tl.keys.Open):
		if tl.list.n == 0 {
			return nil, false
		}
		msg := evidenceOpenMsg{actor: tl.actor, article: tl.rows[tl.list.cursor].article}
		return func() tea.Msg { return msg }, true
	}
	moveByKey(&tl.list, k, tl.keys.Nav)
	return nil, false
}

func (tl *timeline) helpKeys() []key.Binding {
	return append(tl.keys.Nav.bindings()[:2], tl.keys.Open, tl.keys.Close)
}

// view renders the overlay's inner lines, w x h.
func (tl *timeline) view(st *Styles, w, h int) []string {
	lines := []string{fit(tl.summary, w)}
	if tl.outlets != "" {
		lines = append(lines, st.Dim.Render(fit(tl.outlets, w)))
	}
	lines = append(lines, "")
	tl.list.setHeight(max(h-len(lines), 0))
	if tl.list.n == 0 {
		return append(lines, st.Dim.Render("no positions"))
	}
	from, to := tl.list.visible()
	for i := from; i < to; i++ {
		r := tl.rows[i]
		mark := "  "
		if r.changed {
			mark = "⇄ "
		}
		date := r.date
		if date == "" {
			date = "undated"
		}
		label := fmt.Sprintf("%s%-10s %s %-10s %s", mark, date, glyph(r.stance), strings.ToLower(r.stance.Label()), r.title)
		if r.outlet != "" {
			label += " — " + r.outlet
		}
		row := st.Stance(r.stance).Render(fit(label, w))
		if i == tl.list.cursor {
			row = rowStyle(st, true, true).Render(fit(label, w))
		}
		lines = append(lines, row)
	}
	return lines
}
