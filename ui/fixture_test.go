package ui

import (
	"errors"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"standpoint/model"
)

// hostileFile is the fixture article full of terminal control sequences.
const hostileFile = "articles/hostile.txt"

// fixtureBuilder makes corpora whose evidence offsets are computed from the
// text, so that they are right by construction.
type fixtureBuilder struct {
	c     model.Corpus
	texts map[string]string
}

func (b *fixtureBuilder) article(file, title, source, text string) {
	b.c.Articles = append(b.c.Articles, model.Article{File: file, Title: title, Source: source, Text: text,
		Sentences: strings.Count(text, ".")})
	b.texts[file] = text
}

// ev is the evidence for sentence in file, which must occur in it.
func (b *fixtureBuilder) ev(file, sentence string, st model.Stance) model.Evidence {
	i := strings.Index(b.texts[file], sentence)
	if i < 0 {
		panic("fixture: sentence not in " + file + ": " + sentence)
	}
	return model.Evidence{Text: sentence, Start: i, End: i + len(sentence), Stance: st}
}

func (b *fixtureBuilder) actor(id, name string, kind model.Kind, role string, aliases []string, pos ...model.Position) {
	var stances []model.Stance
	for _, p := range pos {
		stances = append(stances, p.Stance)
	}
	b.c.Actors = append(b.c.Actors, model.Actor{ID: id, Name: name, Kind: kind, Role: role, Aliases: aliases,
		Stance: model.Overall(stances), Positions: pos})
}

func (b *fixtureBuilder) pos(file string, st model.Stance, sentences ...string) model.Position {
	p := model.Position{File: file, Stance: st}
	for _, s := range sentences {
		p.Evidence = append(p.Evidence, b.ev(file, s, st))
	}
	return p
}

const (
	fileWarsaw = "articles/warsaw.txt"
	fileParis  = "articles/paris.md"
	fileKyiv   = "articles/kyiv.txt"
)

// Sentences used as evidence (and looked for in views).
const (
	sSikorskiOpen   = `Foreign minister Radosław Sikorski said that sending troops "is not off the table".`
	sTuskRules      = "Prime Minister Donald Tusk ruled out any Polish deployment."
	sPolandRules    = "The Polish government repeated that no Polish soldiers will go."
	sMacronSupports = "Emmanuel Macron said Europe must be ready to send ground troops to Ukraine."
	sScholzOpposes  = "Olaf Scholz firmly opposed sending any German soldiers."
	sMelenchon      = "Jean-Luc Mélenchon called the idea of troops in Ukraine madness and opposed it."
	sSikorskiSup    = "Radosław Sikorski now backed the French proposal to deploy troops."
	sZelenskyy      = "Volodymyr Zelenskyy welcomed any European troops on Ukrainian soil."
	sNato           = "NATO has not decided whether allied troops could be deployed."
	sLi             = "李明 said China was still weighing its position on foreign troops."
	sVolunteers     = "The 🇺🇦 Volunteer Corps called for foreign ground troops now."
	sKremlin        = "The Kremlin opposes any deployment \u202eof Western troops."
	sCommission     = "The European Commission declined to comment."
)

// fixtureCorpus is four articles and twelve actors of every kind and
// stance, with accents, CJK, emoji, and one hostile article.
func fixtureCorpus() *model.Corpus {
	b := &fixtureBuilder{texts: map[string]string{}}
	b.c.Question = model.Question
	b.article(fileWarsaw, "Poland weighs the troops debate", "Notes from Poland",
		"Warsaw, Monday.\n\n"+sSikorskiOpen+" "+sTuskRules+" The debate continues in parliament, where several deputies asked for a vote before any decision is taken.\n\n"+
			sPolandRules+" Analysts said little else.\n")
	b.article(fileParis, "Paris and Berlin split on troops", "Le Monde",
		"PARIS. "+sMacronSupports+" "+sScholzOpposes+"\n\n"+sMelenchon+" "+sSikorskiSup+
			" Diplomats expect the question to return at the next summit, with no agreement in sight.\n\nThe European Commission declined to comment.\n")
	b.article(fileKyiv, "The view from Kyiv", "",
		"KYIV. "+sZelenskyy+" "+sNato+"\n\n"+sLi+" "+sVolunteers+"\n\nLife goes on in the capital. "+
			strings.Repeat("Shops are open and trains run on time. ", 12)+"\n")
	b.article(hostileFile, "Hostile \x1b]52;c;aGVsbG8=\x07file\x1b[2J", "Evil \u202eSource",
		"Intro \x1b[2Jline.\rSecond line.\n"+sKremlin+"\x1b]52;c;aGVsbG8=\x07 The end.\n")

	b.actor("sikorski", "Radosław Sikorski", model.Person, "Foreign Minister of Poland", []string{"Sikorski"},
		b.pos(fileWarsaw, model.Open, sSikorskiOpen), b.pos(fileParis, model.Supports, sSikorskiSup))
	b.actor("tusk", "Donald Tusk", model.Person, "Prime Minister of Poland", []string{"Tusk"},
		b.pos(fileWarsaw, model.RulesOut, sTuskRules))
	b.actor("poland", "Government of Poland", model.Government, "", []string{"Warsaw"},
		b.pos(fileWarsaw, model.RulesOut, sPolandRules))
	b.actor("macron", "Emmanuel Macron", model.Person, "President of France", []string{"Macron", "President Macron"},
		b.pos(fileParis, model.Supports, sMacronSupports))
	b.actor("scholz", "Olaf Scholz", model.Person, "Chancellor of Germany", nil,
		b.pos(fileParis, model.Opposes, sScholzOpposes))
	b.actor("melenchon", "Jean-Luc Mélenchon", model.Person, "leader of La France insoumise", []string{"Mélenchon"},
		b.pos(fileParis, model.Opposes, sMelenchon))
	b.actor("zelenskyy", "Volodymyr Zelenskyy", model.Person, "President of Ukraine", []string{"Zelensky"},
		b.pos(fileKyiv, model.Supports, sZelenskyy))
	b.actor("nato", "NATO", model.Organisation, "North Atlantic Treaty Organization", []string{"the Alliance"},
		b.pos(fileKyiv, model.Undecided, sNato))
	b.actor("li", "李明", model.Person, "Chinese envoy", nil,
		b.pos(fileKyiv, model.Undecided, sLi))
	b.actor("volunteers", "🇺🇦 Volunteer Corps", model.Group, "", nil,
		b.pos(fileKyiv, model.Supports, sVolunteers))
	b.actor("kremlin", "The Kremlin", model.Government, "Russian presidency \x1b[31mred", []string{"Moscow"},
		b.pos(hostileFile, model.Opposes, sKremlin))
	b.actor("commission", "European Commission", model.Organisation, "", nil,
		model.Position{File: fileParis, Stance: model.None, Evidence: []model.Evidence{b.ev(fileParis, sCommission, model.None)}})
	b.c.Warnings = []string{"skipped big.txt: larger than 16 MiB", "odd.md: \x1b[2Jno title found"}
	return &b.c
}

// actorIndex finds a fixture actor by id.
func actorIndex(t testing.TB, c *model.Corpus, id string) int {
	t.Helper()
	for i, a := range c.Actors {
		if a.ID == id {
			return i
		}
	}
	t.Fatalf("no actor %q", id)
	return -1
}

// newTestApp is the app with the fixture loaded at w x h, without colour so
// that views are deterministic.
func newTestApp(t testing.TB, w, h int) *App {
	t.Helper()
	c := fixtureCorpus()
	a := newApp(func(func(int, int)) (*model.Corpus, error) { return c, nil }, Options{Theme: "dark"}, true)
	send(t, a, tea.WindowSizeMsg{Width: w, Height: h})
	send(t, a, a.loadCmd()())
	return a
}

// namedKeys are the keys keyMsg knows by name.
var namedKeys = map[string]tea.KeyPressMsg{
	"tab":       {Code: tea.KeyTab},
	"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift},
	"enter":     {Code: tea.KeyEnter},
	"esc":       {Code: tea.KeyEscape},
	"backspace": {Code: tea.KeyBackspace},
	"up":        {Code: tea.KeyUp},
	"down":      {Code: tea.KeyDown},
	"pgdown":    {Code: tea.KeyPgDown},
	"pgdn":      {Code: tea.KeyPgDown},
	"pgup":      {Code: tea.KeyPgUp},
	"ctrl+c":    {Code: 'c', Mod: tea.ModCtrl},
	"space":     {Code: tea.KeySpace, Text: " "},
}

// keyMsg turns "tab", "shift+tab", "enter", "q", "G"... into a key press.
func keyMsg(s string) tea.KeyPressMsg {
	if k, ok := namedKeys[s]; ok {
		return k
	}
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// press sends keys one by one, running the commands they return; it reports
// whether one of them quit.
func press(t testing.TB, a *App, keys ...string) (quit bool) {
	t.Helper()
	for _, k := range keys {
		if send(t, a, keyMsg(k)) {
			quit = true
		}
	}
	return quit
}

// typeText types s rune by rune.
func typeText(t testing.TB, a *App, s string) {
	t.Helper()
	for _, r := range s {
		if r == ' ' {
			press(t, a, "space")
		} else {
			press(t, a, string(r))
		}
	}
}

// send delivers msg and runs the commands that follow from it, as the
// program would (synchronously), reporting a quit.
func send(t testing.TB, a *App, msg tea.Msg) (quit bool) {
	t.Helper()
	queue := []tea.Msg{msg}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			t.Fatal("message loop does not settle")
		}
		m := queue[0]
		queue = queue[1:]
		switch m := m.(type) {
		case nil:
			continue
		case tea.QuitMsg:
			quit = true
			continue
		case tea.BatchMsg:
			for _, c := range m {
				if c != nil {
					queue = append(queue, c())
				}
			}
			continue
		}
		_, cmd := a.Update(m)
		if cmd != nil {
			queue = append(queue, cmd())
		}
	}
	return quit
}

type modelCorpus = model.Corpus

var errLoad = errors.New("no articles here")

func windowSize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }
