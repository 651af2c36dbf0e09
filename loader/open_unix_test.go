//go:build unix

package loader

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// A FIFO where an article was listed (swapped in after the listing) must
// not block the read: the open does not wait for a writer, and the file is
// refused.
func TestReadFileDoesNotBlockOnFIFO(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan string, 1)
	go func() {
		_, problem := readFile(job{name: path, path: path}, DefaultMaxFileSize)
		done <- problem
	}()
	select {
	case problem := <-done:
		if problem != "not a regular file" {
			t.Errorf("problem %q, want %q", problem, "not a regular file")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("reading a FIFO blocked")
	}
}
