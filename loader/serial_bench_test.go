package loader

import (
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
	kept      []articleResult
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
	in.kept = make([]articleResult, len(parsed))
	parallel(len(parsed), 0, func(i int) { in.kept[i] = analyze(parsed[i], lex, people) })
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
		mergeActors(in.kept)
	}
}

func BenchmarkNameKey(b *testing.B) {
	names := []string{"Emmanuel Macron", "Zelenskyy", "Radosław Sikorski", "Olaf Scholz",
		"Keir Starmer", "Mark Rutte", "Jean-Noël Barrot", "Giorgia Meloni"}
	b.ReportAllocs()
	for b.Loop() {
		for _, n := range names {
			nameKey(n)
		}
	}
}
