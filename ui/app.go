package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// paneID names the four panes, in focus order.
type paneID int

const (
	paneArticles paneID = iota
	paneActors
	paneMatrix
	paneReader
	paneCount
)

// pane is the surface every pane offers the root.
type pane interface {
	Title() string
	Update(tea.Msg) tea.Cmd
	View() []string // exactly the inner lines; the root draws the border
	SetSize(w, h int)
	Focus()
	Blur()
	HelpKeys() []key.Binding
	Click(x, y int) tea.Cmd
	Scroll(d int)
}

// App is the root model: it loads the corpus, lays out the panes and routes
// messages between them.
type App struct {
	opt      Options
	noColor  bool
	dark     bool
	styles   Styles // panes hold a pointer to it, so a restyle reaches them all
	keys     GlobalKeyMap
	fkeys    FilterKeyMap
	filter   actorFilter
	matrixAt int // the actors pane's search version the matrix shows
	help     help.Model
	width    int
	height   int
	geometry geometry

	load     LoadFunc
	progress func(done, total int) // set by Run to feed the program
	loading  bool
	spin     spinner.Model
	done     int
	total    int
	fatal    error             // the load failed with nothing to show
	pending  []tea.KeyPressMsg // keys typed while loading, replayed after

	ix           *corpusIndex
	articles     *articlesPane
	actors       *actorsPane
	matrix       *matrixPane
	reader       *readerPane
	focused      paneID
	notice       string
	warnings     []string
	warnList     warningsList // the warnings screen, grouped
	showWarnings bool
	dossier      *dossier      // open over the panes, or nil
	prompt       *exportPrompt // the export's file name being typed, or nil
	timeline     *timeline     // open over the panes when set

	full       *model.Corpus   // as loaded; the panes show it narrowed to dates
	dates      model.DateRange // the date range shown
	outlet     string          // the one outlet shown, or "" for all
	question   string          // the id of the question shown (several may be loaded)
	datePrompt *rangePrompt    // the date range being typed, when set
	rangeKeys  RangeKeyMap
}

func newApp(load LoadFunc, opt Options, noColor bool) *App {
	a := &App{opt: opt, noColor: noColor, dark: opt.Theme != "light", keys: DefaultGlobalKeyMap(), fkeys: DefaultFilterKeyMap(),
		help: help.New(), load: load, loading: true, rangeKeys: DefaultRangeKeyMap()}
	a.spin = spinner.New(spinner.WithSpinner(spinner.Dot))
	a.restyle()
	a.setIndex(newCorpusIndex(nil))
	return a
}

// restyle rebuilds the styles in place (the panes keep pointing at them).
func (a *App) restyle() {
	a.styles = themeStyles(a.noColor, a.dark)
	a.help.Styles = a.styles.Help
	a.spin.Style = a.styles.Spinner
}

// setIndex builds the panes for a loaded corpus.
func (a *App) setIndex(ix *corpusIndex) {
	a.ix = ix
	c := ix.corpus
	a.articles = newArticlesPane(a.ix, &a.styles)
	a.actors = newActorsPane(a.ix, &a.styles)
	a.matrix = newMatrixPane(a.ix, &a.styles)
	a.reader = newReaderPane(a.ix, &a.styles)
	a.reader.notify = func(s string) { a.notice = s }
	a.applyFilter()
	a.timeline = nil
	a.dossier = nil // it indexes the corpus shown before
	a.setWarnings(c.Warnings)
	a.focus(a.focused) // lays the panes out too
}

// setWarnings keeps the load's warnings, cleaned for the screen.
func (a *App) setWarnings(ws []string) {
	a.warnings = a.warnings[:0]
	for _, w := range ws {
		a.warnings = append(a.warnings, model.CleanLine(w))
	}
	a.warnList = groupWarnings(a.warnings)
}

// applyFilter pushes the filters, and the search's result, into the Actors
// list and the matrix.
func (a *App) applyFilter() {
	a.actors.SetFilter(a.filter)
	a.syncMatrix()
}

// syncMatrix shows in the matrix and grid what the filters and the search
// let through.
func (a *App) syncMatrix() {
	hits := a.actors.Hits()
	a.matrix.SetActors(a.filter.apply(a.ix, hits), hits != nil || a.filter.active())
	a.matrixAt = a.actors.version
}

func (a *App) panes() [paneCount]pane {
	return [paneCount]pane{a.articles, a.actors, a.matrix, a.reader}
}

func (a *App) focus(id paneID) {
	a.focused = (id%paneCount + paneCount) % paneCount
	for i, p := range a.panes() {
		if paneID(i) == a.focused {
			p.Focus()
		} else {
			p.Blur()
		}
	}
	a.layout() // the full help, whose height takes from the panes, is the focused pane's
}

func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{a.spin.Tick, a.loadCmd()}
	if a.opt.Theme == "" && !a.noColor {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Update handles, in order: window and theme changes, loading, keys (a typed
// search first, then global keys, then the focused pane), mouse, the panes'
// own messages, and anything else to every pane.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.layout()
		return a, nil
	case tea.BackgroundColorMsg:
		if a.opt.Theme == "" {
			a.dark = msg.IsDark()
			a.restyle()
		}
		return a, nil
	case spinner.TickMsg:
		if !a.loading {
			return a, nil
		}
		var cmd tea.Cmd
		a.spin, cmd = a.spin.Update(msg)
		return a, cmd
	case loadProgressMsg:
		a.done, a.total = msg.done, msg.total
		return a, nil
	case loadedMsg:
		return a, a.loaded(msg)
	case tea.PasteMsg:
		if a.actors.Filtering() { // bracketed paste into the search box
			return a, a.actors.Paste(msg.Content)
		}
		if a.reader.Finding() {
			return a, a.reader.Paste(msg.Content)
		}
		if a.prompt != nil {
			a.prompt.value += strings.Join(strings.Fields(model.CleanLine(msg.Content)), " ")
		}
		if p := a.datePrompt; p != nil {
			p.text += strings.Join(strings.Fields(model.CleanLine(msg.Content)), "")
			p.text = p.text[:min(len(p.text), 40)]
			p.text = strings.ToValidUTF8(p.text, "")
			p.err = ""
		}
		return a, nil
	case tea.KeyPressMsg:
		cmd := a.handleKey(msg)
		if a.actors.version != a.matrixAt { // an emptied search shows everyone at once
			a.syncMatrix()
		}
		return a, cmd
	case tea.MouseClickMsg:
		return a, a.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		a.handleWheel(msg.Mouse())
		return a, nil
	case articleSelectedMsg:
		if msg.article != a.articles.Selected() {
			// The cursor moved on since (a burst of keys): this message is
			// stale, and the newer one that follows will show the article.
			if !msg.open {
				return a, nil
			}
			msg.article = a.articles.Selected()
		}
		a.selectArticle(msg.article)
		if msg.open {
			a.focus(paneReader)
		}
		return a, nil
	case dossierOpenMsg:
		a.dossier = nil
		a.selectArticle(msg.article)
		a.reader.SetActor(msg.actor)
		a.focus(paneReader)
		if !a.reader.JumpToSpan(msg.span) {
			a.reader.JumpFirst()
		}
		return a, nil
	case editorMsg:
		return a, a.runEditor(msg)
	case execDoneMsg:
		if msg.err != nil {
			a.notice = model.CleanLine(msg.what + ": " + msg.err.Error())
		}
		return a, nil
	case exportDoneMsg:
		if msg.err != nil {
			a.notice = "export failed: " + model.CleanLine(msg.err.Error())
		} else {
			a.notice = "exported to " + model.CleanLine(msg.path)
		}
		return a, nil
	case readerArticleMsg:
		a.articles.Select(a.reader.Article())
		return a, nil
	case evidenceOpenMsg:
		return a, a.openEvidence(msg)
	case rangeAppliedMsg:
		a.rangeApplied(msg)
		return a, nil
	}
	var cmds []tea.Cmd
	for _, p := range a.panes() {
		cmds = append(cmds, p.Update(msg))
	}
	if a.actors.version != a.matrixAt {
		a.syncMatrix()
	}
	return a, tea.Batch(cmds...)
}

func (a *App) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if key.Matches(k, a.keys.ForceQuit) {
		return tea.Quit
	}
	if a.loading {
		// Keys typed before the articles are there are kept, and run once
		// they are; q still quits at once.
		if key.Matches(k, a.keys.Quit) || key.Matches(k, a.keys.Back) && len(a.pending) == 0 {
			return tea.Quit // esc leaves the loading screen unless keys wait
		}
		if len(a.pending) < maxPendingKeys {
			a.pending = append(a.pending, k)
		}
		return nil
	}
	if a.fatal != nil {
		if key.Matches(k, a.keys.Quit, a.keys.Back) {
			return tea.Quit
		}
		a.warnList.update(k) // the reasons the load failed
		return nil
	}
	if a.prompt != nil {
		return a.promptKey(k)
	}
	if a.actors.Filtering() { // a search being typed gets every key, q too
		return a.actors.Update(k)
	}
	if a.datePrompt != nil { // so does a date range
		return a.rangeKey(k)
	}
	if a.reader.Finding() {
		return a.reader.Update(k)
	}
	if a.showWarnings {
		switch {
		case key.Matches(k, a.keys.Back, a.keys.Warnings):
			a.showWarnings = false
			return nil
		case a.warnList.update(k):
			return nil
		}
	}
	if a.timeline != nil && !key.Matches(k, a.keys.Quit, a.keys.Help) {
		cmd, done := a.timeline.update(k)
		if done {
			a.timeline = nil
		}
		return cmd
	}
	switch {
	case key.Matches(k, a.keys.Copy):
		return a.copyCitation()
	case key.Matches(k, a.keys.Pager):
		return a.openPager()
	case key.Matches(k, a.keys.Editor):
		return a.openEditor()
	case key.Matches(k, a.keys.Export):
		a.startExport()
		return nil
	}
	if a.dossier != nil {
		switch {
		case key.Matches(k, a.dossier.keys.Close):
			a.dossier = nil
			return nil
		case key.Matches(k, a.keys.Quit):
			return tea.Quit
		case key.Matches(k, a.keys.Help):
			a.help.ShowAll = !a.help.ShowAll
			a.layout()
			return nil
		}
		return a.dossier.Update(k)
	}
	if key.Matches(k, a.keys.Back) {
		if cmd, ok := a.back(); ok {
			return cmd
		}
	}
	switch {
	case key.Matches(k, a.keys.Quit):
		return tea.Quit
	case key.Matches(k, a.keys.Help):
		a.help.ShowAll = !a.help.ShowAll
		a.layout()
	case key.Matches(k, a.keys.Warnings):
		a.showWarnings = len(a.warnings) > 0
	case key.Matches(k, a.keys.Dossier):
		return a.openDossier()
	case key.Matches(k, a.keys.Timeline):
		a.openTimeline()
	case key.Matches(k, a.keys.Outlet):
		return a.nextOutlet()
	case key.Matches(k, a.keys.Question):
		return a.nextQuestion()
	case key.Matches(k, a.rangeKeys.Open):
		a.datePrompt = &rangePrompt{}
		if !a.dates.IsZero() {
			a.datePrompt.text = a.dates.From + ".." + a.dates.To
		}
	case key.Matches(k, a.keys.NextPane):
		a.focus(a.focused + 1)
	case key.Matches(k, a.keys.PrevPane):
		a.focus(a.focused - 1)
	case key.Matches(k, a.keys.Pane1):
		a.focus(paneArticles)
	case key.Matches(k, a.keys.Pane2):
		a.focus(paneActors)
	case key.Matches(k, a.keys.Pane3):
		a.focus(paneMatrix)
	case key.Matches(k, a.keys.Pane4):
		a.focus(paneReader)
	case key.Matches(k, a.actors.keys.Search) && a.focused != paneActors && a.focused != paneReader:
		a.focus(paneActors) // "/" searches the actors from any pane
		return a.actors.Update(k)
	case key.Matches(k, a.fkeys.Order) && a.focused == paneArticles:
		return a.articles.Update(k) // s sorts the list in focus: there, the articles
	case key.Matches(k, a.fkeys.Lean, a.fkeys.Kind, a.fkeys.WithPosition, a.fkeys.Order):
		return a.changeFilter(k)
	case key.Matches(k, a.keys.NextArticle):
		return a.stepArticle(1)
	case key.Matches(k, a.keys.PrevArticle):
		return a.stepArticle(-1)
	default:
		return a.panes()[a.focused].Update(k)
	}
	return nil
}

// openTimeline shows the timeline of the actor in view: the one under the
// cursor of the Actors list or the matrix when one has the focus (as d
// does), else the one whose evidence the reader shows, else the one under
// the Actors cursor.
func (a *App) openTimeline() {
	actor := a.reader.Actor()
	switch {
	case a.focused == paneMatrix && a.matrix.Selected() >= 0:
		actor = a.matrix.Selected()
	case actor < 0 || a.focused == paneActors:
		actor = a.actors.Selected()
	}
	if actor < 0 || actor >= len(a.ix.corpus.Actors) {
		a.notice = "no actor to show a timeline for"
		return
	}
	a.showWarnings = false
	a.timeline = newTimeline(a.ix, actor)
}

// selectArticle shows article i in the reader and the Articles pane.
func (a *App) selectArticle(i int) {
	n := len(a.ix.titles)
	if n == 0 {
		return
	}
	i = min(max(i, 0), n-1)
	a.articles.Select(i)
	if i != a.reader.Article() {
		a.reader.SetArticle(i)
	}
	a.notice = ""
}

// openEvidence shows an actor's evidence: the article, only its highlights,
// and the first of them.
func (a *App) openEvidence(msg evidenceOpenMsg) tea.Cmd {
	if msg.actor < 0 || msg.actor >= len(a.ix.names) {
		return nil
	}
	art := msg.article
	if art < 0 {
		art = a.ix.firstArticleFor(msg.actor)
	}
	if art < 0 {
		art = a.reader.Article()
	}
	a.selectArticle(art)
	a.reader.SetActor(msg.actor)
	a.focus(paneReader)
	if a.reader.JumpFirst() {
		return nil
	}
	a.notice = "no sentence names " + a.ix.names[msg.actor]
	return nil
}
