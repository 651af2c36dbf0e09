// Package goldscore scores a loaded corpus against hand-made gold
// annotations (the format of testdata/gold_seeds.json): actors found,
// stances right, false stances, actors that are not actors, evidence
// offsets and sources.
package goldscore

import (
	"encoding/json"
	"fmt"
	"os"
	"path"
	"strings"

	"standpoint/model"
)

// File is the format of hand-made annotations (testdata/gold_seeds.json).
type File struct {
	Articles []struct {
		File      string  `json:"file"`
		Source    *string `json:"source"`
		Actors    []Actor
		NotActors []string `json:"not_actors"`
	} `json:"articles"`
}

type Actor struct {
	Name    string         `json:"name"`
	Kind    model.Kind     `json:"kind"`
	Aliases []string       `json:"aliases"`
	Stance  model.Stance   `json:"stance"`
	Accept  []model.Stance `json:"accept"`
}

func (g Actor) Names() []string { return append([]string{g.Name}, g.Aliases...) }

func (g Actor) Accepts(s model.Stance) bool {
	if s == g.Stance {
		return true
	}
	for _, a := range g.Accept {
		if a == s {
			return true
		}
	}
	return false
}

// ActorMatches applies the gold's rule: the predicted name or any alias
// equals, case-insensitively, the gold name or one of its aliases.
func ActorMatches(a *model.Actor, names []string) bool {
	for _, predicted := range append([]string{a.Name}, a.Aliases...) {
		for _, n := range names {
			if strings.EqualFold(predicted, n) {
				return true
			}
		}
	}
	return false
}

// Score is the evaluation of a corpus against gold annotations.
type Score struct {
	GoldActors, Found, StanceRight, FalseStances, NotActors, BadOffsets, BadSources int
	// Positions are the gold actors with a stance other than none, and
	// PositionsRight those of them read right.
	Positions, PositionsRight int
	Rows                      []string
}

// Evaluate scores c against gold; prefix is what the corpus's file names
// have before the gold's.
func Evaluate(c *model.Corpus, gold File, prefix string) Score {
	var sc Score
	texts := map[string]string{}
	for _, a := range c.Articles {
		texts[a.File] = a.Text
	}
	for i := range c.Actors {
		for _, p := range c.Actors[i].Positions {
			for _, e := range p.Evidence {
				if t, ok := texts[p.File]; !ok || e.Start < 0 || e.End > len(t) || e.Start > e.End || t[e.Start:e.End] != e.Text {
					sc.BadOffsets++
				}
			}
		}
	}
	sources := map[string]string{}
	for _, a := range c.Articles {
		sources[a.File] = a.Source
	}
	for _, ga := range gold.Articles {
		file := prefix + ga.File
		want := ""
		if ga.Source != nil {
			want = *ga.Source
		}
		if got := sources[file]; got != want {
			sc.BadSources++
			sc.Rows = append(sc.Rows, fmt.Sprintf("%-22s source %q, gold %q  SOURCE", short(file), got, want))
		}
		for _, g := range ga.Actors {
			sc.GoldActors++
			if g.Stance != model.None {
				sc.Positions++
			}
			row := fmt.Sprintf("%-22s %-22s gold %-9s", short(file), g.Name, g.Stance)
			var pos *model.Position
			for i := range c.Actors {
				if ActorMatches(&c.Actors[i], g.Names()) {
					if p, ok := c.Actors[i].PositionIn(file); ok {
						pos = &p
						break
					}
				}
			}
			switch {
			case pos == nil:
				row += " MISSING"
			case g.Accepts(pos.Stance):
				sc.Found++
				sc.StanceRight++
				if g.Stance != model.None {
					sc.PositionsRight++
				}
				row += " got " + string(pos.Stance)
			default:
				sc.Found++
				row += " got " + string(pos.Stance) + "  WRONG"
				if pos.Stance != model.None && !g.Accepts(pos.Stance) && g.Stance == model.None {
					sc.FalseStances++
				}
			}
			sc.Rows = append(sc.Rows, row)
		}
		for i := range c.Actors {
			a := &c.Actors[i]
			p, ok := a.PositionIn(file)
			if !ok {
				continue
			}
			inGold := false
			for _, g := range ga.Actors {
				inGold = inGold || ActorMatches(a, g.Names())
			}
			if !inGold && p.Stance != model.None {
				sc.FalseStances++
				sc.Rows = append(sc.Rows, fmt.Sprintf("%-22s %-22s not in gold, got %s  FALSE", short(file), a.Name, p.Stance))
			}
			if ActorMatches(a, ga.NotActors) {
				sc.NotActors++
				sc.Rows = append(sc.Rows, fmt.Sprintf("%-22s %-22s is not an actor  NOT_ACTOR", short(file), a.Name))
			}
		}
	}
	return sc
}

// Load reads a gold file.
func Load(name string) (File, error) {
	var g File
	data, err := os.ReadFile(name)
	if err != nil {
		return g, err
	}
	if err := json.Unmarshal(data, &g); err != nil {
		return g, fmt.Errorf("%s: %v", name, err)
	}
	return g, nil
}

// Summary is the score's one-line total.
func (sc Score) Summary() string {
	right := 0.0
	if sc.GoldActors > 0 {
		right = 100 * float64(sc.StanceRight) / float64(sc.GoldActors)
	}
	positions := 0.0
	if sc.Positions > 0 {
		positions = 100 * float64(sc.PositionsRight) / float64(sc.Positions)
	}
	return fmt.Sprintf("gold actors %d, found %d, stance right %d (%.0f%%), positions right %d/%d (%.0f%%), false stances %d, not_actors %d, bad offsets %d, wrong sources %d",
		sc.GoldActors, sc.Found, sc.StanceRight, right, sc.PositionsRight, sc.Positions, positions, sc.FalseStances, sc.NotActors, sc.BadOffsets, sc.BadSources)
}

func short(file string) string {
	base := path.Base(file)
	return base[:min(12, len(base))]
}
