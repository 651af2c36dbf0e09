package main

import "testing"

// The prefix matches how the loader names the files it reads from dir:
// "./a1.txt" from "." is "a1.txt", and gold from "." was found nowhere.
func TestFilePrefix(t *testing.T) {
	for dir, want := range map[string]string{".": "", "./": "", "sets/a": "sets/a/", "sets/a/": "sets/a/", "/abs/set": "/abs/set/"} {
		if got := filePrefix(dir); got != want {
			t.Errorf("filePrefix(%q) = %q, want %q", dir, got, want)
		}
	}
}
