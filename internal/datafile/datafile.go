// Package datafile reads the embedded lexicon files: one entry a line,
// with blank lines and "#" comment lines left out.
package datafile

import (
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
