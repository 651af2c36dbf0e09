package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"testing/fstest"

	"standpoint/internal/corpusgen"
)

// genSeed is the seed of every generated corpus in the tests and benchmarks,
// the same as `go run ./tools/gencorpus -seed 1`.
const genSeed = 1

// genCorpus is a generated corpus in memory, and its size in bytes.
type genCorpus struct {
	fs    fstest.MapFS
	bytes int64
}

var (
	genMu    sync.Mutex
	genCache = map[int]*genCorpus{}
)

// generatedFS returns the n-article corpus of tools/gencorpus as a MapFS
// (named like its files, 00000.txt...), built once per size and only when a
// test or benchmark asks for it.
func generatedFS(n int) *genCorpus {
	genMu.Lock()
	defer genMu.Unlock()
	if g, ok := genCache[n]; ok {
		return g
	}
	g := &genCorpus{fs: fstest.MapFS{}}
	_ = corpusgen.Generate(genSeed, n, func(name, text string) error {
		g.fs[name] = &fstest.MapFile{Data: []byte(text), Mode: 0o644}
		g.bytes += int64(len(text))
		return nil
	})
	genCache[n] = g
	return g
}

// generatedDir writes the n-article corpus into a fresh temporary folder and
// returns it with its size in bytes.
func generatedDir(tb testing.TB, n int) (string, int64) {
	tb.Helper()
	dir := tb.TempDir()
	var size int64
	err := corpusgen.Generate(genSeed, n, func(name, text string) error {
		size += int64(len(text))
		return os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return dir, size
}

// TestParallelLoadMatchesSequential loads a small generated corpus with one
// worker and with several: the JSON must be byte for byte the same.
func TestParallelLoadMatchesSequential(t *testing.T) {
	fsys := generatedFS(24).fs
	var out [2][]byte
	for i, workers := range []int{1, 4} {
		c, err := LoadFS(fsys, "gen/", Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Articles) != 24 || len(c.Actors) == 0 {
			t.Fatalf("%d workers: %d articles, %d actors", workers, len(c.Articles), len(c.Actors))
		}
		if out[i], err = json.Marshal(c); err != nil {
			t.Fatal(err)
		}
	}
	if string(out[0]) != string(out[1]) {
		t.Error("a parallel load differs from a sequential one")
	}
}
