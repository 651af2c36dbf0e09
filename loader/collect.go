package loader

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"

	"standpoint/model"
)

// document is one article file as read, before analysis.
type document struct {
	name string // the path as found (as the user gave it joined with the walk), or prefix+path for an fs.FS
	text string // the text analysed: see prepare (plain text: the file's bytes, UTF-16 decoded)
	meta meta   // the format, and what the file says of title, outlet, author and date
	warn string // a problem that did not stop the file from loading

	parsed *parsedDoc // after the first pass
	failed string     // the warning of a bug met in the first pass
}

// collect lists the files named by paths (folders searched recursively for
// article files) and reads them. Documents come in a stable order:
// arguments as given, each folder's files sorted by path. Every file that
// cannot be used gives one warning line and the rest still load.
func collect(paths []string, opt Options) ([]document, []string) {
	return readJobs(list(paths, opt), opt)
}

// collectFS is collect for the article files of an fs.FS (the embedded
// seeds), naming each prefix+path.
func collectFS(fsys fs.FS, prefix string, opt Options) ([]document, []string) {
	return readJobs(listFS(fsys, prefix), opt)
}

// job is one file to read, or, when warn is set, a problem found while
// listing. Both live in one slice so that warnings keep their place among the
// files' own warnings.
type job struct {
	name string // as shown
	path string // as opened, in fsys when that is set
	fsys fs.FS
	warn string
	size int64 // as listed; the file may change before it is read
}

func (j job) open() (fs.File, error) {
	if j.fsys != nil {
		return j.fsys.Open(j.path)
	}
	return os.OpenFile(j.path, openFlags, 0) // read-only: nothing is ever written where articles live
}

// lister walks the arguments in order. Files and folders are remembered by
// identity, so that a file reached twice (hard link, symbolic link, nested or
// repeated arguments) is read once under its first name, and a link back up
// the tree cannot make the walk loop.
//
// Symbolic links met in a folder are not followed unless opt.Follow says
// so, and then only to targets inside the paths given: a link to "/" must
// not make a walk of the whole disk. A path given is always read.
type lister struct {
	jobs   []job
	files  idSet
	dirs   idSet
	others others // files of other kinds in the folders walked

	follow  bool
	roots   roots   // with follow: where links may lead
	links   skipped // links not followed
	outside skipped // with follow: links leading out of the roots

	hidden      bool    // read hidden files and folders too
	hiddenFiles skipped // hidden article files left out
	hiddenSkips int     // hidden entries left out, article files or not
}

func list(paths []string, opt Options) []job {
	l := lister{follow: opt.Follow, hidden: opt.Hidden}
	if l.follow {
		l.roots = resolveRoots(paths)
	}
	for _, p := range paths {
		l.arg(p)
	}
	if w := l.others.warning(); w != "" {
		l.jobs = append(l.jobs, job{warn: w})
	}
	l.note(l.links.line("symbolic link", "symbolic links", "not followed (--follow follows links inside the paths given)"))
	l.note(l.outside.line("symbolic link", "symbolic links", "not followed: they lead outside the paths given"))
	l.note(l.hiddenFiles.line("hidden file", "hidden files", "skipped (--hidden reads them)"))
	return l.jobs
}

// note adds a warning line that names its files itself.
func (l *lister) note(line string) {
	if line != "" {
		l.jobs = append(l.jobs, job{warn: line})
	}
}

func (l *lister) warn(name, problem string) {
	l.jobs = append(l.jobs, job{warn: display(name) + ": " + problem})
}

func (l *lister) arg(p string) {
	info, err := os.Stat(p) // follows links: a link given by the user means its target
	if err != nil {
		l.warn(p, errText(err))
		return
	}
	switch {
	case info.IsDir():
		if !l.dirs.add(info) {
			return // already walked for an earlier argument
		}
		hiddenBefore := l.hiddenSkips
		found, ok := l.walk(p)
		switch {
		case !ok || found > 0:
		case l.hiddenSkips > hiddenBefore:
			l.warn(dirLabel(p), "no article files found outside hidden files and folders (--hidden reads them)")
		default:
			l.warn(dirLabel(p), noArticles)
		}
	case info.Mode().IsRegular() && !wanted(p):
		l.warn(p, otherKind(p))
	case info.Mode().IsRegular():
		l.file(p, info)
	default:
		l.warn(p, "not a regular file")
	}
}

func (l *lister) file(name string, info fs.FileInfo) {
	if l.files.add(info) {
		l.jobs = append(l.jobs, job{name: name, path: name, size: info.Size()})
	}
}

// walk lists dir recursively and returns how many article files it saw
// (read or not), and false when dir itself could not be read.
func (l *lister) walk(dir string) (found int, ok bool) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		l.warn(dirLabel(dir), errText(err))
		if len(entries) == 0 {
			return 0, false
		}
	}
	type item struct {
		key, name, path string
		info            fs.FileInfo
	}
	var todo []fs.DirEntry
	for _, e := range entries {
		name := e.Name()
		t := e.Type()
		if strings.HasPrefix(name, ".") && !l.hidden {
			// .git, editor backups, macOS "._x.txt" resource forks: left
			// out, but a hidden article file is named in a warning.
			l.hiddenSkips++
			if !t.IsDir() && wanted(name) {
				l.hiddenFiles.add(filepath.Join(dir, name))
			}
			continue
		}
		if t&fs.ModeSymlink != 0 && !l.follow {
			l.links.add(filepath.Join(dir, name))
			continue
		}
		if !t.IsDir() && t&fs.ModeSymlink == 0 && !wanted(name) {
			l.others.add(name)
			continue // not worth a stat
		}
		todo = append(todo, e)
	}
	infos, errs := statEntries(dir, todo)
	items := make([]item, 0, len(todo))
	for i, e := range todo {
		name, t := e.Name(), e.Type()
		p := filepath.Join(dir, name)
		info, err := infos[i], errs[i]
		if err != nil {
			if t.IsDir() || wanted(name) {
				l.warn(p, errText(err))
			}
			continue
		}
		if t&fs.ModeSymlink != 0 && (info.IsDir() || wanted(name)) && !l.roots.contains(p) {
			l.outside.add(p)
			continue
		}
		key := name
		if info.IsDir() {
			key += "/"
		}
		items = append(items, item{key, name, p, info})
	}
	// Sorting folders as "name/" makes this depth-first walk list paths in
	// plain sorted order ("a.txt" before "a/b.txt"), and the first of two
	// names for the same file is then the first in that order.
	slices.SortFunc(items, func(a, b item) int { return strings.Compare(a.key, b.key) })
	for _, it := range items {
		switch {
		case it.info.IsDir():
			if l.dirs.add(it.info) {
				n, _ := l.walk(it.path)
				found += n
			}
		case !wanted(it.name): // a link to something else
			l.others.add(it.name)
		case it.info.Mode().IsRegular():
			found++
			l.file(it.path, it.info)
		default:
			found++
			l.warn(it.path, "not a regular file") // a FIFO would block the read
		}
	}
	return found, true
}

// statEntries stats the entries of dir (following links), several at a
// time when there are many: a stat is a system call, and a big folder's
// stats were most of the listing's time.
func statEntries(dir string, entries []fs.DirEntry) ([]fs.FileInfo, []error) {
	infos := make([]fs.FileInfo, len(entries))
	errs := make([]error, len(entries))
	stat := func(i int) {
		if e := entries[i]; e.Type()&fs.ModeSymlink != 0 {
			infos[i], errs[i] = os.Stat(filepath.Join(dir, e.Name()))
		} else {
			infos[i], errs[i] = e.Info()
		}
	}
	workers := 1
	if len(entries) >= 256 {
		workers = runtime.NumCPU()
	}
	parallel(len(entries), workers, stat)
	return infos, errs
}

// listFS lists the article files of fsys in sorted path order.
func listFS(fsys fs.FS, prefix string) []job {
	var jobs []job
	found := 0
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			jobs = append(jobs, job{path: p, warn: display(prefix+p) + ": " + errText(err)})
			return nil // a folder that cannot be read is skipped, the rest walked
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !wanted(d.Name()) {
			return nil
		}
		found++
		if !d.Type().IsRegular() {
			jobs = append(jobs, job{path: p, warn: display(prefix+p) + ": not a regular file"})
			return nil
		}
		j := job{name: prefix + p, path: p, fsys: fsys}
		if info, err := d.Info(); err == nil {
			j.size = info.Size()
		}
		jobs = append(jobs, j)
		return nil
	})
	if err != nil {
		jobs = append(jobs, job{warn: display(prefix) + ": " + errText(err)})
	} else if found == 0 {
		label := prefix
		if label == "" {
			label = "."
		}
		jobs = append(jobs, job{warn: display(label) + ": " + noArticles})
	}
	// WalkDir visits "a/b.txt" before "a.txt"; sort for the same order as
	// collect. Warnings carry their path too, so they sort into place.
	slices.SortStableFunc(jobs, func(a, b job) int { return strings.Compare(a.path, b.path) })
	return jobs
}

// noArticles is the warning for a folder without article files.
const noArticles = "no article files found (" + formatList + ")"

// readJobs reads the listed files with opt.Workers goroutines. Results land
// in the job's slot, so the order is the listing order whatever the timing.
// opt.Progress is called from the worker goroutines, one call at a time and
// with done increasing, after each file.
func readJobs(jobs []job, opt Options) ([]document, []string) {
	limit := opt.MaxFileSize
	if limit <= 0 {
		limit = DefaultMaxFileSize
	}
	var todo []int
	var size int64
	var sizes []int64
	for i, j := range jobs {
		if j.warn == "" {
			todo = append(todo, i)
			sizes = append(sizes, min(j.size, limit)) // a bigger file is refused unread
			size += sizes[len(sizes)-1]
		}
	}
	workers := opt.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	workers = min(workers, len(todo))
	if opt.Sized != nil {
		opt.Sized(size, largest(sizes, workers))
	}
	docs := make([]document, len(jobs))

	var (
		next atomic.Int64
		mu   sync.Mutex
		done int
		wg   sync.WaitGroup
	)
	progress := func() {
		if opt.Progress == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		done++
		opt.Progress(done, len(todo))
	}
	// One job per call, so that a panic costs one file, not the worker.
	step := func(i int) {
		j := &jobs[i]
		defer func() {
			if r := recover(); r != nil {
				docs[i] = document{}
				j.warn = fmt.Sprintf("%s: internal error: %v", display(j.name), r)
			}
		}()
		data, problem := readFile(*j, limit)
		if problem == "" {
			docs[i] = document{name: j.name, text: data}
			problem, docs[i].warn = prepare(&docs[i])
		}
		if problem != "" {
			docs[i] = document{}
			j.warn = display(j.name) + ": " + problem
		} else {
			if docs[i].warn != "" {
				docs[i].warn = display(j.name) + ": " + docs[i].warn
			}
			if opt.afterRead != nil {
				opt.afterRead(&docs[i])
			}
		}
		progress()
	}
	for range workers {
		wg.Go(func() {
			for {
				n := int(next.Add(1)) - 1
				if n >= len(todo) {
					return
				}
				step(todo[n])
			}
		})
	}
	wg.Wait()

	var out []document
	var warnings []string
	for i, j := range jobs {
		if j.warn != "" {
			warnings = append(warnings, j.warn)
		} else {
			if docs[i].warn != "" {
				warnings = append(warnings, docs[i].warn)
			}
			out = append(out, docs[i])
		}
	}
	return out, warnings
}

// largest is the sum of the n largest sizes: the most that n workers can
// have in hand at once.
func largest(sizes []int64, n int) int64 {
	slices.SortFunc(sizes, func(a, b int64) int { return cmp.Compare(b, a) })
	var sum int64
	for _, s := range sizes[:min(n, len(sizes))] {
		sum += s
	}
	return sum
}

// readFile reads and decodes one file, or says why it is skipped. The file
// may have changed since it was listed: it is checked again here, and the
// read is capped because it may still be growing.
func readFile(j job, limit int64) (string, string) {
	f, err := j.open()
	if err != nil {
		return "", errText(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", errText(err)
	}
	if !info.Mode().IsRegular() {
		return "", "not a regular file"
	}
	if info.Size() > limit {
		got, lim := sizes(info.Size(), limit)
		return "", fmt.Sprintf("%s is over the size limit of %s (--max-size)", got, lim)
	}
	capped := limit
	if capped < math.MaxInt64 {
		capped++ // one byte more than allowed tells that the file grew too big
	}
	r := io.LimitReader(f, capped)
	// Sized from the stat, like os.ReadFile, so a normal file is read into
	// one allocation; the +1 lets the final read see EOF without growing.
	data := make([]byte, 0, max(info.Size(), 0)+1)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", errText(err)
		}
	}
	if int64(len(data)) > limit {
		return "", fmt.Sprintf("grew over the size limit of %s while being read (--max-size)", size(limit))
	}
	text, problem := decode(data)
	if problem != "" || len(text) == 0 {
		return "", problem
	}
	// The buffer is this function's own and nothing writes to it again, so
	// the text can be a string over it instead of a copy of every article.
	return unsafe.String(unsafe.SliceData(text), len(text)), ""
}

// errText is an error without the path that the warning already starts with.
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return err.Error()
}

// size formats a byte count for warnings: "200.0 MB", "16.0 KB", "100 bytes".
func size(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return bytesText(n)
}

func bytesText(n int64) string {
	if n == 1 {
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// sizes formats a file's size and the limit it is over: exact byte counts
// when rounding would make them read the same ("9.8 KB is over 9.8 KB").
func sizes(n, limit int64) (string, string) {
	a, b := size(n), size(limit)
	if a == b {
		return bytesText(n), bytesText(limit)
	}
	return a, b
}

// display makes a file name safe for a one-line warning: names holding
// control characters, direction overrides or invalid UTF-8 are quoted with
// escapes, so the terminal shows them instead of obeying them.
func display(name string) string {
	if model.CleanLine(name) != name {
		return strconv.Quote(name)
	}
	return name
}

// dirLabel names a folder in warnings with a trailing separator: "dir/".
func dirLabel(dir string) string {
	if strings.HasSuffix(dir, string(filepath.Separator)) || strings.HasSuffix(dir, "/") {
		return dir
	}
	return dir + string(filepath.Separator)
}

// idSet remembers files and folders by identity (device and inode where the
// system has them). The key only buckets candidates; os.SameFile decides.
type idSet struct {
	seen map[fileKey][]fs.FileInfo
}

type fileKey struct {
	dev, ino uint64
	size     int64
	mtime    int64
}

// add records info and reports whether it was new.
func (s *idSet) add(info fs.FileInfo) bool {
	if s.seen == nil {
		s.seen = make(map[fileKey][]fs.FileInfo)
	}
	k := keyOf(info)
	for _, other := range s.seen[k] {
		if os.SameFile(info, other) {
			return false
		}
	}
	s.seen[k] = append(s.seen[k], info)
	return true
}

// keyOf reads Dev and Ino from info.Sys() by reflection because
// syscall.Stat_t does not exist on every system and this file cannot carry
// build tags. Without them, size and modification time bucket the files.
func keyOf(info fs.FileInfo) fileKey {
	v := reflect.ValueOf(info.Sys())
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if v.Kind() == reflect.Struct {
		dev, okDev := uintField(v, "Dev")
		ino, okIno := uintField(v, "Ino")
		if okDev && okIno {
			return fileKey{dev: dev, ino: ino}
		}
	}
	return fileKey{size: info.Size(), mtime: info.ModTime().UnixNano()}
}

func uintField(v reflect.Value, name string) (uint64, bool) {
	f := v.FieldByName(name)
	switch {
	case !f.IsValid():
		return 0, false
	case f.CanUint():
		return f.Uint(), true
	case f.CanInt():
		return uint64(f.Int()), true
	}
	return 0, false
}
