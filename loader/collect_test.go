package loader

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"standpoint/internal/testfs"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"standpoint/seeds"
)

const article = "NATO officials said on Monday that no troops would be sent.\n"

func names(docs []document) []string {
	out := make([]string, len(docs))
	for i, d := range docs {
		out[i] = d.name
	}
	return out
}

func wantWarnings(t *testing.T, got []string, want ...string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n got %q\nwant %q", got, want)
	}
}

func wantNames(t *testing.T, docs []document, want ...string) {
	t.Helper()
	if got := names(docs); !slices.Equal(got, want) {
		t.Errorf("documents:\n got %q\nwant %q", got, want)
	}
}

func TestCollectMissingPath(t *testing.T) {
	dir := t.TempDir()
	good := testfs.Write(t, dir, "good.txt", article)
	missing := filepath.Join(dir, "missing.txt")
	docs, warnings := collect([]string{missing, good}, Options{})
	wantNames(t, docs, good)
	wantWarnings(t, warnings, missing+": no such file or directory")
}

func TestCollectUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	good := testfs.Write(t, dir, "good.txt", article)
	secret := testfs.Write(t, dir, "secret.txt", article)
	testfs.Unreadable(t, secret)
	docs, warnings := collect([]string{dir}, Options{})
	wantNames(t, docs, good)
	wantWarnings(t, warnings, secret+": permission denied")
}

func TestCollectUnreadableFolder(t *testing.T) {
	dir := t.TempDir()
	good := testfs.Write(t, dir, "a/good.txt", article)
	testfs.Write(t, dir, "b/hidden.txt", article)
	locked := filepath.Join(dir, "b")
	testfs.Unreadable(t, locked)
	docs, warnings := collect([]string{dir}, Options{})
	wantNames(t, docs, good)
	wantWarnings(t, warnings, locked+"/: permission denied")
}

// The permission tests above skip as root; this one reaches the same
// warning through an fs.FS that refuses a file, so the message is always
// checked.
func TestCollectFSPermissionDenied(t *testing.T) {
	fsys := denyFS{fstest.MapFS{
		"good.txt":   {Data: []byte(article)},
		"secret.txt": {Data: []byte(article)},
	}, "secret.txt"}
	docs, warnings := collectFS(fsys, "p/", Options{})
	wantNames(t, docs, "p/good.txt")
	wantWarnings(t, warnings, "p/secret.txt: permission denied")
}

type denyFS struct {
	fstest.MapFS
	deny string
}

func (d denyFS) Open(name string) (fs.File, error) {
	if name == d.deny {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.Open(name)
}

func TestCollectEmptyAndBlank(t *testing.T) {
	dir := t.TempDir()
	blank := testfs.Write(t, dir, "blank.txt", "  \n\t\r\n\n   ")
	empty := testfs.Write(t, dir, "empty.txt", "")
	good := testfs.Write(t, dir, "good.txt", article)
	docs, warnings := collect([]string{dir}, Options{})
	wantNames(t, docs, good)
	wantWarnings(t, warnings,
		blank+": no text (only blank lines)",
		empty+": empty file")
}

func TestCollectFolderWithoutText(t *testing.T) {
	dir := t.TempDir()
	testfs.Write(t, dir, "photos/photo.png", "\x89PNG")
	testfs.Write(t, dir, "photos/notes.doc", "text")
	testfs.Write(t, dir, "articles/a.txt", article)
	testfs.Write(t, dir, "articles/empty/readme.pdf", "x") // subfolders need no text
	photos, articles := filepath.Join(dir, "photos"), filepath.Join(dir, "articles")
	docs, warnings := collect([]string{photos, articles}, Options{})
	wantNames(t, docs, filepath.Join(articles, "a.txt"))
	wantWarnings(t, warnings, photos+"/: "+noArticles, "skipped 3 files of other types: .doc, .pdf, .png")
}

// Hidden files and folders are skipped unless Hidden is set; the hidden
// article files are named, and a folder with only hidden ones says so.
func TestCollectHidden(t *testing.T) {
	dir := t.TempDir()
	a := testfs.Write(t, dir, "a.txt", article)
	dot := testfs.Write(t, dir, ".draft.txt", article)
	git := testfs.Write(t, dir, ".git/notes.md", article)
	testfs.Write(t, dir, ".DS_Store", "x")
	only := filepath.Join(dir, "sub")
	subDot := testfs.Write(t, only, ".x.md", article)

	docs, warnings := collect([]string{dir}, Options{})
	wantNames(t, docs, a)
	wantWarnings(t, warnings, "2 hidden files skipped (--hidden reads them): "+dot+", "+subDot)

	docs, warnings = collect([]string{only}, Options{})
	wantNames(t, docs)
	wantWarnings(t, warnings, only+"/: no article files found outside hidden files and folders (--hidden reads them)",
		"1 hidden file skipped (--hidden reads them): "+subDot)

	docs, warnings = collect([]string{dir}, Options{Hidden: true})
	wantNames(t, docs, dot, git, a, subDot)
	wantWarnings(t, warnings)

	// A hidden path given is read.
	docs, warnings = collect([]string{dot, filepath.Join(dir, ".git")}, Options{})
	wantNames(t, docs, dot, git)
	wantWarnings(t, warnings)
}

func TestCollectBinaryPNGRenamed(t *testing.T) {
	dir := t.TempDir()
	photo := testfs.Write(t, dir, "photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x04\x00\x00\x00\x03\x00\x08\x06")
	good := testfs.Write(t, dir, "good.md", article)
	docs, warnings := collect([]string{dir}, Options{})
	wantNames(t, docs, good)
	wantWarnings(t, warnings, photo+": binary file skipped")
}

// Invalid UTF-8, a UTF-8 BOM, CRLF and lone CR are all kept byte for byte:
// the analysis reports offsets into these bytes.
func TestCollectKeepsBytes(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"bom.txt":     "\xef\xbb\xbfA line after a BOM.\n",
		"crlf.txt":    "First line.\r\nSecond line.\r\n",
		"cr.txt":      "First line.\rSecond line.\r",
		"invalid.txt": "Caf\xe9 au lait, \xff\xfe\xfd still text.\n",
	}
	for name, data := range files {
		testfs.Write(t, dir, name, data)
	}
	docs, warnings := collect([]string{dir}, Options{})
	wantWarnings(t, warnings)
	if len(docs) != len(files) {
		t.Fatalf("got %d documents, want %d", len(docs), len(files))
	}
	for _, d := range docs {
		if want := files[filepath.Base(d.name)]; d.text != want {
			t.Errorf("%s: got %q, want %q", d.name, d.text, want)
		}
	}
}

func TestCollectUTF16(t *testing.T) {
	dir := t.TempDir()
	le := testfs.Write(t, dir, "le.txt", "\xff\xfeS\x00\xe9\x00n\x00a\x00t\x00\r\x00\n\x00")
	be := testfs.Write(t, dir, "be.txt", "\xfe\xff\x00S\x00\xe9\x00n\x00a\x00t\x00\r\x00\n")
	docs, warnings := collect([]string{le, be}, Options{})
	wantWarnings(t, warnings)
	wantNames(t, docs, le, be)
	for _, d := range docs {
		if d.text != "Sénat\r\n" {
			t.Errorf("%s: got %q, want %q", d.name, d.text, "Sénat\r\n")
		}
	}
}

// Files are read whole: no line length limit.
func TestCollectLongLine(t *testing.T) {
	dir := t.TempDir()
	line := strings.Repeat("word ", 1<<20) // 5 MB, no newline
	testfs.Write(t, dir, "long.txt", line)
	docs, warnings := collect([]string{dir}, Options{})
	wantWarnings(t, warnings)
	if len(docs) != 1 || docs[0].text != line {
		t.Fatalf("long line not read whole (%d documents)", len(docs))
	}
}

func TestCollectSizeLimit(t *testing.T) {
	dir := t.TempDir()
	big := testfs.Write(t, dir, "big.txt", strings.Repeat("a", 200))
	exact := testfs.Write(t, dir, "exact.txt", strings.Repeat("b", 100))
	docs, warnings := collect([]string{dir}, Options{MaxFileSize: 100})
	wantNames(t, docs, exact)
	wantWarnings(t, warnings, big+": 200 bytes is over the size limit of 100 bytes (--max-size)")

	// 0 means the default limit, so the same file loads.
	docs, _ = collect([]string{big}, Options{})
	wantNames(t, docs, big)
}

func TestCollectSizeText(t *testing.T) {
	for n, want := range map[int64]string{
		100:                "100 bytes",
		16 << 10:           "16.0 KB",
		DefaultMaxFileSize: "16.0 MB",
		200 << 20:          "200.0 MB",
	} {
		if got := size(n); got != want {
			t.Errorf("size(%d) = %q, want %q", n, got, want)
		}
	}
	if got := size(1); got != "1 byte" {
		t.Errorf("size(1) = %q", got)
	}
}

// Rounded figures that read the same give way to exact bytes.
func TestCollectSizeLimitExact(t *testing.T) {
	dir := t.TempDir()
	big := testfs.Write(t, dir, "big.txt", strings.Repeat("a", 10001))
	one := testfs.Write(t, dir, "one.txt", "ab")
	_, warnings := collect([]string{big}, Options{MaxFileSize: 10000})
	wantWarnings(t, warnings, big+": 10001 bytes is over the size limit of 10000 bytes (--max-size)")
	_, warnings = collect([]string{one}, Options{MaxFileSize: 1})
	wantWarnings(t, warnings, one+": 2 bytes is over the size limit of 1 byte (--max-size)")
	_, warnings = collect([]string{big}, Options{MaxFileSize: 5000})
	wantWarnings(t, warnings, big+": 9.8 KB is over the size limit of 4.9 KB (--max-size)")
}

// A file can grow between the size check and the read; the read is capped.
func TestCollectFileGrowsWhileRead(t *testing.T) {
	fsys := growFS{fstest.MapFS{"log.txt": {Data: []byte("x")}}}
	docs, warnings := collectFS(fsys, "", Options{MaxFileSize: 1 << 10})
	wantNames(t, docs)
	wantWarnings(t, warnings, "log.txt: grew over the size limit of 1.0 KB while being read (--max-size)")
}

// growFS serves files whose Stat says one byte but whose content never ends.
type growFS struct{ fstest.MapFS }

func (g growFS) Open(name string) (fs.File, error) {
	f, err := g.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return f, nil
	}
	return growFile{f}, nil
}

type growFile struct{ fs.File }

func (growFile) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

func TestCollectManyFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 20,000 files")
	}
	const n = 20000
	dir := t.TempDir()
	want := make([]string, n)
	for i := range n {
		want[i] = filepath.Join(dir, fmt.Sprintf("f%05d.txt", i))
	}
	start := time.Now()
	for i := range n {
		if err := os.WriteFile(want[i], fmt.Appendf(nil, "Article %d says yes.\n", i), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Logf("wrote %d files in %v", n, time.Since(start))
	start = time.Now()
	docs, warnings := collect([]string{dir}, Options{})
	elapsed := time.Since(start)
	wantWarnings(t, warnings)
	wantNames(t, docs, want...)
	if len(docs) == n && docs[n-1].text != "Article 19999 says yes.\n" {
		t.Errorf("last document holds %q", docs[n-1].text)
	}
	t.Logf("collected %d files in %v", n, elapsed)
}

// Paths sort as plain strings ("a.txt" before "a/b.txt"); arguments keep
// the order given; only .txt and .md (any case) are picked from folders.
func TestCollectSortedOrder(t *testing.T) {
	dir := t.TempDir()
	one, two := filepath.Join(dir, "one"), filepath.Join(dir, "two")
	for _, rel := range []string{"a/b.txt", "a.txt", "a-b.txt", "B.md", "C.TXT", "c.png", ".git/x.txt", "z/y/x.md"} {
		testfs.Write(t, one, rel, article)
	}
	testfs.Write(t, two, "0.txt", article)
	docs, warnings := collect([]string{two, one}, Options{})
	wantWarnings(t, warnings, "skipped 1 file of other types: .png")
	j := func(rel string) string { return filepath.Join(one, rel) }
	wantNames(t, docs, filepath.Join(two, "0.txt"),
		j("B.md"), j("C.TXT"), j("a-b.txt"), j("a.txt"), j("a/b.txt"), j("z/y/x.md"))
}

func TestCollectSymlinkLoop(t *testing.T) {
	dir := t.TempDir()
	a := testfs.Write(t, dir, "a.txt", article)
	b := testfs.Write(t, dir, "sub/b.txt", article)
	testfs.Symlink(t, "..", filepath.Join(dir, "sub", "up"))
	testfs.Symlink(t, ".", filepath.Join(dir, "self"))
	testfs.Symlink(t, "loop2.txt", filepath.Join(dir, "loop1.txt")) // a link loop of its own
	testfs.Symlink(t, "loop1.txt", filepath.Join(dir, "loop2.txt"))

	for _, follow := range []bool{false, true} {
		done := make(chan struct{})
		var docs []document
		var warnings []string
		go func() {
			defer close(done)
			docs, warnings = collect([]string{dir}, Options{Follow: follow})
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("collect did not return: symlink loop followed")
		}
		wantNames(t, docs, a, b)
		if follow {
			wantWarnings(t, warnings,
				filepath.Join(dir, "loop1.txt")+": too many levels of symbolic links",
				filepath.Join(dir, "loop2.txt")+": too many levels of symbolic links")
		} else {
			j := func(rel string) string { return filepath.Join(dir, rel) }
			wantWarnings(t, warnings, "4 symbolic links not followed (--follow follows links inside the paths given): "+
				j("loop1.txt")+", "+j("loop2.txt")+", "+j("self")+", "+j("sub/up"))
		}
	}
}

// Links met in a walk are not followed by default, and with Follow never
// to a target outside the paths given; a path given is read, link or not.
func TestCollectLinksStayInside(t *testing.T) {
	dir := t.TempDir()
	a := testfs.Write(t, dir, "a.txt", article)
	testfs.Write(t, dir, "real/b.txt", article)
	outside := t.TempDir()
	secret := testfs.Write(t, outside, "secret.txt", article)
	testfs.Symlink(t, outside, filepath.Join(dir, "zz"))                                      // a folder outside
	testfs.Symlink(t, secret, filepath.Join(dir, "passwd.txt"))                               // a file outside
	testfs.Symlink(t, "real", filepath.Join(dir, "inner"))                                    // a folder inside
	testfs.Symlink(t, filepath.Join("..", "a.txt"), filepath.Join(dir, "real", "a-link.txt")) // a file inside, read already
	j := func(rel string) string { return filepath.Join(dir, rel) }

	docs, warnings := collect([]string{dir}, Options{})
	wantNames(t, docs, a, j("real/b.txt"))
	wantWarnings(t, warnings, "4 symbolic links not followed (--follow follows links inside the paths given): "+
		j("inner")+", "+j("passwd.txt")+", "+j("zz")+", "+j("real/a-link.txt")) // a folder's own, then its subfolders'

	docs, warnings = collect([]string{dir}, Options{Follow: true})
	wantNames(t, docs, a, j("inner/b.txt"))
	wantWarnings(t, warnings, "2 symbolic links not followed: they lead outside the paths given: "+
		j("passwd.txt")+", "+j("zz"))

	// Named on the command line, a link (or the folder behind one) is read.
	docs, warnings = collect([]string{j("zz"), j("passwd.txt")}, Options{})
	wantNames(t, docs, filepath.Join(j("zz"), "secret.txt"))
	wantWarnings(t, warnings)
	// A second path given makes its tree a place links may lead to.
	docs, warnings = collect([]string{dir, outside}, Options{Follow: true})
	wantNames(t, docs, a, j("inner/b.txt"), j("passwd.txt"))
	wantWarnings(t, warnings)
}

// The same file reached by several names is loaded once, under the first
// name in order: earlier arguments first, then sorted path order.
func TestCollectSameFileOnce(t *testing.T) {
	dir := t.TempDir()
	a := testfs.Write(t, dir, "a.txt", article)
	testfs.Write(t, dir, "sub/b.txt", article)
	testfs.Symlink(t, "a.txt", filepath.Join(dir, "link.txt"))
	testfs.Symlink(t, "sub", filepath.Join(dir, "alias")) // "alias/" sorts before "sub/"
	if err := os.Link(a, filepath.Join(dir, "hard.txt")); err != nil {
		t.Logf("no hard link: %v", err)
	}
	other := t.TempDir()
	testfs.Symlink(t, a, filepath.Join(other, "elsewhere.txt"))

	docs, warnings := collect([]string{a, dir, filepath.Join(dir, "sub"), other, a}, Options{Follow: true})
	// other's only file was loaded already, under a's name: found, so no
	// "no .txt" warning; the repeated and nested arguments are silent.
	wantWarnings(t, warnings)
	wantNames(t, docs, a, filepath.Join(dir, "alias", "b.txt"))
}

func TestCollectFileVanishes(t *testing.T) {
	dir := t.TempDir()
	gone := testfs.Write(t, dir, "gone.txt", article)
	stay := testfs.Write(t, dir, "stay.txt", article)
	jobs := list([]string{dir}, Options{})
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	docs, warnings := readJobs(jobs, Options{})
	wantNames(t, docs, stay)
	wantWarnings(t, warnings, gone+": no such file or directory")
}

// A file replaced by something unreadable between listing and reading is a
// warning too, not a crash.
func TestCollectFileChangesToFolder(t *testing.T) {
	dir := t.TempDir()
	p := testfs.Write(t, dir, "x.txt", article)
	jobs := list([]string{dir}, Options{})
	if err := os.Remove(p); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	docs, warnings := readJobs(jobs, Options{})
	wantNames(t, docs)
	wantWarnings(t, warnings, p+": not a regular file")
}

// mixedTree writes files of every kind, so that ordering of documents and
// warnings can be compared between runs.
func mixedTree(t *testing.T) string {
	dir := t.TempDir()
	for i := range 300 {
		var data string
		switch i % 6 {
		case 0:
			data = ""
		case 1:
			data = " \n\n"
		case 2:
			data = "\x89PNG\r\n\x1a\n\x00\x00"
		case 3:
			data = strings.Repeat("x", 300)
		default:
			data = fmt.Sprintf("Article %d.\n", i)
		}
		testfs.Write(t, dir, fmt.Sprintf("d%d/f%03d.txt", i%7, i), data)
	}
	return dir
}

func TestCollectParallelSameAsSequential(t *testing.T) {
	dir := mixedTree(t)
	missing := filepath.Join(dir, "missing")
	paths := []string{missing, dir}
	seqDocs, seqWarn := collect(paths, Options{Workers: 1, MaxFileSize: 200})

	var calls, last, total int
	progress := func(done, n int) { // serialised by collect, so no lock needed
		calls++
		if done != last+1 {
			t.Errorf("progress went from %d to %d", last, done)
		}
		last, total = done, n
	}
	parDocs, parWarn := collect(paths, Options{Workers: 16, MaxFileSize: 200, Progress: progress})
	if !reflect.DeepEqual(seqDocs, parDocs) {
		t.Error("parallel documents differ from the sequential run")
	}
	if !slices.Equal(seqWarn, parWarn) {
		t.Errorf("parallel warnings differ:\n%q\n%q", seqWarn, parWarn)
	}
	if calls != 300 || last != 300 || total != 300 {
		t.Errorf("progress: %d calls, last %d/%d; want 300 calls ending 300/300", calls, last, total)
	}
	if len(seqDocs) != 100 || len(seqWarn) != 201 || seqWarn[0] != missing+": no such file or directory" {
		t.Errorf("got %d documents and %d warnings (first %q)", len(seqDocs), len(seqWarn), seqWarn[0])
	}
}

// A panic in a worker (here from the Progress callback) costs one file and
// becomes a warning; the load goes on.
func TestCollectRecoversPanics(t *testing.T) {
	dir := t.TempDir()
	a := testfs.Write(t, dir, "a.txt", article)
	b := testfs.Write(t, dir, "b.txt", article)
	progress := func(done, total int) {
		if done == 1 {
			panic("boom")
		}
	}
	docs, warnings := collect([]string{dir}, Options{Workers: 1, Progress: progress})
	wantNames(t, docs, b)
	wantWarnings(t, warnings, a+": internal error: boom")
}

// Names with control characters are escaped in warnings so that they
// cannot drive the terminal.
func TestCollectEscapesNamesInWarnings(t *testing.T) {
	dir := t.TempDir()
	bad := "evil\x1b[2J\u202e.txt"
	if err := os.WriteFile(filepath.Join(dir, bad), nil, 0o644); err != nil {
		t.Skipf("cannot create such a name here: %v", err)
	}
	_, warnings := collect([]string{dir}, Options{})
	if len(warnings) != 1 {
		t.Fatalf("warnings = %q", warnings)
	}
	w := warnings[0]
	if strings.ContainsAny(w, "\x1b\u202e") || !strings.Contains(w, `evil\x1b[2J\u202e.txt"`) {
		t.Errorf("warning not escaped: %q", w)
	}
	// Invisible characters would make two names look alike: escaped too.
	for _, name := range []string{"a\u200b.txt", "b\u00ad.txt", "c\ufeff.txt", "d\U000E0041.txt", "e\u2028.txt"} {
		if got, want := display(name), strconv.Quote(name); got != want || !strings.Contains(got, `\u`) && !strings.Contains(got, `\U`) {
			t.Errorf("display(%q) = %s, want %s", name, got, want)
		}
	}
}

func TestCollectFS(t *testing.T) {
	fsys := fstest.MapFS{
		"b.txt":           {Data: []byte(article)},
		"a/z.md":          {Data: []byte(article)},
		"a.txt":           {Data: []byte("\xff\xfeH\x00i\x00")},
		"empty.txt":       {Data: nil},
		"photo.txt":       {Data: []byte("\x89PNG\r\n\x1a\n\x00\x00")},
		"big.txt":         {Data: bytes.Repeat([]byte("x"), 2000)},
		"image.png":       {Data: []byte("\x89PNG")},
		".hidden/x.txt":   {Data: []byte(article)},
		"sub/deep/ok.TXT": {Data: []byte(article)},
	}
	docs, warnings := collectFS(fsys, "seeds/", Options{MaxFileSize: 1000})
	wantNames(t, docs, "seeds/a.txt", "seeds/a/z.md", "seeds/b.txt", "seeds/sub/deep/ok.TXT")
	wantWarnings(t, warnings,
		"seeds/big.txt: 2.0 KB is over the size limit of 1000 bytes (--max-size)",
		"seeds/empty.txt: empty file",
		"seeds/photo.txt: binary file skipped")
	if docs[0].text != "Hi" {
		t.Errorf("UTF-16 in an fs.FS not decoded: %q", docs[0].text)
	}

	_, warnings = collectFS(fstest.MapFS{"x.png": {}}, "seeds/", Options{})
	wantWarnings(t, warnings, "seeds/: "+noArticles)
}

func TestCollectFSSeeds(t *testing.T) {
	docs, warnings := collectFS(seeds.FS, seeds.Prefix, Options{})
	wantWarnings(t, warnings)
	if len(docs) == 0 {
		t.Fatal("no seed loaded")
	}
	for _, d := range docs {
		if !strings.HasPrefix(d.name, seeds.Prefix) || !strings.HasSuffix(d.name, ".txt") {
			t.Errorf("seed named %q", d.name)
		}
	}
}

func TestCollectWritesNothing(t *testing.T) {
	dir := mixedTree(t)
	testfs.Write(t, dir, "le.txt", "\xff\xfeH\x00i\x00")
	testfs.Symlink(t, ".", filepath.Join(dir, "self"))
	before := testfs.Snapshot(t, dir)
	time.Sleep(10 * time.Millisecond) // so a rewrite would show in the times
	collect([]string{dir}, Options{MaxFileSize: 200})
	if after := testfs.Snapshot(t, dir); after != before {
		t.Errorf("folder changed by a load:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// errText drops the path that fs errors repeat, since the warning starts
// with the name already.
func TestCollectErrText(t *testing.T) {
	_, err := os.Open(filepath.Join(t.TempDir(), "nope"))
	if got := errText(err); got != "no such file or directory" {
		t.Errorf("errText = %q", got)
	}
	if got := errText(io.ErrUnexpectedEOF); got != "unexpected EOF" {
		t.Errorf("errText = %q", got)
	}
	if got := errText(fmt.Errorf("wrapped: %w", &fs.PathError{Op: "read", Path: "x", Err: errors.New("bad")})); got != "bad" {
		t.Errorf("errText = %q", got)
	}
}

// Sized gets the total size of the files to read, once, before any is
// read: a file over the size limit counts only up to the limit.
func TestCollectReportsSizeBeforeReading(t *testing.T) {
	dir := t.TempDir()
	testfs.Write(t, dir, "a.txt", "12345")
	testfs.Write(t, dir, "b/c.md", "123")
	testfs.Write(t, dir, "big.txt", strings.Repeat("x", 500))
	testfs.Write(t, dir, "skip.png", "not an article")
	var calls []int64
	read := 0
	collect([]string{dir}, Options{
		MaxFileSize: 100,
		Workers:     2,
		Progress:    func(done, total int) { read = done },
		Sized: func(n, inFlight int64) {
			calls = append(calls, n, inFlight)
			if read > 0 {
				t.Errorf("Sized called after %d files were read", read)
			}
		},
	})
	if want := []int64{5 + 3 + 100, 100 + 5}; !slices.Equal(calls, want) {
		t.Errorf("Sized calls %v, want %v", calls, want)
	}
	calls = nil
	collectFS(fstest.MapFS{"x.txt": {Data: []byte("1234")}, "y.md": {Data: []byte("12")}}, "", Options{Workers: 1, Sized: func(n, inFlight int64) { calls = append(calls, n, inFlight) }})
	if want := []int64{6, 4}; !slices.Equal(calls, want) {
		t.Errorf("Sized calls on an fs.FS %v, want %v", calls, want)
	}
}
