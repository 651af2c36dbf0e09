package ui

import (
	"charm.land/bubbles/v2/key"

	"standpoint/model"
)

// GlobalKeyMap holds the keys that work whatever pane has the focus.
type GlobalKeyMap struct {
	Quit, ForceQuit, Help    key.Binding
	NextPane, PrevPane       key.Binding
	Pane1, Pane2, Pane3      key.Binding
	Pane4                    key.Binding
	NextArticle, PrevArticle key.Binding
	Warnings, Timeline       key.Binding
	Dossier                  key.Binding // every sentence of the actor under the cursor
	Copy, Pager, Editor      key.Binding // the sentence in view: clipboard, or its article opened at it
	Export                   key.Binding
	Outlet, Question         key.Binding // narrow to the next outlet; show the next question's matrix
	Back                     key.Binding // leaves the warnings, or a loading or error screen
	// MouseHint is no key: the full help says with it how to get the wheel
	// and clicks, off by default so that the terminal keeps its selection.
	MouseHint key.Binding
}

// DefaultGlobalKeyMap is the app-wide key map.
func DefaultGlobalKeyMap() GlobalKeyMap {
	return GlobalKeyMap{
		Quit:        key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:   key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
		Help:        key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		NextPane:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "prev pane")),
		Pane1:       key.NewBinding(key.WithKeys("1"), key.WithHelp("1-4", "go to pane")),
		Pane2:       key.NewBinding(key.WithKeys("2")),
		Pane3:       key.NewBinding(key.WithKeys("3")),
		Pane4:       key.NewBinding(key.WithKeys("4")),
		NextArticle: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next article")),
		PrevArticle: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "prev article")),
		Warnings:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "warnings")),
		Timeline:    key.NewBinding(key.WithKeys("t"), key.WithHelp("t", "actor's timeline")),
		Dossier:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "actor's dossier")),
		Copy:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy with citation")),
		Pager:       key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "open in $PAGER")),
		Editor:      key.NewBinding(key.WithKeys("E"), key.WithHelp("E", "open in $EDITOR")),
		Export:      key.NewBinding(key.WithKeys("X"), key.WithHelp("X", "export view .md/.csv")),
		Outlet:      key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "next outlet")),
		Question:    key.NewBinding(key.WithKeys("m"), key.WithHelp("m", "next question")),
		Back:        key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		MouseHint:   key.NewBinding(key.WithKeys("--mouse"), key.WithHelp("--mouse", "wheel, click")),
	}
}

// NavKeyMap moves a cursor or a scroll position; every pane has one.
type NavKeyMap struct {
	Up, Down, Top, Bottom, PageUp, PageDown key.Binding
}

// DefaultNavKeyMap is the shared movement keys.
func DefaultNavKeyMap() NavKeyMap {
	return NavKeyMap{
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G", "bottom")),
		PageUp:   key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "pgdn"), key.WithHelp("pgdn", "page down")),
	}
}

// typingNavKeyMap is the navigation of DefaultNavKeyMap without its letter
// keys, which a search query types instead.
func typingNavKeyMap() NavKeyMap {
	n := DefaultNavKeyMap()
	n.Up.SetKeys("up", "ctrl+p") // as in fzf
	n.Down.SetKeys("down", "ctrl+n")
	n.Top.SetKeys("home")
	n.Bottom.SetKeys("end")
	return n
}

func (n NavKeyMap) bindings() []key.Binding {
	return []key.Binding{n.Up, n.Down, n.Top, n.Bottom, n.PageUp, n.PageDown}
}

// ArticlesKeyMap is the Articles pane's keys.
type ArticlesKeyMap struct {
	Nav  NavKeyMap
	Open key.Binding
	Sort key.Binding
}

// DefaultArticlesKeyMap returns the Articles pane's keys.
func DefaultArticlesKeyMap() ArticlesKeyMap {
	return ArticlesKeyMap{
		Nav:  DefaultNavKeyMap(),
		Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
		Sort: key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort")),
	}
}

// ActorsKeyMap is the Actors pane's keys; Accept, Cancel and DeleteChar are
// live only while a search is typed.
type ActorsKeyMap struct {
	Nav        NavKeyMap
	TypingNav  NavKeyMap // while a query is typed: only keys that type no text
	Open       key.Binding
	Search     key.Binding
	Clear      key.Binding
	Accept     key.Binding
	Cancel     key.Binding
	DeleteChar key.Binding
	ClearQuery key.Binding
}

// DefaultActorsKeyMap returns the Actors pane's keys.
func DefaultActorsKeyMap() ActorsKeyMap {
	return ActorsKeyMap{
		Nav:        DefaultNavKeyMap(),
		TypingNav:  typingNavKeyMap(),
		Open:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show evidence")),
		Search:     key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		Clear:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear search")),
		Accept:     key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open first")),
		Cancel:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		DeleteChar: key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "delete")),
		ClearQuery: key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "clear query")),
	}
}

// MatrixKeyMap is the Matrix pane's keys.
type MatrixKeyMap struct {
	Nav         NavKeyMap
	Left, Right key.Binding
	Toggle      key.Binding
	Open        key.Binding
}

// DefaultMatrixKeyMap returns the Matrix pane's keys.
func DefaultMatrixKeyMap() MatrixKeyMap {
	return MatrixKeyMap{
		Nav:    DefaultNavKeyMap(),
		Left:   key.NewBinding(key.WithKeys("h", "left"), key.WithHelp("←/h", "left")),
		Right:  key.NewBinding(key.WithKeys("l", "right"), key.WithHelp("→/l", "right")),
		Toggle: key.NewBinding(key.WithKeys("v"), key.WithHelp("v", "grid/columns")),
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "show evidence")),
	}
}

// ReaderKeyMap is the Reader pane's keys.
type ReaderKeyMap struct {
	Nav                NavKeyMap
	NextHit, PrevHit   key.Binding
	ShowAll            key.Binding
	Why                key.Binding // how the loader read the sentence
	HalfDown, HalfUp   key.Binding
	PageDown2, PageUp2 key.Binding // space and b, as in less
	Find               key.Binding // search the article's text
	FindAccept         key.Binding
	FindCancel         key.Binding
	FindDelete         key.Binding
}

// DefaultReaderKeyMap returns the Reader pane's keys.
func DefaultReaderKeyMap() ReaderKeyMap {
	return ReaderKeyMap{
		Nav:        DefaultNavKeyMap(),
		NextHit:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next evidence")),
		PrevHit:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "prev evidence")),
		ShowAll:    key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "all actors")),
		Why:        key.NewBinding(key.WithKeys("i"), key.WithHelp("i", "why")),
		HalfDown:   key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d/u", "half page")),
		HalfUp:     key.NewBinding(key.WithKeys("ctrl+u")),
		PageDown2:  key.NewBinding(key.WithKeys("space"), key.WithHelp("space/b", "page")),
		PageUp2:    key.NewBinding(key.WithKeys("b")),
		Find:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search text")),
		FindAccept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep")),
		FindCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		FindDelete: key.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", "delete")),
	}
}

// FilterKeyMap narrows and orders the actors of the Actors list, the matrix
// and the grid together; the keys work from any pane.
type FilterKeyMap struct {
	Lean, Kind, WithPosition, Order key.Binding
}

// DefaultFilterKeyMap returns the filter keys.
func DefaultFilterKeyMap() FilterKeyMap {
	return FilterKeyMap{
		Lean:         key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "filter by stance")),
		Kind:         key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "filter by kind")),
		WithPosition: key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "hide no position")),
		Order:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort: evidence/name")),
	}
}

func (f FilterKeyMap) bindings() []key.Binding {
	return []key.Binding{f.Lean, f.Kind, f.WithPosition, f.Order}
}

// DossierKeyMap is the dossier's keys.
type DossierKeyMap struct {
	Nav        NavKeyMap
	Next, Prev key.Binding // the next / previous sentence, over the headings
	Open       key.Binding
	Close      key.Binding
}

// DefaultDossierKeyMap returns the dossier's keys.
func DefaultDossierKeyMap() DossierKeyMap {
	return DossierKeyMap{
		Nav:   DefaultNavKeyMap(),
		Next:  key.NewBinding(key.WithKeys("n"), key.WithHelp("n/N", "next/prev")),
		Prev:  key.NewBinding(key.WithKeys("N")),
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read it")),
		Close: key.NewBinding(key.WithKeys("esc", "d"), key.WithHelp("esc", "close")),
	}
}

// legend explains the glyphs in the full help (as bindings, so that the
// help lays them out; none is a key). labels, when set, are the shown
// question's own meanings of the stances (several questions loaded).
func legend(labels map[string]string) []key.Binding {
	entry := func(g string, s model.Stance, name, text string) key.Binding {
		if l := labels[string(s)]; l != "" {
			text = l
		}
		return key.NewBinding(key.WithKeys("legend "+g), key.WithHelp(g, name+": "+text))
	}
	return []key.Binding{
		entry("▲", model.Supports, "supports", "troops should be sent"),
		entry("◐", model.Open, "open", "would consider it"),
		entry("?", model.Undecided, "undecided", "not yet decided"),
		entry("■", model.RulesOut, "rules out", "not its own troops"),
		entry("▼", model.Opposes, "opposes", "no one's troops"),
		entry("±", model.Mixed, "split", "as much for as against"),
		entry("·", model.None, "no position", "only named"),
		key.NewBinding(key.WithKeys("legend ↗ ↘"), key.WithHelp("↗ ↘", "changed, towards for / against")),
		key.NewBinding(key.WithKeys("legend "+oneOutletMark), key.WithHelp(oneOutletMark, "one outlet alone reports it")),
	}
}
