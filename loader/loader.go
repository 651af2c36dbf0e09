// Package loader turns article files into a model.Corpus: it reads and
// decodes files, splits them into sentences, finds actors and their stances
// on the question, and merges actors across the corpus.
package loader

import (
	"io/fs"
	"standpoint/loader/question"

	"standpoint/model"
)

// DefaultMaxFileSize is the largest file read unless Options says otherwise.
const DefaultMaxFileSize = 16 << 20

// Options tune a load. The zero value is usable.
type Options struct {
	// MaxFileSize refuses larger files with a warning; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// Follow follows symbolic links met in folders, but only to targets
	// inside the paths given; without it they are skipped (and named in one
	// warning). A path given is always read, link or not.
	Follow bool
	// Hidden reads hidden files and folders (names starting with ".") met
	// in folders; without it they are skipped, and hidden article
	// files are named in one warning.
	Hidden bool
	// Workers is how many files are read and analysed at once; 0 means one per CPU.
	Workers int
	// Progress, when set, is called as files are read and then analysed:
	// done counts up to total over both stages (calls may come from any
	// goroutine, one at a time).
	Progress func(done, total int)
	// Sized, when set, is called once the files are listed and before any is
	// read, with their total size in bytes and the total of the largest
	// files that the workers can hold at once (a file's analysis needs
	// several times its size while it runs): for a caller that budgets
	// memory.
	Sized func(corpusBytes, inFlightBytes int64)
	// Questions are the debates read, each article's stances on every one
	// of them; none means the built-in ground-troops question. Check them
	// first with CheckQuestions: Load panics on a question that does not
	// compile.
	Questions []*question.Question

	afterRead func(*document) // run by the reading worker on each file read
}

// Load reads the files and folders named by paths. Problems with single
// files become warnings in the corpus; the error is non-nil only when no
// article at all could be loaded.
func Load(paths []string, opt Options) (*model.Corpus, error) {
	docs, warnings := collect(paths, withFirstPass(readingStage(opt)))
	return build(docs, warnings, opt)
}

// LoadFS loads every article file of fsys, naming each prefix+path.
func LoadFS(fsys fs.FS, prefix string, opt Options) (*model.Corpus, error) {
	docs, warnings := collectFS(fsys, prefix, withFirstPass(readingStage(opt)))
	return build(docs, warnings, opt)
}

// readingStage reports reading as the first half of the progress; build
// reports analysis as the second.
func readingStage(opt Options) Options {
	if report := opt.Progress; report != nil {
		opt.Progress = func(done, total int) { report(done, 2*total) }
	}
	return opt
}
