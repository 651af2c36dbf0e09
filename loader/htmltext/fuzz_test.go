package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzExtract feeds arbitrary bytes as a page: no panic, and a page that
// gives text gives it tidy, with the title first.
func FuzzExtract(f *testing.F) {
	for _, c := range pageCases {
		if data, err := os.ReadFile(filepath.Join("testdata", c.file)); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte("<html><body><p>x</p>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		p, err := Extract(page)
		if err != nil {
			return
		}
		if p.Text == "" || strings.Contains(p.Text, "\n\n\n") || (p.Title != "" && !strings.HasPrefix(p.Text, p.Title)) {
			t.Fatalf("text %q, title %q", p.Text, p.Title)
		}
	})
}
