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
