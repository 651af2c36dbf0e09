package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"standpoint/model"
)

// View draws the whole screen, exactly width x height cells.
func (a *App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	v.WindowTitle = "Standpoint"
	if a.opt.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

func (a *App) render() string {
	switch {
	case a.width <= 0 || a.height <= 0:
		return ""
	case a.loading:
		return a.center(a.loadingView())
	case a.fatal != nil && len(a.warnings) > 0 && a.geometry.mode != modeTooSmall:
		return a.fatalView()
	case a.fatal != nil:
		return a.center(a.styles.Error.Render("Could not load the articles:") + "\n" +
			lipgloss.NewStyle().Width(max(a.width-2, 1)).Render(model.CleanLine(a.fatal.Error())) + "\n\n" + a.styles.Dim.Render("press q to quit"))
	case a.geometry.mode == modeTooSmall:
		return a.center(fmt.Sprintf("terminal too small\nneed %dx%d", minWidth, minHeight))
	}
	var main string
	switch {
	case a.showWarnings:
		main = a.warningsView()
	case a.dossier != nil:
		frameW, frameH := a.styles.PaneFocused.GetFrameSize()
		main = box(a.styles.PaneFocused, a.styles.TitleFocused, a.dossier.Title(), a.dossier.View(),
			max(a.width-frameW, 0), max(a.geometry.main.h-frameH, 0))
	case a.timeline != nil:
		main = a.timelineView()
	case a.geometry.mode == modeWide:
		main = lipgloss.JoinHorizontal(lipgloss.Top,
			lipgloss.JoinVertical(lipgloss.Left, a.paneBox(paneArticles), a.paneBox(paneActors)),
			lipgloss.JoinVertical(lipgloss.Left, a.paneBox(paneMatrix), a.paneBox(paneReader)))
	default:
		main = a.tabBar() + "\n" + a.paneBox(a.focused)
	}
	return main + "\n" + a.statusLine() + "\n" + a.helpView()
}

// center places s in the middle of the screen, cut to the screen's size.
func (a *App) center(s string) string {
	lines := strings.Split(s, "\n")
	for i := range lines {
		lines[i] = fitCut(lines[i], a.width)
	}
	if len(lines) > a.height {
		lines = lines[:a.height]
	}
	return lipgloss.Place(a.width, a.height, lipgloss.Center, lipgloss.Center, strings.Join(lines, "\n"))
}

// fitCut truncates without padding.
func fitCut(s string, w int) string {
	if lipgloss.Width(s) <= w {
		return s
	}
	return fit(s, w)
}

func (a *App) loadingView() string {
	progress := "starting"
	if a.total > 0 {
		// The loader counts reading and then analysing each file, so the
		// fraction done says more than its two counts would.
		progress = fmt.Sprintf("%d%%", 100*a.done/a.total)
	}
	return a.spin.View() + " Loading articles… " + progress
}

// paneBox draws a pane inside its border with its title in the top edge.
func (a *App) paneBox(id paneID) string {
	r := a.geometry.panes[id]
	p := a.panes()[id]
	st, title := a.styles.Pane, a.styles.Title
	if id == a.focused {
		st, title = a.styles.PaneFocused, a.styles.TitleFocused
	}
	frameW, frameH := st.GetFrameSize()
	w, h := max(r.w-frameW, 0), max(r.h-frameH, 0)
	label := p.Title()
	if q := a.questionTitle(); q != "" && id == paneMatrix {
		label += " · " + q
	}
	if a.geometry.mode == modeWide {
		label = fmt.Sprintf("%d %s", id+1, label)
	}
	return box(st, title, label, p.View(), w, h)
}

// tabBar names the panes, the focused one marked, for narrow terminals.
func (a *App) tabBar() string {
	var parts []string
	for i, label := range a.tabLabels() {
		if paneID(i) == a.focused {
			parts = append(parts, a.styles.TabActive.Render(label))
		} else {
			parts = append(parts, a.styles.Tab.Render(label))
		}
	}
	return fit(strings.Join(parts, tabSeparator), a.width)
}

const tabSeparator = "│"

// tabLabels are the tabs' texts, one per pane, as tabBar draws them and
// clickTab measures them.
func (a *App) tabLabels() []string {
	var labels []string
	for i, p := range a.panes() {
		name := strings.SplitN(p.Title(), " ", 2)[0]
		labels = append(labels, fmt.Sprintf(" %d %s ", i+1, name))
	}
	return labels
}

func (a *App) warningsView() string {
	title := fmt.Sprintf("Warnings (%s)%s · esc closes", thousands(len(a.warnings)), a.warnList.where())
	return a.warningsBox(title)
}

// fatalView is the screen when nothing loaded: the error and every file's
// reason, which are what the user needs to fix it.
func (a *App) fatalView() string {
	title := fmt.Sprintf("Could not load the articles: %s · %s warnings%s", model.CleanLine(a.fatal.Error()),
		thousands(len(a.warnings)), a.warnList.where())
	return a.warningsBox(title) + "\n" + fit(a.styles.Dim.Render("↑/k ↓/j pgup pgdn g G scroll · q quit"), a.width)
}

// warningsBoxHeight is the warnings box's height, borders included: the
// panes' area, or the whole screen but a help line on the error screen.
func (a *App) warningsBoxHeight() int {
	if a.fatal != nil {
		return a.height - 1
	}
	return a.geometry.main.h
}

// warningsBox draws the visible warnings in a box as wide as the screen.
func (a *App) warningsBox(title string) string {
	frameW, frameH := a.styles.PaneFocused.GetFrameSize()
	w, h := max(a.width-frameW, 0), max(a.warningsBoxHeight()-frameH, 0)
	return box(a.styles.PaneFocused, a.styles.TitleFocused, title, a.warnList.view(&a.styles), w, h)
}

func (a *App) timelineView() string {
	frameW, frameH := a.styles.PaneFocused.GetFrameSize()
	w, h := max(a.width-frameW, 0), max(a.geometry.main.h-frameH, 0)
	title := fmt.Sprintf("Timeline · %s · esc closes", a.ix.names[a.timeline.actor])
	return box(a.styles.PaneFocused, a.styles.TitleFocused, title, a.timeline.view(&a.styles, w, h), w, h)
}

func (a *App) helpView() string {
	if a.help.ShowAll {
		lines := strings.Split(a.fullHelpText(), "\n")
		return strings.Join(fitLines(lines, a.width, a.geometry.helpH), "\n")
	}
	return fit(a.help.ShortHelpView(a.shortHelp()), a.width)
}

// shortHelp is the pane's keys, then the global ones; when the line is too
// narrow, the pane's keys give way first, so that help, warnings and quit
// always show.
func (a *App) shortHelp() []key.Binding {
	if a.timeline != nil {
		return append(a.timeline.helpKeys(), a.keys.Help, a.keys.Quit)
	}
	if a.datePrompt != nil {
		return []key.Binding{a.rangeKeys.Apply, a.rangeKeys.Cancel, a.rangeKeys.Delete}
	}
	if a.prompt != nil { // the export's file name
		return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "export")), a.rangeKeys.Cancel, a.rangeKeys.Delete}
	}
	keys := a.panes()[a.focused].HelpKeys()
	if a.dossier != nil {
		keys = a.dossier.HelpKeys()
	}
	if a.actors.Filtering() {
		return keys
	}
	essential := []key.Binding{a.keys.Help, a.keys.Quit}
	if len(a.warnings) > 0 {
		essential = append([]key.Binding{a.keys.Warnings}, essential...)
	}
	untruncated := a.help // a copy, to measure the whole line
	untruncated.SetWidth(0)
	// What gives way first: ] (the Articles pane moves too), then the
	// pane's keys from the last, then tab.
	pane, nextPane, nextArticle := keys, true, true
	for {
		var all []key.Binding
		all = append(all, pane...)
		if nextPane {
			all = append(all, a.keys.NextPane)
		}
		if nextArticle {
			all = append(all, a.keys.NextArticle)
		}
		all = append(all, essential...)
		if lipgloss.Width(untruncated.ShortHelpView(all)) <= a.width {
			return all
		}
		switch {
		case nextArticle:
			nextArticle = false
		case len(pane) > 0:
			pane = pane[:len(pane)-1]
		case nextPane:
			nextPane = false
		default:
			return all
		}
	}
}

// fullHelpText is the keys in columns, then the legend of the glyphs,
// flowed over as many lines as the width needs.
func (a *App) fullHelpText() string {
	var lines []string
	line := ""
	for _, b := range legend(a.questionLabels()) {
		h := b.Help()
		entry := a.styles.Help.FullKey.Render(h.Key) + " " + a.styles.Help.FullDesc.Render(h.Desc)
		switch {
		case line == "":
			line = entry
		case lipgloss.Width(line)+3+lipgloss.Width(entry) <= a.width:
			line += "   " + entry
		default:
			lines = append(lines, line)
			line = entry
		}
	}
	lines = append(lines, line)
	return a.keyColumns() + "\n" + strings.Join(lines, "\n")
}

// keyColumns lays the key groups side by side, as many in a row as the
// width takes, so that no group is cut off on a narrow terminal.
func (a *App) keyColumns() string {
	const sep = "    "
	var rows, row []string
	rowW := 0
	flush := func() {
		if len(row) > 0 {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
		}
		row, rowW = nil, 0
	}
	for _, g := range a.fullHelp() {
		if len(g) == 0 {
			continue
		}
		block := a.help.FullHelpView([][]key.Binding{g})
		w := lipgloss.Width(block)
		if rowW > 0 && rowW+len(sep)+w > a.width {
			flush()
		}
		if rowW > 0 {
			row, rowW = append(row, sep), rowW+len(sep)
		}
		row, rowW = append(row, block), rowW+w
	}
	flush()
	return strings.Join(rows, "\n")
}

func (a *App) fullHelp() [][]key.Binding {
	k := a.keys
	nav := DefaultNavKeyMap().bindings()
	var own []key.Binding // the pane's keys that the movement column lacks
	for _, b := range a.panes()[a.focused].HelpKeys() {
		if !slices.ContainsFunc(nav, func(n key.Binding) bool { return n.Help() == b.Help() }) {
			own = append(own, b)
		}
	}
	groups := [][]key.Binding{
		own,
		nav,
		{k.NextPane, k.PrevPane, k.Pane1, k.NextArticle, k.PrevArticle},
		{k.Dossier, k.Timeline, k.Copy, k.Pager, k.Editor, k.Export},
		{a.rangeKeys.Open, k.Outlet, k.Question, k.Warnings},
		{k.Help, k.Quit, k.ForceQuit},
	}
	if !a.opt.Mouse {
		last := len(groups) - 1
		groups[last] = append(groups[last], k.MouseHint)
	}
	for _, b := range a.fkeys.bindings() {
		if a.focused == paneArticles && b.Help().Key == a.fkeys.Order.Help().Key {
			continue // there s sorts the articles, shown among the pane's keys
		}
		groups[0] = append(groups[0], b)
	}
	return groups
}
