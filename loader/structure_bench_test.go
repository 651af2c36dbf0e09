package loader

import (
	"sort"
	"testing"
)

// BenchmarkReadStructure runs the layout stage alone over the 1,000-article
// generated corpus; MB/s is corpus bytes per second.
//
//	go test -run XXX -bench ReadStructure -benchmem ./loader
func BenchmarkReadStructure(b *testing.B) {
	g := generatedFS(1000)
	names := make([]string, 0, len(g.fs))
	for name := range g.fs {
		names = append(names, name)
	}
	sort.Strings(names)
	texts := make([]string, len(names))
	for i, name := range names {
		texts[i] = string(g.fs[name].Data)
	}
	lex := lexiconOnce()
	b.SetBytes(g.bytes)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, text := range texts {
			readStructure(text, lex)
		}
	}
}
