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
		found := make([]bool, len(patterns))
		ls.find([]byte(text), found, nil)
		for id, p := range patterns {
			if found[id] != strings.Contains(text, p) {
				t.Fatalf("%q in %q: found %v", p, text, found[id])
			}
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
