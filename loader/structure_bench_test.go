package loader

import (
	"hash/maphash"
	"sort"
	"testing"

	"standpoint/model"
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

// TestLineSetCollision makes two different lines share a hash: neither may
// pass for a repeat of the other, and a true repeat of either is still seen.
func TestLineSetCollision(t *testing.T) {
	ls := lineSet{byHash: map[uint64]string{}}
	ls.byHash[maphash.Bytes(lineSeed, []byte("second line"))] = "First line" // as if they collided
	for _, c := range []struct {
		line   string
		repeat bool
	}{
		{"Second line", false},
		{"SECOND LINE", true},
		{"first line", false}, // never added: it only stands in the map
		{"Third line", false},
		{"third line", true},
	} {
		if got := ls.add(c.line, model.AppendFold(nil, c.line)); got != c.repeat {
			t.Errorf("add(%q) = %v, want %v", c.line, got, c.repeat)
		}
	}
}
