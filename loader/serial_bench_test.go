package loader

import (
	"standpoint/loader/question"
	"sync"
	"testing"
)

// The serial stages of build, timed apart from the parallel passes: the
// passes run once, outside the timer, over the 10,000-article corpus.
//
//	go test -run XXX -bench 'PersonIndex|MergeActors|NameKey' -benchmem ./loader

// serialInput is what the serial stages of build get for a corpus.
type serialInput struct {
	sightings []personSighting
	results   []articleResult
	kept      [][]mergedActor
}

var serialOnce = sync.OnceValue(func() *serialInput {
	lex := lexiconOnce()
	docs, _ := collectFS(generatedFS(10000).fs, "gen/", Options{})
	known := lexiconPeople(lex)
	parsed := make([]*parsedDoc, len(docs))
	parallel(len(docs), 0, func(i int) { parsed[i] = parse(docs[i], lex, known) })
	in := &serialInput{}
	for _, p := range parsed {
		in.sightings = append(in.sightings, p.sightings...)
	}
	people := buildPersonIndex(lex, append([]personSighting(nil), in.sightings...))
	in.results = make([]articleResult, len(parsed))
	in.kept = make([][]mergedActor, len(parsed))
	parallel(len(parsed), 0, func(i int) {
		in.results[i] = analyze(parsed[i], lex, people)
		in.kept[i] = prepareMerge(&in.results[i])
	})
	return in
})

func BenchmarkBuildPersonIndex10k(b *testing.B) {
	in, lex := serialOnce(), lexiconOnce()
	sightings := make([]personSighting, len(in.sightings))
	b.ReportAllocs()
	for b.Loop() {
		copy(sightings, in.sightings) // buildPersonIndex sorts them in place
		buildPersonIndex(lex, sightings)
	}
}

func BenchmarkMergeActors10k(b *testing.B) {
	in := serialOnce()
	b.ReportAllocs()
	for b.Loop() {
		mergeActors(in.kept, question.DefaultID)
	}
}

// BenchmarkPrepareMerge is the share of the merge done in the parallel pass,
// here on one goroutine.
func BenchmarkPrepareMerge10k(b *testing.B) {
	in := serialOnce()
	b.ReportAllocs()
	for b.Loop() {
		for i := range in.results {
			prepareMerge(&in.results[i])
		}
	}
}

// keySink keeps the compiler from dropping the key, as an unused one would be.
var keySink string

func BenchmarkNameKey(b *testing.B) {
	names := []string{"Emmanuel Macron", "Zelenskyy", "Radosław Sikorski", "Olaf Scholz",
		"Keir Starmer", "Mark Rutte", "Jean-Noël Barrot", "Giorgia Meloni"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			keySink = nameKey(n)
		}
	}
}

// BenchmarkBuildLexicon is the start-up cost every run pays once: the
// lexicon and the built-in question's topic compiled.
func BenchmarkBuildLexicon(b *testing.B) {
	qs := []*question.Question{question.Default()}
	for b.Loop() {
		if _, err := buildLexicon(qs); err != nil {
			b.Fatal(err)
		}
	}
}
