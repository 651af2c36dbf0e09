package model

import "testing"

func positions(stances ...Stance) []Position {
	var ps []Position
	for i, s := range stances {
		ps = append(ps, Position{File: string(rune('a' + i)), Stance: s})
	}
	return ps
}

func corpusOf(ps []Position, sources ...string) *Corpus {
	c := &Corpus{Actors: []Actor{{Name: "X", Positions: ps}}}
	for i := range ps {
		src := ""
		if i < len(sources) {
			src = sources[i]
		}
		c.Articles = append(c.Articles, Article{File: string(rune('a' + i)), Source: src})
	}
	return c
}

func TestBreakdownLeanAndCounts(t *testing.T) {
	cases := []struct {
		name   string
		ps     []Stance
		lean   Stance
		side   Side
		change bool
	}{
		{"nothing", []Stance{None, None}, None, NoSide, false},
		{"mostly rules out", []Stance{RulesOut, Supports, RulesOut, Supports, RulesOut, None}, RulesOut, Against, false},
		{"for beats against", []Stance{Open, Supports, Supports, Opposes}, Supports, For, false},
		{"open on a tie with supports", []Stance{Open, Supports}, Open, For, false},
		{"for and against tie", []Stance{Supports, RulesOut, Supports, RulesOut}, Mixed, Between, false},
		{"undecided most", []Stance{Undecided, Undecided, Opposes}, Undecided, Between, false},
		{"a clean change", []Stance{RulesOut, None, RulesOut, Supports, Supports}, Supports, For, true},
		{"a change off the fence", []Stance{Undecided, Undecided, Open, Open}, Open, For, true},
		{"one article is no change", []Stance{RulesOut, RulesOut, Supports}, RulesOut, Against, false},
		{"noise is no change", []Stance{RulesOut, Supports, RulesOut}, RulesOut, Against, false},
		{"same side is no change", []Stance{Open, Supports}, Open, For, false},
	}
	for _, c := range cases {
		b := Breakdowns(corpusOf(positions(c.ps...)))[0]
		if b.Lean != c.lean || b.Side != c.side || (b.Change != nil) != c.change {
			t.Errorf("%s: lean %s side %s change %+v; want %s %s %v", c.name, b.Lean, b.Side, b.Change, c.lean, c.side, c.change)
		}
		n := 0
		for _, s := range c.ps {
			if s != None {
				n++
			}
		}
		if b.Articles != n {
			t.Errorf("%s: %d articles, want %d", c.name, b.Articles, n)
		}
	}
	b := Breakdowns(corpusOf(positions(RulesOut, None, RulesOut, Supports, Supports)))[0]
	if *b.Change != (Shift{From: RulesOut, To: Supports, File: "d"}) {
		t.Errorf("change = %+v", *b.Change)
	}
	if b.RulesOut != 2 || b.Supports != 2 || b.None != 1 || b.Count(Supports) != 2 {
		t.Errorf("counts %+v", b)
	}
}

// The order of articles, not of the actor's positions, is the order of a
// change; sources are counted once each, unnamed ones not at all.
func TestBreakdownArticleOrderAndSources(t *testing.T) {
	c := corpusOf(positions(Supports, Supports, RulesOut, RulesOut), "Le Monde", "", "Le Monde")
	ps := c.Actors[0].Positions
	ps[0], ps[3] = ps[3], ps[0]
	b := Breakdowns(c)[0]
	if b.Change == nil || b.Change.From != Supports || b.Change.File != "c" || b.Lean != RulesOut {
		t.Errorf("change = %+v", b.Change)
	}
	if b.Sources != 1 {
		t.Errorf("sources = %d, want 1", b.Sources)
	}
}

func TestSentencesListsEachOnce(t *testing.T) {
	p := Position{Stance: Open, Evidence: []Evidence{
		{Start: 0, End: 5, Stance: Undecided}, {Start: 6, End: 9, Stance: Undecided}, {Start: 6, End: 9, Stance: Open},
	}}
	got := p.Sentences()
	if len(got) != 2 || got[1].Stance != Open || got[0].Stance != Undecided {
		t.Errorf("Sentences = %+v", got)
	}
}

// When every article is dated, a change is read in date order, whatever the
// files' names; one undated article puts it back to file order.
func TestBreakdownChangeInDateOrder(t *testing.T) {
	c := corpusOf(positions(RulesOut, RulesOut, Supports, Supports))
	for i, d := range []string{"2025-03-01", "2025-04-01", "2024-01-01", "2024-02-01"} {
		c.Articles[i].Date = d
	}
	b := Breakdowns(c)[0]
	if b.Change == nil || b.Change.From != Supports || b.Change.To != RulesOut || b.Change.File != "a" || b.Lean != RulesOut {
		t.Errorf("dated: change = %+v, lean %s", b.Change, b.Lean)
	}
	c.Articles[1].Date = ""
	b = Breakdowns(c)[0]
	if b.Change == nil || b.Change.From != RulesOut || b.Change.File != "c" || b.Lean != Supports {
		t.Errorf("one undated: change = %+v, lean %s", b.Change, b.Lean)
	}
}

// With two questions, the breakdown answers the corpus's question: the
// first in the whole corpus, the kept one in ForQuestion's view.
func TestBreakdownAnswersOneQuestion(t *testing.T) {
	c := corpusOf([]Position{
		{File: "a", Stance: RulesOut, Question: "troops"}, {File: "a", Stance: Supports, Question: "missiles"},
		{File: "b", Stance: RulesOut, Question: "troops"}, {File: "b", Stance: Supports, Question: "missiles"},
	})
	c.Articles = c.Articles[:2]
	c.Question = "Troops?"
	c.Questions = []QuestionInfo{{ID: "troops", Text: "Troops?"}, {ID: "missiles", Text: "Missiles?"}}
	if b := Breakdowns(c)[0]; b.RulesOut != 2 || b.Supports != 0 || b.Lean != RulesOut {
		t.Errorf("whole corpus: %+v", b)
	}
	if b := Breakdowns(c.ForQuestion("missiles"))[0]; b.Supports != 2 || b.RulesOut != 0 || b.Lean != Supports {
		t.Errorf("missiles: %+v", b)
	}
}
