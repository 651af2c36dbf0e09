package model

import "testing"

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

// The fold tables must give what decomposing each rune gives.
func TestFoldTablesMatchDecomposition(t *testing.T) {
	for r := rune(0); r < 0x2100; r++ {
		fast, slow := appendFoldRune(nil, r), appendFoldRuneSlow(nil, r)
		if string(fast) != string(slow) {
			t.Errorf("%U folds to %q, decomposed %q", r, fast, slow)
		}
	}
}

func TestAppendFoldDecomposesEachRune(t *testing.T) {
	for _, s := range []string{"", "Plain", "Radosław Sikorski’s “view”", "ØSTERGÅRD\xff–x", "Ünïcödé Ελλάδα Україна"} {
		want := []byte("pre:")
		for _, r := range s {
			want = appendFoldRuneSlow(want, r)
		}
		if got := AppendFold([]byte("pre:"), s); string(got) != string(want) {
			t.Errorf("AppendFold(%q) = %q, want %q", s, got, want)
		}
		if got := Fold(s); "pre:"+got != string(want) {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want[4:])
		}
	}
}
