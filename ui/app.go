package ui

import (
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
	fatal    error // the load failed with nothing to show

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
	timeline     *timeline // open over the panes when set

	full      *model.Corpus   // as loaded; the panes show it narrowed to dates
	dates     model.DateRange // the date range shown
	outlet    string          // the one outlet shown, or "" for all
	question  string          // the id of the question shown (several may be loaded)
	prompt    *rangePrompt    // the date range being typed, when set
	rangeKeys RangeKeyMap
}

func newApp(load LoadFunc, opt Options, noColor bool) *App {
	a := &App{opt: opt, noColor: noColor, dark: opt.Theme != "light", keys: DefaultGlobalKeyMap(),
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
	a.timeline = nil
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
		a.loaded(msg)
		return a, nil
	case tea.KeyPressMsg:
		return a, a.handleKey(msg)
	case tea.MouseClickMsg:
		return a, a.handleClick(msg.Mouse())
	case tea.MouseWheelMsg:
		a.handleWheel(msg.Mouse())
		return a, nil
	case articleSelectedMsg:
		a.selectArticle(msg.article)
		if msg.open {
			a.focus(paneReader)
		}
		return a, nil
	case evidenceOpenMsg:
		return a, a.openEvidence(msg)
	case rangeAppliedMsg:
		a.rangeApplied(msg)
		return a, nil
	case statusMsg:
		a.notice = string(msg)
		return a, nil
	}
	var cmds []tea.Cmd
	for _, p := range a.panes() {
		cmds = append(cmds, p.Update(msg))
	}
	return a, tea.Batch(cmds...)
}

func (a *App) handleKey(k tea.KeyPressMsg) tea.Cmd {
	if key.Matches(k, a.keys.ForceQuit) {
		return tea.Quit
	}
	if a.loading || a.fatal != nil {
		if key.Matches(k, a.keys.Quit, a.keys.Back) {
			return tea.Quit
		}
		if a.fatal != nil {
			a.warnList.update(k) // the reasons the load failed
		}
		return nil
	}
	if a.actors.Filtering() { // a search being typed gets every key, q too
		return a.actors.Update(k)
	}
	if a.prompt != nil { // so does a date range
		return a.rangeKey(k)
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
	case key.Matches(k, a.keys.Quit):
		return tea.Quit
	case key.Matches(k, a.keys.Help):
		a.help.ShowAll = !a.help.ShowAll
		a.layout()
	case key.Matches(k, a.keys.Warnings):
		a.showWarnings = len(a.warnings) > 0
	case key.Matches(k, a.keys.Timeline):
		a.openTimeline()
	case key.Matches(k, a.rangeKeys.Outlet):
		return a.nextOutlet()
	case key.Matches(k, a.rangeKeys.Question):
		return a.nextQuestion()
	case key.Matches(k, a.rangeKeys.Open):
		a.prompt = &rangePrompt{}
		if !a.dates.IsZero() {
			a.prompt.text = a.dates.From + ".." + a.dates.To
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
	case key.Matches(k, a.actors.keys.Search) && a.focused != paneActors:
		a.focus(paneActors) // "/" searches the actors from any pane
		return a.actors.Update(k)
	case key.Matches(k, a.keys.NextArticle):
		a.selectArticle(a.reader.Article() + 1)
	case key.Matches(k, a.keys.PrevArticle):
		a.selectArticle(a.reader.Article() - 1)
	default:
		return a.panes()[a.focused].Update(k)
	}
	return nil
}

// openTimeline shows the timeline of the actor in view: the one whose
// evidence the reader shows, else the one under the Actors cursor.
func (a *App) openTimeline() {
	actor := a.reader.Actor()
	if actor < 0 || a.focused == paneActors {
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
	if cmd := a.reader.JumpFirst(); cmd != nil {
		return cmd
	}
	return status("no evidence of " + a.ix.names[msg.actor] + " in this article")
}
