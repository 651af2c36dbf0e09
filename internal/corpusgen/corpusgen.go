// Package corpusgen makes large, varied, synthetic news articles about
// ground troops to Ukraine, for benchmarks and load tests. The output is a
// pure function of the seed and the article number, so any subset of a
// corpus can be generated on its own and in any order.
package corpusgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Name is the file name of article i in a corpus of n articles: zero-padded
// so that sorted order is numeric order (at least five digits).
func Name(i, n int) string {
	width := max(len(fmt.Sprint(n-1)), 5)
	return fmt.Sprintf("%0*d.txt", width, i)
}

// Article returns the text of article i of the corpus made from seed. Texts
// average about 3 KB.
func Article(seed uint64, i int) string {
	g := &gen{r: rand.New(rand.NewPCG(seed, uint64(i)*0x9e3779b97f4a7c15+1))}
	return g.article()
}

// Generate calls emit for articles 0..n-1 in order, stopping at its first error.
func Generate(seed uint64, n int, emit func(name, text string) error) error {
	for i := 0; i < n; i++ {
		if err := emit(Name(i, n), Article(seed, i)); err != nil {
			return err
		}
	}
	return nil
}

type gen struct {
	r *rand.Rand
	b strings.Builder
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// actor is one speaker as the article first introduces it and then refers
// back to it.
type actor struct {
	full  string // "Defence Minister Anna Kowalczyk" or "the Danish government"
	short string // "Kowalczyk" or "Copenhagen"
}

func (g *gen) person() actor {
	first, last := g.pick(firstNames), g.pick(lastNames)
	c := countries[g.r.IntN(len(countries))]
	role := g.pick(roles)
	var full string
	switch g.r.IntN(4) {
	case 0:
		full = fmt.Sprintf("%s %s %s", role, first, last)
	case 1:
		full = fmt.Sprintf("%s's %s %s %s", c.name, strings.ToLower(role), first, last)
	case 2:
		full = fmt.Sprintf("%s %s, the %s %s,", first, last, c.adj, strings.ToLower(role))
	default:
		full = fmt.Sprintf("%s %s %s %s", c.adj, role, first, last)
	}
	return actor{full: full, short: last}
}

func (g *gen) body() actor {
	if g.chance(0.5) {
		c := countries[g.r.IntN(len(countries))]
		switch g.r.IntN(3) {
		case 0:
			return actor{full: "The " + c.adj + " government", short: c.capital}
		case 1:
			return actor{full: c.name, short: c.capital}
		default:
			return actor{full: "Officials in " + c.capital, short: c.name}
		}
	}
	o := g.pick(organisations)
	return actor{full: o, short: o}
}

func (g *gen) speaker() actor {
	if g.chance(0.7) {
		return g.person()
	}
	return g.body()
}

// subject is how a sentence names the actor: in full the first time.
func (g *gen) subject(a *actor, seen map[string]bool) string {
	if seen[a.full] {
		return a.short
	}
	seen[a.full] = true
	return strings.TrimSuffix(a.full, ",")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// fill replaces {A} (the actor), {V} (a reporting verb), {C} (a country),
// {T} (a troops phrase), {D} (a deploy verb), {P} (a place) and {X} (a
// condition) in a template.
func (g *gen) fill(tpl, who string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 || i+2 >= len(tpl) || tpl[i+2] != '}' {
			b.WriteString(tpl)
			break
		}
		b.WriteString(tpl[:i])
		switch tpl[i+1] {
		case 'A':
			b.WriteString(who)
		case 'V':
			b.WriteString(g.pick(verbs))
		case 'C':
			b.WriteString(countries[g.r.IntN(len(countries))].name)
		case 'T':
			b.WriteString(g.pick(troops))
		case 'D':
			b.WriteString(g.pick(deploys))
		case 'P':
			b.WriteString(countries[g.r.IntN(len(countries))].capital)
		case 'X':
			b.WriteString(g.pick(conditions))
		}
		tpl = tpl[i+3:]
	}
	return capitalise(b.String())
}

func (g *gen) stanceSentence(who string) string {
	set := stanceTemplates[g.r.IntN(len(stanceTemplates))]
	return g.fill(g.pick(set), who)
}

func (g *gen) filler() string {
	n := 3 + g.r.IntN(4)
	parts := make([]string, n)
	for i, j := range g.r.Perm(len(fillers))[:n] {
		parts[i] = g.fill(fillers[j], "")
	}
	return strings.Join(parts, " ")
}

func (g *gen) line(s string) {
	g.b.WriteString(s)
	g.b.WriteString("\n")
}

func (g *gen) article() string {
	if g.chance(0.15) {
		g.line(g.pick(furnitureTop))
		g.line("")
	}
	head := g.fill(g.pick(headlines), "")
	g.line(head)
	g.line("")
	if g.chance(0.5) {
		g.line("By " + g.pick(firstNames) + " " + g.pick(lastNames) + ", " + g.pick(sources))
		g.line("")
	}
	actors := make([]actor, 2+g.r.IntN(4))
	for i := range actors {
		actors[i] = g.speaker()
	}
	seen := map[string]bool{}
	paragraphs := 5 + g.r.IntN(4)
	for p := 0; p < paragraphs; p++ {
		var sents []string
		if g.chance(0.75) {
			a := &actors[g.r.IntN(len(actors))]
			sents = append(sents, g.stanceSentence(g.subject(a, seen)))
			if g.chance(0.4) {
				b := &actors[g.r.IntN(len(actors))]
				sents = append(sents, g.fill(g.pick(neutral), g.subject(b, seen)))
			}
		}
		sents = append(sents, g.filler())
		if g.chance(0.3) {
			a := &actors[g.r.IntN(len(actors))]
			sents = append(sents, g.stanceSentence(g.subject(a, seen)))
		}
		g.r.Shuffle(len(sents), func(i, j int) { sents[i], sents[j] = sents[j], sents[i] })
		g.line(strings.Join(sents, " "))
		g.line("")
		if g.chance(0.08) {
			g.line(g.pick(furnitureMid))
			g.line(g.fill(g.pick(headlines), ""))
			g.line("")
		}
	}
	if g.chance(0.3) {
		g.line(g.pick(furnitureEnd))
	}
	return g.b.String()
}

// People is how many distinct person names Person can return.
func People() int { return len(firstNames) * len(lastNames) }

// Person returns the i-th distinct person name (i modulo People()), a role
// and a country, for building big models directly.
func Person(i int) (name, role, country string) {
	i %= People()
	// Stepping by a prime spreads consecutive numbers over both lists.
	j := i * 7919 % People()
	first, last := firstNames[j%len(firstNames)], lastNames[j/len(firstNames)]
	c := countries[i%len(countries)]
	return first + " " + last, roles[i%len(roles)] + " of " + c.name, c.name
}
