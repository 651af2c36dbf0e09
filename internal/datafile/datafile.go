// Package datafile reads the embedded lexicon files: one entry a line,
// with blank lines and "#" comment lines left out.
package datafile

import (
	"fmt"
	"io/fs"
	"strings"
)

// Lines returns the entries of the file name in fsys.
func Lines(fsys fs.FS, name string) ([]string, error) {
	raw, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, l := range strings.Split(string(raw), "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out, nil
}

// Sets reads a file of named word sets: each entry is a name, a tab, and
// words separated by spaces; a name may have several lines.
func Sets(fsys fs.FS, name string) (map[string]map[string]bool, error) {
	lines, err := Lines(fsys, name)
	if err != nil {
		return nil, err
	}
	out := map[string]map[string]bool{}
	for _, l := range lines {
		set, words, ok := strings.Cut(l, "\t")
		if !ok || set == "" {
			return nil, fmt.Errorf("%s: %q needs a name, a tab and words", name, l)
		}
		if out[set] == nil {
			out[set] = map[string]bool{}
		}
		for _, w := range strings.Fields(words) {
			out[set][w] = true
		}
	}
	return out, nil
}

// EmbeddedSets are the named sets of a file built into the binary.
type EmbeddedSets struct {
	file string
	sets map[string]map[string]bool
}

// MustSets reads a file of named sets that is part of the binary: a broken
// file is a build bug, so it panics.
func MustSets(fsys fs.FS, name string) EmbeddedSets {
	sets, err := Sets(fsys, name)
	if err != nil {
		panic(err)
	}
	return EmbeddedSets{file: name, sets: sets}
}

// Set is one named set; a name the file lacks is a build bug, so it panics.
func (e EmbeddedSets) Set(name string) map[string]bool {
	set, ok := e.sets[name]
	if !ok {
		panic(e.file + " has no set " + name)
	}
	return set
}
