package htmltext

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtract runs the test pages in turn; its MB/s is the HTML
// throughput the README gives.
func BenchmarkExtract(b *testing.B) {
	var pages [][]byte
	var size int64
	for _, c := range pageCases {
		data, err := os.ReadFile(filepath.Join("testdata", c.file))
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
		size += int64(len(data))
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, p := range pages {
			if _, err := Extract(p); err != nil {
				b.Fatal(err)
			}
		}
	}
}
