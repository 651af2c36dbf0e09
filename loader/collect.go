package loader

import (
	"io/fs"
)

// document is one article file as read, before analysis.
type document struct {
	name string // the path as found, or prefix+path for an fs.FS
	data []byte
}

func collect(paths []string, opt Options) ([]document, []string) { return nil, nil }

func collectFS(fsys fs.FS, prefix string, opt Options) ([]document, []string) { return nil, nil }
