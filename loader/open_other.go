//go:build !unix

package loader

import "os"

// openFlags: see open_unix.go.
const openFlags = os.O_RDONLY
