package loader

import (
	"runtime"
	"strings"
	"testing"
	"testing/fstest"
)

// allocated is how many bytes fn allocates.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// hostileShapes are files of 4 MiB made of one unit repeated: the shapes
// whose memory grew fastest with the file.
var hostileShapes = map[string]string{
	"one-letter lines":       "x\n",
	"four-byte sentences":    "Xy. ",
	"one sentence, one line": "NATO officials said on Monday that no troops would be sent. ",
	"a quote repeated":       "\"No troops,\" Macron said. ",
}

func repeatTo(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// The layout pass allocates a small multiple of the file, whatever its
// shape: a list of every line cost 32 bytes a line (a 16 MiB file of
// one-letter lines allocated 1.5 GB), and the sentence list was grown by
// appends and then copied.
func TestReadStructureMemoryIsLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("4 MiB files; counts bytes allocated")
	}
	lex := lexiconOnce()
	const size = 4 << 20
	for name, unit := range hostileShapes {
		text := repeatTo(unit, size)
		var st structure
		n := allocated(func() { st = readStructure(text, lex) })
		// Each sentence is 24 bytes and may be as short as 4 (6x); the
		// list is sized from a count of the lines' sentences, and copied
		// when most lines were repeats (all the one-letter lines are).
		if limit := uint64(16 * size); n > limit {
			t.Errorf("%s: readStructure allocated %d MB for a %d MB file (%d sentences), want under %d MB",
				name, n>>20, size>>20, len(st.sentences), limit>>20)
		}
	}
}

// A whole load of such a file allocates a bounded multiple of it too (most
// of it, for the quote, the analysis' evidence and surfaces of 160,000
// sightings of one person).
func TestLoadMemoryIsLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("4 MiB files; counts bytes allocated")
	}
	const size = 4 << 20
	for name, unit := range hostileShapes {
		fsys := fstest.MapFS{"a.txt": {Data: []byte(repeatTo(unit, size))}}
		lexiconOnce()
		n := allocated(func() { LoadFS(fsys, "", Options{}) })
		t.Logf("%s: %d MB allocated for a %d MB file", name, n>>20, size>>20)
		if limit := uint64(48 * size); n > limit {
			t.Errorf("%s: Load allocated %d MB for a %d MB file, want under %d MB", name, n>>20, size>>20, limit>>20)
		}
	}
}
