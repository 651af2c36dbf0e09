package loader

import (
	"standpoint/loader/question"
	"testing"

	"standpoint/internal/goldscore"
	"standpoint/seeds"
)

func loadGold(t *testing.T, name string) goldscore.File {
	t.Helper()
	g, err := goldscore.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestGoldSeeds scores the loader against the hand-made annotations of the
// sample articles; `go test -v -run Gold ./loader` prints the table.
func TestGoldSeeds(t *testing.T) {
	c, err := LoadFS(seeds.FS, seeds.Prefix, Options{})
	if err != nil {
		t.Fatal(err)
	}
	gold := loadGold(t, "../testdata/gold_seeds.json")
	sc := goldscore.Evaluate(c, gold, seeds.Prefix)
	for _, r := range sc.Rows {
		t.Log(r)
	}
	right := float64(sc.StanceRight) / float64(sc.GoldActors)
	t.Logf("gold actors %d, found %d, stance right %d (%.0f%%), false stances %d, not_actors %d, bad offsets %d, wrong sources %d",
		sc.GoldActors, sc.Found, sc.StanceRight, 100*right, sc.FalseStances, sc.NotActors, sc.BadOffsets, sc.BadSources)
	if sc.Found != sc.GoldActors {
		t.Errorf("found %d of %d gold actors", sc.Found, sc.GoldActors)
	}
	if right < 0.9 {
		t.Errorf("stance right %.0f%%, want at least 90%%", 100*right)
	}
	if sc.FalseStances > 2 {
		t.Errorf("%d false stances, want at most 2", sc.FalseStances)
	}
	if sc.NotActors > 0 {
		t.Errorf("%d not_actors reported", sc.NotActors)
	}
	if sc.BadOffsets > 0 {
		t.Errorf("%d evidence offsets do not match the text", sc.BadOffsets)
	}
	for _, ga := range gold.Articles {
		want := ""
		if ga.Source != nil {
			want = *ga.Source
		}
		for _, a := range c.Articles {
			if a.File == seeds.Prefix+ga.File && a.Source != want {
				t.Errorf("%s: source %q, want %q", a.File, a.Source, want)
			}
		}
	}
}

// TestGoldHeldOut scores articles written for these tests, in other styles
// than the samples (datelines, quotes, Markdown, traps), so that a rule
// tuned to the samples shows up as a regression here.
func TestGoldHeldOut(t *testing.T) {
	c, err := Load([]string{"testdata/heldout"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	gold := loadGold(t, "testdata/gold_heldout.json")
	sc := goldscore.Evaluate(c, gold, "testdata/heldout/")
	for _, r := range sc.Rows {
		t.Log(r)
	}
	right := float64(sc.StanceRight) / float64(sc.GoldActors)
	t.Logf("gold actors %d, found %d, stance right %d (%.0f%%), false stances %d, not_actors %d, bad offsets %d, wrong sources %d",
		sc.GoldActors, sc.Found, sc.StanceRight, 100*right, sc.FalseStances, sc.NotActors, sc.BadOffsets, sc.BadSources)
	if float64(sc.Found) < 0.9*float64(sc.GoldActors) || right < 0.8 || sc.FalseStances > 3 || sc.NotActors > 0 || sc.BadOffsets > 0 || sc.BadSources > 0 {
		t.Errorf("held-out score below the bar (found ≥90%%, stance ≥80%%, ≤3 false, no not_actors, exact offsets)")
	}
}

// TestGoldBlind scores articles that were written and annotated before the
// rules were looked at for them (see the gold's notes); its bar is lower,
// as it is the closest stand-in here for articles the loader has not seen.
func TestGoldBlind(t *testing.T) {
	for _, set := range []string{"blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21"} {
		t.Run(set, func(t *testing.T) { scoreBlind(t, set) })
	}
}

func scoreBlind(t *testing.T, set string) {
	c, err := Load([]string{"testdata/" + set}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	gold := loadGold(t, "testdata/gold_"+set+".json")
	sc := goldscore.Evaluate(c, gold, "testdata/"+set+"/")
	for _, r := range sc.Rows {
		t.Log(r)
	}
	right := float64(sc.StanceRight) / float64(sc.GoldActors)
	t.Logf("gold actors %d, found %d, stance right %d (%.0f%%), false stances %d, not_actors %d, bad offsets %d, wrong sources %d",
		sc.GoldActors, sc.Found, sc.StanceRight, 100*right, sc.FalseStances, sc.NotActors, sc.BadOffsets, sc.BadSources)
	if float64(sc.Found) < 0.8*float64(sc.GoldActors) || right < 0.7 || sc.NotActors > 0 || sc.BadOffsets > 0 || sc.BadSources > 0 {
		t.Errorf("blind score below the bar (found ≥80%%, stance ≥70%%, no not_actors, exact offsets)")
	}
}

// TestGoldMissiles scores the second built-in question on its own gold
// set: articles about supplying long-range missiles, written for the tests
// in the shapes real coverage has. Its first run gave 21 of 79 positions
// right; the bar keeps what the rules since then give (36 of 79) from
// sliding back.
func TestGoldMissiles(t *testing.T) {
	c, err := Load([]string{"testdata/missiles"}, Options{Questions: []*question.Question{question.Builtin("long-range-missiles")}})
	if err != nil {
		t.Fatal(err)
	}
	gold := loadGold(t, "testdata/gold_missiles.json")
	sc := goldscore.Evaluate(c, gold, "testdata/missiles/")
	for _, r := range sc.Rows {
		t.Log(r)
	}
	t.Log(sc.Summary())
	if float64(sc.Found) < 0.9*float64(sc.GoldActors) || sc.PositionsRight < 34 || sc.FalseStances > 4 || sc.BadOffsets > 0 {
		t.Errorf("missiles score below the bar (found ≥90%%, ≥34 positions right, ≤4 false, exact offsets)")
	}
}
