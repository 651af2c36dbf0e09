package loader

import (
	"io/fs"
	"testing"
)

// Stage benchmarks: one step of the passes over the sentences of the 1k
// generated corpus, so that a change to one stage can be measured alone.
//
//	go test -run XXX -bench 'Tokenize' -benchmem ./loader

// corpusSentences returns the texts of the sentences of the 1k corpus.
func corpusSentences(b *testing.B) (sentences []string, bytes int64) {
	b.Helper()
	g := generatedFS(1000)
	lex := lexiconOnce()
	err := fs.WalkDir(g.fs, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		text := string(g.fs[path].Data)
		for _, s := range readStructure(text, lex).sentences {
			sentences = append(sentences, text[s.Start:s.End])
			bytes += int64(s.End - s.Start)
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return sentences, bytes
}

func BenchmarkTokenize(b *testing.B) {
	sentences, size := corpusSentences(b)
	words := lexiconOnce().wordTable
	var buf []token
	timeStage(b, size, func() {
		for _, s := range sentences {
			buf = appendTokens(buf[:0], s, 0, words)
		}
	})
}

// timeStage times run, a pass over size bytes of corpus.
func timeStage(b *testing.B, size int64, run func()) {
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		run()
	}
}

// corpusDocs returns the documents of the 1k corpus, as read.
func corpusDocs(b *testing.B) (docs []document, bytes int64) {
	b.Helper()
	g := generatedFS(1000)
	docs, warnings := collectFS(g.fs, "", Options{})
	if len(warnings) > 0 {
		b.Fatal(warnings)
	}
	return docs, g.bytes
}

// BenchmarkParse is the first pass (layout, sentences, full names) over the
// 1k corpus on one goroutine.
func BenchmarkParse(b *testing.B) {
	docs, size := corpusDocs(b)
	lex := lexiconOnce()
	known := lexiconPeople(lex)
	timeStage(b, size, func() {
		for _, d := range docs {
			parse(d, lex, known)
		}
	})
}

// BenchmarkAnalyze is the second pass (mentions, speakers, stances) over
// the 1k corpus on one goroutine, after the first pass.
func BenchmarkAnalyze(b *testing.B) {
	docs, size := corpusDocs(b)
	lex := lexiconOnce()
	known := lexiconPeople(lex)
	var parsed []*parsedDoc
	var sightings []personSighting
	for _, d := range docs {
		p := parse(d, lex, known)
		parsed = append(parsed, p)
		sightings = append(sightings, p.sightings...)
	}
	people := buildPersonIndex(lex, sightings)
	timeStage(b, size, func() {
		for _, p := range parsed {
			analyze(p, lex, people)
		}
	})
}
