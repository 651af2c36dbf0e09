package loader

import (
	"os"
	"testing"
)

// The loader benchmarks load corpora from tools/gencorpus (seed 1), built in
// memory on first use, so that plain `go test` never pays for them. MB/s is
// corpus bytes per second; articles/s and actors are reported as well.
//
//	go test -run XXX -bench 'Load' -benchmem ./loader
//
// BenchmarkLoadFS50k runs only with STANDPOINT_BENCH_50K=1.

func benchLoadFS(b *testing.B, n int, opt Options) {
	g := generatedFS(n)
	b.SetBytes(g.bytes)
	b.ReportAllocs()
	b.ResetTimer()
	var actors int
	for b.Loop() {
		c, err := LoadFS(g.fs, "gen/", opt)
		if err != nil {
			b.Fatal(err)
		}
		actors = len(c.Actors)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(actors), "actors")
}

func BenchmarkLoadFS1k(b *testing.B)           { benchLoadFS(b, 1000, Options{}) }
func BenchmarkLoadFS1kSequential(b *testing.B) { benchLoadFS(b, 1000, Options{Workers: 1}) }
func BenchmarkLoadFS10k(b *testing.B)          { benchLoadFS(b, 10000, Options{}) }

func BenchmarkLoadFS50k(b *testing.B) {
	if os.Getenv("STANDPOINT_BENCH_50K") == "" {
		b.Skip("set STANDPOINT_BENCH_50K=1 to load 50,000 articles (about 170 MB)")
	}
	benchLoadFS(b, 50000, Options{})
}

// BenchmarkLoadDir1k reads the files from disk (a temporary folder).
func BenchmarkLoadDir1k(b *testing.B) {
	dir, size := generatedDir(b, 1000)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Load([]string{dir}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
