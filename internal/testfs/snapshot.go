// Package testfs holds file-system helpers shared by the tests of several
// packages.
package testfs

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// Snapshot lists every entry under dir with its mode, size and modification
// time, so that a test can show that a run wrote nothing there.
func Snapshot(t testing.TB, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%s %v %d %d\n", p, info.Mode(), info.Size(), info.ModTime().UnixNano())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
