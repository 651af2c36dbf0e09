package model

import (
	"strings"
	"testing"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Radosław Sikorski": "radoslaw sikorski",
		"Mélenchon":         "melenchon",
		"Zelenskyy’s":       "zelenskyy's",
		"ØSTERGÅRD":         "ostergard",
		"plain":             "plain",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFoldIndexedMapsBytesToRunes(t *testing.T) {
	folded, index := FoldIndexed("Mé ß")
	if folded != "me ss" {
		t.Fatalf("folded = %q", folded)
	}
	want := []int{0, 1, 2, 3, 3}
	if len(index) != len(want) {
		t.Fatalf("index = %v, want %v", index, want)
	}
	for i := range want {
		if index[i] != want[i] {
			t.Fatalf("index = %v, want %v", index, want)
		}
	}
}

// foldRune's tables must give what decomposing each rune gives.
func TestFoldRuneTableMatchesDecomposition(t *testing.T) {
	for r := rune(0); r < 0x250; r++ {
		var fast, slow strings.Builder
		foldRune(&fast, r)
		foldRuneSlow(&slow, r)
		if fast.String() != slow.String() {
			t.Errorf("%U folds to %q, decomposed %q", r, fast.String(), slow.String())
		}
	}
}
