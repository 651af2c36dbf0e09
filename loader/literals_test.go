package loader

import (
	"math/rand"
	"strings"
	"testing"
)

func TestLiteralSetAgreesWithContains(t *testing.T) {
	patterns := []string{"not", "no", "n't", "nothing", "he", "she", "hers", "his", " be ", "troops_", "ot", "t"}
	ls := newLiteralSet(patterns)
	rng := rand.New(rand.NewSource(1))
	alphabet := "nothersib' _tNx" // and bytes no pattern has
	for trial := 0; trial < 2000; trial++ {
		var b strings.Builder
		for i := rng.Intn(30); i > 0; i-- {
			b.WriteByte(alphabet[rng.Intn(len(alphabet))])
		}
		text := b.String()
		want := false
		for _, p := range patterns {
			want = want || strings.Contains(strings.ToLower(text), p)
		}
		if got := ls.anyIn(text); got != want {
			t.Fatalf("%q: anyIn %v, a pattern in it %v", text, got, want)
		}
	}
}

func TestAnyInIgnoresASCIICase(t *testing.T) {
	ls := newLiteralSet([]string{"minister", "orbán"})
	for text, want := range map[string]bool{
		"Foreign MINISTER spoke": true,
		"Viktor Orbán said":      true,
		"nothing to see here":    false,
	} {
		if got := ls.anyIn(text); got != want {
			t.Errorf("anyIn(%q) = %v, want %v", text, got, want)
		}
	}
}
