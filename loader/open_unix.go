//go:build unix

package loader

import (
	"os"
	"syscall"
)

// openFlags opens article files non-blocking. Reads of a regular file are
// the same either way, but Go then skips four fcntl calls per file that
// switch blocking mode around its poller check (a tenth of a 10k-article
// load's system time here), and a FIFO put where a file was listed cannot
// block the open: it is refused as not a regular file.
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK
