package ui

import (
	"cmp"
	"slices"
	"sort"

	"standpoint/model"
)

// corpusIndex is everything the panes derive from the corpus, computed once
// when it loads and read-only afterwards (filter commands read it from other
// goroutines).
type corpusIndex struct {
	corpus        *model.Corpus
	articleByFile map[string]int

	// Cleaned display strings: file text never reaches the screen raw.
	titles, sources, files []string
	dates                  []string // ISO 8601, or empty
	names, kinds, roles    []string

	articleCounts []stanceCounts // per article: positions by stance
	articlePos    []int          // per article: non-none positions
	spans         [][]span       // per article: evidence spans sorted by start
	actorArticles [][]actorCell  // per actor: its positions in known articles
	evArticles    [][]int        // per actor: the articles with a sentence of it, in order
	posArticles   [][]int        // per actor: those where it takes a position
	backing       []int          // per actor: articles backing its overall stance
	breakdowns    []model.Breakdown
	oneOutlet     []bool // per actor: its lean is reported by one outlet alone, of several
	byWeight      []int  // every actor: by lean (LeanOrder), heaviest evidence first
	byName        []int  // every actor by folded name
	search        *searchIndex
}

// span is one evidence sentence of an article (deduplicated by offsets) with
// every actor it is evidence for.
type span struct {
	start, end int // raw byte offsets into Article.Text
	stance     model.Stance
	actors     []spanActor
}

type spanActor struct {
	actor  int
	stance model.Stance
	why    *model.Why // how the loader read it, if it says
}

// actorCell is an actor's stance in one article.
type actorCell struct {
	article int
	stance  model.Stance
}

func newCorpusIndex(c *model.Corpus) *corpusIndex {
	if c == nil {
		c = &model.Corpus{}
	}
	ix := &corpusIndex{corpus: c, articleByFile: make(map[string]int, len(c.Articles))}
	n := len(c.Articles)
	ix.titles, ix.sources, ix.files = make([]string, n), make([]string, n), make([]string, n)
	ix.dates = make([]string, n)
	for i, a := range c.Articles {
		ix.articleByFile[a.File] = i
		ix.files[i] = model.CleanLine(a.File)
		ix.titles[i] = model.CleanLine(a.Title)
		if ix.titles[i] == "" {
			ix.titles[i] = ix.files[i]
		}
		ix.sources[i] = model.CleanLine(cmp.Or(a.Outlet, a.Source))
		ix.dates[i] = model.CleanLine(a.Date)
	}
	ix.articleCounts = make([]stanceCounts, n)
	ix.articlePos = make([]int, n)
	m := len(c.Actors)
	ix.names, ix.kinds, ix.roles = make([]string, m), make([]string, m), make([]string, m)
	ix.actorArticles = make([][]actorCell, m)
	ix.evArticles = make([][]int, m)
	ix.posArticles = make([][]int, m)
	ix.backing = make([]int, m)
	// Spans are collected per article keyed by offsets so that one sentence
	// quoted for several actors is highlighted once.
	byKey := make([]map[[2]int]int, n)
	ix.spans = make([][]span, n)
	for ai := range c.Actors {
		a := &c.Actors[ai]
		ix.names[ai] = model.CleanLine(a.Name)
		ix.kinds[ai] = model.CleanLine(string(a.Kind))
		ix.roles[ai] = model.CleanLine(a.Role)
		for _, p := range a.Positions {
			if p.Stance != model.None && (p.Stance == a.Stance || a.Stance == model.Mixed) {
				ix.backing[ai]++
			}
			art, ok := ix.articleByFile[p.File]
			if !ok {
				continue
			}
			ix.actorArticles[ai] = append(ix.actorArticles[ai], actorCell{art, p.Stance})
			ix.articleCounts[art][stanceSlot(p.Stance)]++
			if p.Stance != model.None {
				ix.articlePos[art]++
			}
			if ix.addEvidence(art, ai, p.Sentences(), &byKey[art]) {
				ix.evArticles[ai] = append(ix.evArticles[ai], art)
				if p.Stance != model.None {
					ix.posArticles[ai] = append(ix.posArticles[ai], art)
				}
			}
		}
	}
	for ai := range ix.evArticles {
		ix.evArticles[ai] = uniqueSorted(ix.evArticles[ai])
		ix.posArticles[ai] = uniqueSorted(ix.posArticles[ai])
	}
	for art := range ix.spans {
		sort.SliceStable(ix.spans[art], func(i, j int) bool {
			a, b := ix.spans[art][i], ix.spans[art][j]
			if a.start != b.start {
				return a.start < b.start
			}
			return a.end < b.end
		})
	}
	ix.breakdowns = model.Breakdowns(c)
	ix.oneOutlet = oneOutletLeans(c, ix.breakdowns)
	for _, g := range model.LeanGroups(c.Actors, ix.breakdowns) {
		ix.byWeight = append(ix.byWeight, g.Actors...)
	}
	folded := make([]string, m)
	for i := range folded {
		folded[i] = model.Fold(ix.names[i])
	}
	ix.byName = make([]int, m)
	for i := range ix.byName {
		ix.byName[i] = i
	}
	sort.SliceStable(ix.byName, func(i, j int) bool { return folded[ix.byName[i]] < folded[ix.byName[j]] })
	ix.search = newSearchIndex(c.Actors)
	return ix
}

// addEvidence records an actor's sentences in an article, those that only
// name it (stance none) too, skipping offsets that do not fit the text; it
// reports whether any was recorded. A span's stance is that of the actors
// holding one there (mixed when they differ); none when it only names them.
func (ix *corpusIndex) addEvidence(art, actor int, ev []model.Evidence, byKey *map[[2]int]int) bool {
	textLen := len(ix.corpus.Articles[art].Text)
	added := false
	for _, e := range ev {
		if e.Start < 0 || e.End > textLen || e.Start >= e.End {
			continue
		}
		if *byKey == nil {
			*byKey = map[[2]int]int{}
		}
		k := [2]int{e.Start, e.End}
		si, ok := (*byKey)[k]
		if !ok {
			si = len(ix.spans[art])
			(*byKey)[k] = si
			ix.spans[art] = append(ix.spans[art], span{start: e.Start, end: e.End, stance: model.None})
		}
		sp := &ix.spans[art][si]
		if slices.ContainsFunc(sp.actors, func(sa spanActor) bool { return sa.actor == actor }) {
			continue // one sentence is listed once for one actor
		}
		switch {
		case e.Stance == model.None:
		case sp.stance == model.None:
			sp.stance = e.Stance
		case sp.stance != e.Stance:
			sp.stance = model.Mixed
		}
		sp.actors = append(sp.actors, spanActor{actor, e.Stance, e.Why})
		added = true
	}
	return added
}

// firstArticleFor is the article to open for an actor: the first where its
// position backs its lean, else the first with a stance, else the first
// that names it.
func (ix *corpusIndex) firstArticleFor(actor int) int {
	if actor < 0 || actor >= len(ix.actorArticles) {
		return -1
	}
	want := ix.breakdowns[actor].Lean
	withStance := -1
	for _, cell := range ix.actorArticles[actor] {
		if cell.stance == model.None || !ix.hasEvidence(cell.article, actor) {
			continue
		}
		if cell.stance == want || want == model.Mixed {
			return cell.article
		}
		if withStance < 0 {
			withStance = cell.article
		}
	}
	if withStance >= 0 {
		return withStance
	}
	if arts := ix.evArticles[actor]; len(arts) > 0 {
		return arts[0]
	}
	return -1
}

func (ix *corpusIndex) hasEvidence(art, actor int) bool {
	_, ok := slices.BinarySearch(ix.evArticles[actor], art)
	return ok
}

// walk is the articles n/N and ]/[ go through for an actor: those where it
// takes a position, or, for an actor that takes none, those naming it.
func (ix *corpusIndex) walk(actor int) (arts []int, positions bool) {
	if arts := ix.posArticles[actor]; len(arts) > 0 {
		return arts, true
	}
	return ix.evArticles[actor], false
}

// oneOutletLeans marks the actors whose lean only one outlet reports, in a
// corpus of several outlets: a claim one outlet carries is weaker than one
// ten do.
func oneOutletLeans(c *model.Corpus, bds []model.Breakdown) []bool {
	out := make([]bool, len(c.Actors))
	if len(c.Outlets()) < 2 {
		return out
	}
	for i := range c.Actors {
		lean := bds[i].Lean
		if lean == model.None || lean == model.Mixed || lean == "" {
			continue
		}
		out[i] = len(c.Actors[i].OutletsByStance()[lean]) == 1
	}
	return out
}

// nextArticleFor is the article after (d=1) or before (d=-1) art in the
// actor's walk, or -1.
func (ix *corpusIndex) nextArticleFor(actor, art, d int) int {
	arts, _ := ix.walk(actor)
	i, found := slices.BinarySearch(arts, art)
	if d > 0 {
		if found {
			i++
		}
		if i < len(arts) {
			return arts[i]
		}
		return -1
	}
	if i-1 >= 0 {
		return arts[i-1]
	}
	return -1
}
