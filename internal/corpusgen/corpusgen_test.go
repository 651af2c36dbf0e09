package corpusgen

import "testing"

func TestDeterministicAndVaried(t *testing.T) {
	if Article(1, 7) != Article(1, 7) {
		t.Fatal("same seed and number gave different texts")
	}
	if Article(1, 7) == Article(2, 7) || Article(1, 7) == Article(1, 8) {
		t.Fatal("different seeds or numbers gave the same text")
	}
	total := 0
	for i := 0; i < 200; i++ {
		total += len(Article(1, i))
	}
	if avg := total / 200; avg < 2000 || avg > 4500 {
		t.Errorf("average article is %d bytes, want about 3 KB", avg)
	}
	if Name(3, 10) != "00003.txt" || Name(3, 123456) != "000003.txt" {
		t.Errorf("names: %s %s", Name(3, 10), Name(3, 123456))
	}
}

func TestPeopleDistinct(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < People(); i++ {
		name, _, _ := Person(i)
		if seen[name] {
			t.Fatalf("person %d repeats %q", i, name)
		}
		seen[name] = true
	}
	if People() < 10000 {
		t.Errorf("only %d distinct people", People())
	}
}
