package dates

import (
	"strings"
	"testing"
)

// BenchmarkInText reads a 3.4 KB plain-text article, the generated corpora's mean.
func BenchmarkInText(b *testing.B) {
	text := "Ministers split over troops\nBy Jane Roe\n\n" + strings.Repeat("The minister said on Tuesday that 2,000 soldiers could go. ", 58)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		InText(text)
	}
}
