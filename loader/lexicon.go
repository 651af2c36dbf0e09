package loader

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"

	"standpoint/internal/datafile"
	"standpoint/loader/question"
	"standpoint/loader/stance"
	"standpoint/model"
)

//go:embed lexicon/*
var lexiconFS embed.FS

// entry is a gazetteer entry: a government, organisation or group.
type entry struct {
	kind     model.Kind
	name     string
	demonyms []string
	ref      *actorRef // what mentions of it resolve to
	reporter bool      // reports what others think (a pollster): named, credited with no stance (pollsters.txt)
}

// personEntry is a well-known figure from people.tsv.
type personEntry struct {
	name, role, affiliation string
	aliases                 []string
}

// aliasHit is what a folded token sequence of the gazetteer stands for.
type aliasHit struct {
	entry   *entry
	surface string // the alias as written in the lexicon, for case checks
	demonym bool   // an adjective ("French"), not a name
	capital bool   // a capital or seat of government ("Moscow")
	words   []token
}

// lexicon holds every word list, built once from the embedded files and
// read-only afterwards.
type lexicon struct {
	entries       []*entry
	aliases       map[string][]aliasHit // first folded word of an alias → hits, longest first
	maxAliasLen   int                   // in tokens
	people        []personEntry
	abbreviations map[string]bool
	genders       map[string]byte      // folded first name → 'f' or 'm' (first_names.tsv)
	outletWords   map[string]bool      // words that mark an outlet's name (outlet_words.txt)
	sources       map[string]string    // folded → as written
	words         map[string]*wordInfo // every folded word of the word lists, with its classes and aliases
	international map[string]bool      // organisations of many countries (international_bodies.txt), by canonical name
	wordTable     *wordTable           // words, for the tokenizer
	personCues    *literalSet          // words without which a sentence names no person the first pass needs
	topics        []*topic             // the questions read, the default first
	frames        *stance.Frames       // the generic frames, for what is no one question's
	widgets       *regexp.Regexp
	teasers       *regexp.Regexp
}

var lexiconOnce = sync.OnceValue(func() *lexicon {
	lex, err := buildLexicon([]*question.Question{question.Default()})
	if err != nil {
		panic(err) // the embedded data is part of the binary: a broken file is a build bug
	}
	return lex
})

func lexiconLines(name string) []string {
	lines, err := datafile.Lines(lexiconFS, "lexicon/"+name)
	if err != nil {
		panic(err)
	}
	return lines
}

// namedSets are the sets of wordsets.tsv, read once.
var namedSets = datafile.MustSets(lexiconFS, "lexicon/wordsets.tsv")

// namedSet is one set of wordsets.tsv.
func namedSet(name string) map[string]bool { return namedSets.Set(name) }

func wordSet(name string) map[string]bool {
	set := map[string]bool{}
	for _, line := range lexiconLines(name) {
		set[model.Fold(strings.TrimSpace(line))] = true
	}
	return set
}

func wholeLine(name string) (*regexp.Regexp, error) {
	return regexp.Compile(`^(?:` + strings.Join(lexiconLines(name), "|") + `)$`)
}

// pollsters are the gazetteer's polling companies, by canonical name: what
// their polls find ("just over half of Germans thought …") is the
// respondents', not theirs.
var pollsters = func() map[string]bool {
	set := map[string]bool{}
	for _, line := range lexiconLines("pollsters.txt") {
		set[strings.TrimSpace(line)] = true
	}
	return set
}()

func buildLexicon(qs []*question.Question) (*lexicon, error) {
	lex := &lexicon{
		aliases:       map[string][]aliasHit{},
		abbreviations: wordSet("abbreviations.txt"),
		outletWords:   wordSet("outlet_words.txt"),
		sources:       map[string]string{},
	}
	for _, line := range lexiconLines("gazetteer.tsv") {
		cols := strings.Split(line, "\t")
		for len(cols) < 5 {
			cols = append(cols, "")
		}
		e := &entry{kind: model.Kind(cols[0]), name: cols[1], reporter: pollsters[cols[1]]}
		e.ref = &actorRef{key: "g:" + e.name, entry: e}
		switch e.kind {
		case model.Government, model.Organisation, model.Group:
		default:
			return nil, fmt.Errorf("gazetteer: %q has unknown kind %q", e.name, cols[0])
		}
		lex.entries = append(lex.entries, e)
		lex.addAlias(e.name, aliasHit{entry: e, surface: e.name})
		for _, a := range splitBar(cols[2]) {
			lex.addAlias(a, aliasHit{entry: e, surface: a})
		}
		for _, d := range splitBar(cols[3]) {
			e.demonyms = append(e.demonyms, d)
			lex.addAlias(d, aliasHit{entry: e, surface: d, demonym: true})
			if strings.HasSuffix(d, "an") && e.kind == model.Government {
				// "The Russians say", "the Americans have made clear": the
				// people for their government.
				lex.addAlias(d+"s", aliasHit{entry: e, surface: d + "s"})
			}
		}
		for _, c := range splitBar(cols[4]) {
			lex.addAlias(c, aliasHit{entry: e, surface: c, capital: true})
		}
	}
	for _, line := range lexiconLines("people.tsv") {
		cols := strings.Split(line, "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("people.tsv: %q needs 4 columns", line)
		}
		lex.people = append(lex.people, personEntry{name: cols[0], aliases: splitBar(cols[1]), role: cols[2], affiliation: cols[3]})
	}
	genders, err := datafile.Sets(lexiconFS, "lexicon/first_names.tsv")
	if err != nil {
		return nil, err
	}
	lex.genders = map[string]byte{}
	for g, names := range genders {
		if g != "f" && g != "m" {
			return nil, fmt.Errorf("first_names.tsv: set %q is neither f nor m", g)
		}
		for n := range names {
			if other, ok := lex.genders[n]; ok && other != g[0] {
				return nil, fmt.Errorf("first_names.tsv: %q is both f and m", n)
			}
			lex.genders[n] = g[0]
		}
	}
	lex.international = map[string]bool{}
	for _, line := range lexiconLines("international_bodies.txt") {
		lex.international[line] = true
	}
	for _, line := range lexiconLines("sources.txt") {
		lex.sources[model.Fold(line)] = line
	}
	var demonyms []string
	for _, e := range lex.entries {
		for _, d := range e.demonyms {
			if !strings.Contains(d, ".") { // "U.S." is no word of a phrase
				demonyms = append(demonyms, model.Fold(d))
			}
		}
	}
	for _, q := range qs {
		t, err := compileTopic(q, func(fold string) bool { return len(lex.aliases[fold]) > 0 }, demonyms)
		if err != nil {
			return nil, err
		}
		lex.topics = append(lex.topics, t)
	}
	if lex.frames, err = stance.Compile(); err != nil {
		return nil, err
	}
	lex.indexWords()
	lex.personCues = lex.buildPersonCues()
	if lex.widgets, err = wholeLine("widgets.txt"); err != nil {
		return nil, err
	}
	if lex.teasers, err = wholeLine("teasers.txt"); err != nil {
		return nil, err
	}
	return lex, nil
}

// buildPersonCues lists what the first pass's person finder needs to see in
// a sentence: a title, a reporting verb or statement noun, "who",
// "according", "attributed", or a name the people lexicon knows.
func (lex *lexicon) buildPersonCues() *literalSet {
	var words []string
	for w, info := range lex.words {
		if info.class&(classTitle|classReporting|classStatement) != 0 {
			words = append(words, w)
		}
	}
	words = append(words, "who", "according", "attributed")
	for _, p := range lex.people {
		for _, name := range append([]string{p.name}, p.aliases...) {
			for _, w := range strings.Fields(name) {
				words = append(words, strings.ToLower(w), model.Fold(w))
			}
		}
	}
	sort.Strings(words) // a stable automaton, whatever the map order
	return newLiteralSet(words)
}

func splitBar(s string) []string {
	var out []string
	for _, part := range strings.Split(s, "|") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

func (lex *lexicon) addAlias(surface string, hit aliasHit) {
	hit.words = tokenize(surface, 0)
	first := hit.words[0].fold
	for _, h := range lex.aliases[first] {
		if h.entry == hit.entry && h.demonym == hit.demonym && h.surface == hit.surface {
			return
		}
	}
	hits := append(lex.aliases[first], hit)
	sort.SliceStable(hits, func(i, j int) bool { return len(hits[i].words) > len(hits[j].words) })
	lex.aliases[first] = hits
	lex.maxAliasLen = max(lex.maxAliasLen, len(hit.words))
}
