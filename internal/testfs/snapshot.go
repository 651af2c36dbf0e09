// Package testfs holds file-system helpers shared by the tests of several
// packages.
package testfs

import (
	"fmt"
	"io/fs"
	"os"
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

// Write creates dir/rel with data, making folders on the way, and returns
// its path.
func Write(t testing.TB, dir, rel, data string) string {
	t.Helper()
	p := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Symlink makes link point at target, skipping the test where the system
// has no symbolic links.
func Symlink(t testing.TB, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links not available: %v", err)
	}
}

// Unreadable takes every permission from p, restoring them when the test
// ends, or skips the test when permissions are not enforced for this user
// (root, or a capability that bypasses them, as in CI containers).
func Unreadable(t testing.TB, p string) {
	t.Helper()
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(p, 0o755) })
	if f, err := os.Open(p); err == nil {
		f.Close()
		t.Skip("permissions are not enforced for this user (running as root?)")
	}
}
