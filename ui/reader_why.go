package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"standpoint/model"
)

// whyLines explains the evidence n/N is on: for each actor it is read for
// (only the reader's actor, when one is chosen), the frame that matched,
// the holder's route, the polarity steps and the link to the proposal. It
// is at most a third of the pane, so the sentence stays in view.
func (p *readerPane) whyLines() []string {
	if !p.showWhy {
		return nil
	}
	limit := max(p.h/3, 1)
	title := p.styles.Bold.Render(fit("Why (i closes)", p.w))
	if p.hit < 0 || p.hit >= len(p.active) {
		return []string{title, p.styles.Dim.Render(fit("n: go to a highlighted sentence to see why it was read so", p.w))}
	}
	sp := p.ix.spans[p.article][p.active[p.hit].span]
	out := []string{title}
	for _, sa := range sp.actors {
		if p.actor >= 0 && sa.actor != p.actor || sa.stance == model.None {
			continue // an actor the sentence only names has nothing to explain
		}
		line := glyph(sa.stance) + " " + p.ix.names[sa.actor] + ": " + sa.stance.Label() + explainWhy(sa.why)
		for i, l := range strings.Split(ansi.Wordwrap(line, max(p.w-2, 10), ""), "\n") {
			if i > 0 {
				l = "  " + l
			}
			out = append(out, fit(l, p.w))
		}
	}
	if len(out) > limit {
		out = append(out[:limit-1], p.styles.Dim.Render(fit("…", p.w)))
	}
	return out
}

// compactFrame shortens a frame's long alternations for the panel:
// "against oppose~|reject~|condemn~|…" keeps the first two of each.
func compactFrame(frame string) string {
	items := strings.Fields(frame)
	for i, it := range items {
		if alts := strings.Split(it, "|"); len(alts) > 2 {
			items[i] = alts[0] + "|" + alts[1] + "|…"
		}
	}
	return strings.Join(items, " ")
}

// explainWhy is one line of an explanation, or what is known without one.
func explainWhy(w *model.Why) string {
	if w == nil {
		return " (no explanation recorded)"
	}
	parts := []string{}
	if w.Holder != "" {
		parts = append(parts, "as "+w.Holder)
	}
	if w.Frame != "" {
		parts = append(parts, "frame "+compactFrame(w.Frame))
	}
	parts = append(parts, w.Steps...)
	if w.Topic != "" {
		parts = append(parts, "topic: "+w.Topic)
	}
	return model.CleanLine(" — " + strings.Join(parts, "; "))
}
