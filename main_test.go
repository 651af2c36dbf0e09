package main

// End-to-end tests of bad input through run(): exit codes, the one-line
// warnings on stderr and in the JSON "warnings", and good articles still
// loading next to bad ones. The articles are written here; none is taken
// from the samples.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"standpoint/internal/testfs"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"standpoint/loader"
	"standpoint/model"
	"standpoint/ui"
)

// Small good articles: each gives at least one actor with a stance.
const (
	goodPoland = "Poland keeps its soldiers home\n\nDefence Minister Anna Kowalczyk said Poland will not send troops to Ukraine.\n"
	goodFrance = "Paris ready to act\n\nPresident Jean Dupont said France is ready to deploy ground troops to Ukraine.\n"
)

// cli runs the command with args and returns its exit code and output.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// corpusJSON runs with --json and decodes the output, failing unless the
// exit code is want.
func corpusJSON(t *testing.T, want int, args ...string) (model.Corpus, string) {
	t.Helper()
	code, stdout, stderr := cli(t, append([]string{"--json"}, args...)...)
	if code != want {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, want, stderr)
	}
	var c model.Corpus
	if err := json.Unmarshal([]byte(stdout), &c); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	if c.Warnings == nil || c.Articles == nil || c.Actors == nil {
		t.Errorf("JSON has null lists: %s", stdout[:min(len(stdout), 300)])
	}
	return c, stderr
}

// stderrWarnings returns the lines of stderr, checking that each is one
// "standpoint: " line.
func stderrWarnings(t *testing.T, stderr string) []string {
	t.Helper()
	if stderr == "" {
		return nil
	}
	if !strings.HasSuffix(stderr, "\n") {
		t.Errorf("stderr does not end with a newline: %q", stderr)
	}
	var out []string
	for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		w, ok := strings.CutPrefix(l, "standpoint: ")
		if !ok {
			t.Errorf("stderr line without the program name: %q", l)
		}
		out = append(out, w)
	}
	return out
}

// checkWarnings asserts that JSON warnings and stderr lines are both
// exactly want.
func checkWarnings(t *testing.T, c model.Corpus, stderr string, want ...string) {
	t.Helper()
	if !slices.Equal(c.Warnings, want) {
		t.Errorf("JSON warnings:\n got %q\nwant %q", c.Warnings, want)
	}
	if got := stderrWarnings(t, stderr); !slices.Equal(got, want) {
		t.Errorf("stderr warnings:\n got %q\nwant %q", got, want)
	}
}

func files(c model.Corpus) []string {
	var out []string
	for _, a := range c.Articles {
		out = append(out, a.File)
	}
	return out
}

func checkFiles(t *testing.T, c model.Corpus, want ...string) {
	t.Helper()
	if got := files(c); !slices.Equal(got, want) {
		t.Errorf("articles:\n got %q\nwant %q", got, want)
	}
}

// stanceIn reports the stance of the named actor in file, or "" if it has
// no position there.
func stanceIn(c model.Corpus, name, file string) model.Stance {
	for _, a := range c.Actors {
		if a.Name == name {
			if p, ok := a.PositionIn(file); ok {
				return p.Stance
			}
		}
	}
	return ""
}

// checkOffsets asserts that every evidence's [start:end] slices text (the
// bytes the loader read) to the evidence text, as JSON carries it: invalid
// UTF-8 is written as U+FFFD by the encoder, so the slice goes through the
// same encoding before comparing.
func checkOffsets(t *testing.T, c model.Corpus, file string, text []byte) (n int) {
	t.Helper()
	for _, a := range c.Actors {
		p, ok := a.PositionIn(file)
		if !ok {
			continue
		}
		for _, e := range p.Evidence {
			n++
			if e.Start < 0 || e.Start > e.End || e.End > len(text) {
				t.Errorf("%s: evidence [%d:%d] outside %d bytes", file, e.Start, e.End, len(text))
				continue
			}
			raw, _ := json.Marshal(string(text[e.Start:e.End]))
			var want string
			json.Unmarshal(raw, &want)
			if e.Text != want {
				t.Errorf("%s: bytes [%d:%d] = %q, evidence %q", file, e.Start, e.End, text[e.Start:e.End], e.Text)
			}
		}
	}
	return n
}

func TestRunUsageErrors(t *testing.T) {
	dir := t.TempDir()
	good := testfs.Write(t, dir, "good.txt", goodPoland)
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"--nope", good}, "unknown flag: --nope"},
		{[]string{good, "--nope"}, "unknown flag: --nope"},
		{[]string{"--json", good, "--plain"}, "--json and --plain exclude each other"},
		{[]string{"--json", "--plain", good}, "--json and --plain exclude each other"},
		{[]string{"--theme", "blue", good}, `--theme must be light or dark, not "blue"`},
		{[]string{"--theme=\x1b[2J", good}, `--theme must be light or dark, not "\x1b[2J"`},
		{[]string{"--max-size", "0", good}, "--max-size must be positive"},
		{[]string{"--max-size", "ten", good}, "invalid argument"},
		{[]string{"--\x1b[2J", good}, `"unknown flag: --\x1b[2J"`},
		{[]string{"--json"}, ""}, // not an error: the embedded samples
	}
	for _, c := range cases {
		code, stdout, stderr := cli(t, c.args...)
		if c.want == "" {
			if code != 0 {
				t.Errorf("%q: exit %d: %s", c.args, code, stderr)
			}
			continue
		}
		if code != 2 {
			t.Errorf("%q: exit %d, want 2", c.args, code)
		}
		if stdout != "" {
			t.Errorf("%q: wrote to stdout: %q", c.args, stdout)
		}
		first, _, _ := strings.Cut(stderr, "\n")
		if !strings.HasPrefix(first, "standpoint: ") || !strings.Contains(first, c.want) || !strings.Contains(stderr, "usage: standpoint") {
			t.Errorf("%q: stderr %q, want a line with %q and the usage", c.args, stderr, c.want)
		}
		if strings.ContainsRune(stderr, 0x1b) {
			t.Errorf("%q: raw ESC on stderr: %q", c.args, stderr)
		}
	}
	for _, h := range []string{"--help", "-h", "-help"} {
		code, stdout, _ := cli(t, good, h)
		if code != 0 || !strings.HasPrefix(stdout, "usage: standpoint") {
			t.Errorf("%s: exit %d, stdout %q", h, code, stdout)
		}
		// The full usage: every flag, the examples, the exit status.
		for _, want := range []string{"--json", "--plain", "--theme light|dark", "--mouse", "--follow", "--hidden", "--max-size BYTES",
			"Examples:", "standpoint ~/news --json", "standpoint -- -draft.txt", "Exit status:"} {
			if !strings.Contains(stdout, want) {
				t.Errorf("%s: no %q in\n%s", h, want, stdout)
			}
		}
	}
}

// Flags may follow the paths, as with most Unix tools; -- ends them; the
// single-dash spelling of the flags still works.
func TestRunFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	good := testfs.Write(t, dir, "good.txt", goodPoland)
	for _, args := range [][]string{
		{dir, "--json"},
		{dir, "-json"},
		{"--max-size", "1000", dir, "--json"},
		{dir, "--max-size=1000", "-json=true"},
		{"-max-size", "1000", dir, "--json"},
	} {
		code, stdout, stderr := cli(t, args...)
		var c model.Corpus
		if code != 0 || stderr != "" || json.Unmarshal([]byte(stdout), &c) != nil {
			t.Errorf("%q: exit %d, stderr %q, stdout not JSON: %.60q", args, code, stderr, stdout)
			continue
		}
		checkFiles(t, c, good)
	}
	hidden := testfs.Write(t, dir, ".hidden.md", goodFrance)
	c, _ := corpusJSON(t, 0, dir, "--hidden")
	checkFiles(t, c, hidden, good)
	os.Remove(hidden)
	// After --, a flag's name is a path.
	code, stdout, stderr := cli(t, "--json", dir, "--", "--plain")
	if code != 0 || !json.Valid([]byte(stdout)) {
		t.Errorf("-- --plain: exit %d, stdout %.60q", code, stdout)
	}
	if got := stderrWarnings(t, stderr); !slices.Equal(got, []string{"--plain: no such file or directory"}) {
		t.Errorf("-- --plain: stderr %q", got)
	}
	// The max-size given after the path applies.
	code, _, stderr = cli(t, dir, "--max-size", "10")
	if code != 1 || !strings.Contains(stderr, "over the size limit") {
		t.Errorf("--max-size after the path: exit %d, stderr %q", code, stderr)
	}
}

// Nothing loadable at all: exit 1, a warning per path and the reason, and
// no half-written output.
func TestRunNothingLoaded(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	empty := testfs.Write(t, dir, "empty.txt", "")
	images := filepath.Join(dir, "images")
	testfs.Write(t, images, "photo.png", "\x89PNG")
	for _, mode := range []string{"--json", "--plain"} {
		code, stdout, stderr := cli(t, mode, missing, empty, images)
		if code != 1 {
			t.Errorf("%s: exit %d, want 1", mode, code)
		}
		if stdout != "" {
			t.Errorf("%s: stdout %q, want nothing", mode, stdout)
		}
		want := []string{
			missing + ": no such file or directory",
			empty + ": empty file",
			images + "/: no article files found (.txt, .md, .markdown, .html and .htm)",
			"skipped 1 file of other types: .png",
			"no article could be loaded",
		}
		if got := stderrWarnings(t, stderr); !slices.Equal(got, want) {
			t.Errorf("%s: stderr\n got %q\nwant %q", mode, got, want)
		}
	}
}

// badCase is one kind of bad input: it makes the file or folder under dir
// and returns the argument to pass (or "" when it lives in dir itself) and
// the warning expected.
type badCase struct {
	name string
	make func(t *testing.T, dir string) (arg, warning string)
}

func png() string {
	return "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00\x5c\x72\xa8\x66" +
		strings.Repeat("\x00\x13\x7f\xfe", 64)
}

var badCases = []badCase{
	{"missing path", func(t *testing.T, dir string) (string, string) {
		p := filepath.Join(dir, "not", "there.txt")
		return p, p + ": no such file or directory"
	}},
	{"empty file", func(t *testing.T, dir string) (string, string) {
		p := testfs.Write(t, dir, "empty.txt", "")
		return "", p + ": empty file"
	}},
	{"blank lines", func(t *testing.T, dir string) (string, string) {
		p := testfs.Write(t, dir, "blank.md", "\xef\xbb\xbf\n  \r\n\t\n \u00a0\v\f\n\r\n")
		return "", p + ": no text (only blank lines)"
	}},
	{"folder without articles", func(t *testing.T, dir string) (string, string) {
		d := filepath.Join(t.TempDir(), "pictures") // outside dir, which is walked too
		testfs.Write(t, d, "a.png", png())
		testfs.Write(t, d, "notes.docx", "x")
		return d, d + "/: no article files found (.txt, .md, .markdown, .html and .htm)\nskipped 2 files of other types: .docx, .png"
	}},
	{"explicit file of another kind", func(t *testing.T, dir string) (string, string) {
		p := testfs.Write(t, t.TempDir(), "report.pdf", goodFrance)
		return p, p + ": not an article file (.pdf); Standpoint reads .txt, .md, .markdown, .html and .htm files"
	}},
	{"folder of hidden articles", func(t *testing.T, dir string) (string, string) {
		d := filepath.Join(t.TempDir(), "notes")
		testfs.Write(t, d, ".cache/a.txt", goodFrance) // a hidden folder is not named, only said
		return d, d + "/: no article files found outside hidden files and folders (--hidden reads them)"
	}},
	{"PNG named .txt", func(t *testing.T, dir string) (string, string) {
		p := testfs.Write(t, dir, "photo.txt", png())
		return "", p + ": binary file skipped"
	}},
	{"over --max-size", func(t *testing.T, dir string) (string, string) {
		p := testfs.Write(t, dir, "big.txt", goodFrance+strings.Repeat("More text. ", 300)[:2400]) // over the limit set below
		return "", p + ": 2.4 KB is over the size limit of 1.0 KB (--max-size)"
	}},
	{"symlink loop", func(t *testing.T, dir string) (string, string) {
		p := filepath.Join(t.TempDir(), "loop.txt")
		testfs.Symlink(t, "loop.txt", p)
		return p, p + ": too many levels of symbolic links" // given: links met in folders are not followed
	}},
	{"symlink in a folder", func(t *testing.T, dir string) (string, string) {
		p := filepath.Join(dir, "link.txt")
		testfs.Symlink(t, "/", p)
		return "", "1 symbolic link not followed (--follow follows links inside the paths given): " + p
	}},
	{"FIFO named .txt", func(t *testing.T, dir string) (string, string) {
		p := filepath.Join(dir, "pipe.txt")
		if err := exec.Command("mkfifo", p).Run(); err != nil {
			t.Skipf("no FIFO: %v", err)
		}
		return "", p + ": not a regular file"
	}},
}

// TestRunBadInputAmongGood runs each bad input next to two good articles,
// then all of them at once: the good ones load, each bad one gives exactly
// its warning, on stderr and in JSON.
func TestRunBadInputAmongGood(t *testing.T) {
	setup := func(t *testing.T, cases []badCase) (args, warnings, good []string) {
		dir := t.TempDir()
		good = []string{testfs.Write(t, dir, "a-good.txt", goodPoland), testfs.Write(t, dir, "z-good.md", goodFrance)}
		var extra []string
		for _, c := range cases {
			arg, w := c.make(t, dir)
			if arg != "" {
				extra = append(extra, arg)
			}
			warnings = append(warnings, strings.Split(w, "\n")...)
		}
		args = append([]string{"--max-size", "1024", dir}, extra...)
		return args, warnings, good
	}
	check := func(t *testing.T, args, warnings, good []string) {
		t.Helper()
		c, stderr := corpusJSON(t, 0, args...)
		checkFiles(t, c, good...)
		slices.Sort(warnings)
		got := slices.Sorted(slices.Values(c.Warnings))
		if !slices.Equal(got, warnings) {
			t.Errorf("JSON warnings:\n got %q\nwant %q", got, warnings)
		}
		if lines := stderrWarnings(t, stderr); !slices.Equal(lines, c.Warnings) {
			t.Errorf("stderr %q differs from the JSON warnings %q", lines, c.Warnings)
		}
		if s := stanceIn(c, "Poland", good[0]); s != model.RulesOut {
			t.Errorf("Poland in the good article: %q, want rules_out", s)
		}
		code, plain, stderr2 := cli(t, append([]string{"--plain"}, args...)...)
		if code != 0 || stderr2 != stderr {
			t.Errorf("--plain: exit %d, stderr %q; --json gave %q", code, stderr2, stderr)
		}
		if !strings.Contains(plain, "2 articles") {
			t.Errorf("--plain output:\n%s", plain)
		}
	}
	for _, bc := range badCases {
		t.Run(bc.name, func(t *testing.T) {
			args, warnings, good := setup(t, []badCase{bc})
			check(t, args, warnings, good)
		})
	}
	t.Run("all at once", func(t *testing.T) {
		var cases []badCase
		for _, bc := range badCases {
			if bc.name != "symlink loop" && bc.name != "FIFO named .txt" { // may skip; covered alone
				cases = append(cases, bc)
			}
		}
		args, warnings, good := setup(t, cases)
		check(t, args, warnings, good)
	})
}

// asNobody is set in the environment of the test binary run again as user
// nobody.
const asNobody = "STANDPOINT_TEST_AS_NOBODY"

// TestRunUnreadable checks files and folders without read permission. As
// root, where permissions do not apply, it runs itself again as nobody with
// setpriv when that is available, and skips otherwise.
func TestRunUnreadable(t *testing.T) {
	if os.Geteuid() == 0 && os.Getenv(asNobody) == "" {
		setpriv, err := exec.LookPath("setpriv")
		if err != nil {
			t.Skip("running as root and no setpriv to drop privileges")
		}
		// The binary may sit in a folder only root can enter: copy it out.
		bin := filepath.Join(t.TempDir(), "standpoint.test")
		data, err := os.ReadFile(os.Args[0])
		if err != nil {
			t.Skipf("cannot copy the test binary: %v", err)
		}
		if err := os.WriteFile(bin, data, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(filepath.Dir(bin), 0o755); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", bin,
			"-test.run=^TestRunUnreadable$", "-test.v", "-test.count=1")
		cmd.Env = append(os.Environ(), asNobody+"=1", "TMPDIR="+os.TempDir())
		out, err := cmd.CombinedOutput()
		if err != nil && strings.Contains(string(out), "setpriv:") {
			t.Skipf("setpriv cannot drop privileges here: %s", out)
		}
		t.Logf("as nobody:\n%s", out)
		if err != nil || !strings.Contains(string(out), "--- PASS: TestRunUnreadable") {
			t.Fatalf("as nobody: %v\n%s", err, out)
		}
		return
	}
	dir := t.TempDir()
	good := testfs.Write(t, dir, "good.txt", goodPoland)
	secret := testfs.Write(t, dir, "secret.txt", goodFrance)
	testfs.Write(t, dir, "locked/inner.txt", goodFrance)
	locked := filepath.Join(dir, "locked")
	testfs.Unreadable(t, secret)
	testfs.Unreadable(t, locked)
	c, stderr := corpusJSON(t, 0, dir)
	checkFiles(t, c, good)
	checkWarnings(t, c, stderr, locked+"/: permission denied", secret+": permission denied")

	code, _, stderr := cli(t, "--plain", secret)
	if code != 1 || !strings.Contains(stderr, secret+": permission denied") {
		t.Errorf("unreadable file alone: exit %d, stderr %q", code, stderr)
	}
}

// Encodings and line ends: each file loads without a warning, its actor is
// found, and the JSON evidence offsets index the file's own bytes (for
// UTF-16, the decoded text).
func TestRunEncodings(t *testing.T) {
	utf16 := func(s string, big bool) string {
		var b []byte
		if big {
			b = append(b, 0xfe, 0xff)
		} else {
			b = append(b, 0xff, 0xfe)
		}
		for _, r := range s {
			if r > 0xffff {
				panic("BMP only")
			}
			if big {
				b = append(b, byte(r>>8), byte(r))
			} else {
				b = append(b, byte(r), byte(r>>8))
			}
		}
		return string(b)
	}
	article := "Żołnierze zostają w kraju\n\nDefence Minister Anna Kowalczyk said Poland will not send troops to Ukraine.\n\nPresident Jean Dupont said France is ready to deploy ground troops to Ukraine.\n"
	cases := []struct {
		name, data string
		text       string // what the loader reads, when not data itself
	}{
		{name: "invalid-utf8.txt", data: "Caf\xe9 news \xff\n\nDefence Minister Anna Kowalczyk said Poland will not send troops to Ukraine \xc3\x28 at all.\n\nPresident Jean Dupont said France is ready\xe2\x82 to deploy ground troops to Ukraine.\n"},
		{name: "bom8.txt", data: "\xef\xbb\xbf" + article},
		{name: "crlf.txt", data: strings.ReplaceAll(article, "\n", "\r\n")},
		{name: "cr.txt", data: strings.ReplaceAll(article, "\n", "\r")},
		{name: "utf16le.txt", data: utf16(article, false), text: article},
		{name: "utf16be.txt", data: utf16(strings.ReplaceAll(article, "\n", "\r\n"), true), text: strings.ReplaceAll(article, "\n", "\r\n")},
		// Without a byte order mark, as some Windows tools write it.
		{name: "utf16le-nobom.txt", data: utf16(article, false)[2:], text: article},
		{name: "utf16be-nobom.txt", data: utf16(article, true)[2:], text: article},
	}
	dir := t.TempDir()
	var want []string
	for _, c := range cases {
		want = append(want, testfs.Write(t, dir, c.name, c.data))
	}
	slices.Sort(want)
	c, stderr := corpusJSON(t, 0, dir)
	checkWarnings(t, c, stderr)
	checkFiles(t, c, want...)
	for _, tc := range cases {
		file := filepath.Join(dir, tc.name)
		text := tc.text
		if text == "" {
			text = tc.data
		}
		if n := checkOffsets(t, c, file, []byte(text)); n == 0 {
			t.Errorf("%s: no evidence found", tc.name)
		}
		if s := stanceIn(c, "Poland", file); s != model.RulesOut {
			t.Errorf("%s: Poland %q, want rules_out", tc.name, s)
		}
		if s := stanceIn(c, "France", file); s != model.Supports {
			t.Errorf("%s: France %q, want supports", tc.name, s)
		}
		for _, a := range c.Articles {
			if a.File == file && (strings.ContainsAny(a.Title, "\r\n\ufeff") || a.Title == "") {
				t.Errorf("%s: title %q", tc.name, a.Title)
			}
		}
	}
	code, plain, _ := cli(t, "--plain", dir)
	if code != 0 || !utf8.ValidString(plain) || strings.ContainsAny(plain, "\r\ufeff") {
		t.Errorf("--plain: exit %d, valid UTF-8 %v, output:\n%q", code, utf8.ValidString(plain), plain)
	}
}

// One 5 MB line with no line break: read whole, and analysed in reasonable
// time.
func TestRunLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("5 MB of text")
	}
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("Defence Minister Anna Kowalczyk said Poland will not send troops to Ukraine. ")
	for i := 0; b.Len() < 5<<20; i++ { // prose without a line break, as some exports are
		fmt.Fprintf(&b, "Paragraph %d goes on about the weather in the capital. ", i)
	}
	long := testfs.Write(t, dir, "long.txt", b.String())
	good := testfs.Write(t, dir, "short.txt", goodFrance)
	start := time.Now()
	c, stderr := corpusJSON(t, 0, dir)
	t.Logf("5 MB line loaded in %v", time.Since(start))
	checkWarnings(t, c, stderr)
	checkFiles(t, c, long, good)
	if s := stanceIn(c, "Poland", long); s != model.RulesOut {
		t.Errorf("Poland in the long line: %q, want rules_out", s)
	}
	if len(c.Articles) == 2 && utf8.RuneCountInString(c.Articles[0].Title) > 100 {
		t.Errorf("title of the long line is %d runes long", utf8.RuneCountInString(c.Articles[0].Title))
	}
	checkOffsets(t, c, long, []byte(b.String()))
}

// The same file reached by several names, and links that loop back up the
// tree, give one article and no warning.
func TestRunSameFileOnce(t *testing.T) {
	dir := t.TempDir()
	a := testfs.Write(t, dir, "a.txt", goodPoland)
	testfs.Write(t, dir, "sub/b.md", goodFrance)
	testfs.Symlink(t, "a.txt", filepath.Join(dir, "again.txt"))
	testfs.Symlink(t, "..", filepath.Join(dir, "sub", "parent"))
	testfs.Symlink(t, ".", filepath.Join(dir, "sub", "self"))
	if err := os.Link(a, filepath.Join(dir, "hard.txt")); err != nil {
		t.Logf("no hard link: %v", err)
	}
	done := make(chan struct{})
	var c model.Corpus
	var stderr string
	go func() {
		defer close(done)
		c, stderr = corpusJSON(t, 0, "--follow", a, dir, filepath.Join(dir, "sub"), a, filepath.Join(dir, "again.txt"))
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("run did not return: a link loop was followed")
	}
	checkWarnings(t, c, stderr)
	checkFiles(t, c, a, filepath.Join(dir, "sub", "b.md"))
	for _, act := range c.Actors {
		if len(act.Positions) > 1 {
			t.Errorf("actor %q has %d positions: a file was analysed twice", act.Name, len(act.Positions))
		}
	}
}

// A link out of the tree (to "/" in the review that found it, which walked
// the whole disk) is not followed, with --follow either; a link given as a
// path is read.
func TestRunLinksStayInTree(t *testing.T) {
	dir := t.TempDir()
	a := testfs.Write(t, dir, "a.txt", goodPoland)
	outside := t.TempDir()
	secret := testfs.Write(t, outside, "secret.txt", goodFrance)
	zz := filepath.Join(dir, "zz")
	testfs.Symlink(t, outside, zz)
	for _, args := range [][]string{{dir}, {"--follow", dir}} {
		c, stderr := corpusJSON(t, 0, args...)
		checkFiles(t, c, a)
		if len(c.Warnings) != 1 || !strings.Contains(c.Warnings[0], "1 symbolic link not followed") || !strings.HasSuffix(c.Warnings[0], ": "+zz) {
			t.Errorf("%q: warnings %q, want one naming %s", args, c.Warnings, zz)
		}
		if got := stderrWarnings(t, stderr); !slices.Equal(got, c.Warnings) {
			t.Errorf("%q: stderr %q", args, got)
		}
	}
	c, _ := corpusJSON(t, 0, zz)
	checkFiles(t, c, filepath.Join(zz, "secret.txt"))
	_ = secret
}

// Many small files through the whole program. The loader tests 20,000 at
// the collect level; here a smaller count keeps the run fast.
func TestRunManyFiles(t *testing.T) {
	n := 1000
	if testing.Short() {
		n = 100
	}
	dir := t.TempDir()
	for i := range 10 {
		testfs.Write(t, dir, fmt.Sprintf("d%d/.keep", i), "")
	}
	for i := range n {
		body := goodPoland
		if i%2 == 1 {
			body = goodFrance
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%d/f%05d.txt", i%10, i)), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	start := time.Now()
	c, stderr := corpusJSON(t, 0, dir)
	t.Logf("%d files in %v", n, time.Since(start))
	checkWarnings(t, c, stderr)
	if len(c.Articles) != n {
		t.Fatalf("%d articles, want %d", len(c.Articles), n)
	}
	if !slices.IsSortedFunc(c.Articles, func(a, b model.Article) int { return strings.Compare(a.File, b.File) }) {
		t.Error("articles not in path order")
	}
	for _, a := range c.Actors {
		if a.Name == "Poland" && len(a.Positions) != n/2 {
			t.Errorf("Poland has %d positions, want %d", len(a.Positions), n/2)
		}
	}
}

// Files deleted while the program runs: each is either loaded whole,
// reported as gone, or not seen at all; the rest load; nothing crashes.
// The timing decides which (it is logged); the loader's own tests check the
// warning deterministically.
func TestRunFilesVanish(t *testing.T) {
	const n = 200
	dir := t.TempDir()
	var paths []string
	for i := range n {
		paths = append(paths, testfs.Write(t, dir, fmt.Sprintf("f%03d.txt", i), goodPoland))
	}
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := n - 1; i > 0; i -= 2 { // from the end, towards the reader
			os.Remove(paths[i])
		}
	})
	c, stderr := corpusJSON(t, 0, dir)
	wg.Wait()
	loaded := map[string]bool{}
	for _, f := range files(c) {
		loaded[f] = true
	}
	for i, p := range paths {
		if i%2 == 0 && !loaded[p] {
			t.Errorf("%s was not deleted but did not load", p)
		}
	}
	for _, w := range c.Warnings {
		name, ok := strings.CutSuffix(w, ": no such file or directory")
		if !ok || !slices.Contains(paths, name) || loaded[name] {
			t.Errorf("unexpected warning %q", w)
		}
	}
	if got := stderrWarnings(t, stderr); !slices.Equal(got, c.Warnings) {
		t.Errorf("stderr %q differs from JSON warnings", got)
	}
	t.Logf("%d loaded, %d reported gone", len(c.Articles), len(c.Warnings))
}

func TestRunWritesNothing(t *testing.T) {
	dir := t.TempDir()
	testfs.Write(t, dir, "a.txt", goodPoland)
	testfs.Write(t, dir, "sub/b.md", "\xef\xbb\xbf"+strings.ReplaceAll(goodFrance, "\n", "\r\n"))
	testfs.Write(t, dir, "sub/empty.txt", "")
	testfs.Write(t, dir, "photo.txt", png())
	testfs.Write(t, dir, "big.txt", strings.Repeat("x", 5000))
	testfs.Symlink(t, ".", filepath.Join(dir, "sub", "self"))
	before := testfs.Snapshot(t, dir)
	time.Sleep(20 * time.Millisecond) // a rewrite would show in the times
	for _, mode := range []string{"--json", "--plain"} {
		if code, _, stderr := cli(t, mode, "--max-size", "4096", dir); code != 0 {
			t.Fatalf("%s: exit %d: %s", mode, code, stderr)
		}
	}
	if after := testfs.Snapshot(t, dir); after != before {
		t.Errorf("the folder changed:\nbefore:\n%s\nafter:\n%s", before, after)
	}
}

// Terminal control in article text (title, names, evidence) and in file
// names.
const hostileArticle = "Hostile \x1b]52;c;aGVsbG8=\x07headline\x1b]0;owned\x07 \u202egnp.exe\u202c here\x1b[2J\n\n" +
	"Defence Minister Anna Kowalczyk said \x1b]8;;http://evil.example\x1b\\Poland\x1b]8;;\x1b\\ will not send troops to Ukraine.\x1b[31m\r" +
	"President Jean\u2066 Dupont\u2069 said France\u202d is ready\u0085 to deploy ground \x9b31m troops\x01 to Ukraine.\x07\n" +
	"\x1bc\x1b[?1049h Foreign Minister \u202eLuc\u202c Martin said Belgium opposes sending troops to Ukraine.\n"

// unsafeIn returns the first byte or rune of s that may drive a terminal:
// ESC or any C0/C1 control other than newline, a bidi control, or invalid
// UTF-8.
func unsafeIn(s string) (string, bool) {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\ufffd"):
			return fmt.Sprintf("invalid byte %#x at %d", s[i], i), true
		case r < 0x20 && r != '\n', r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
			return fmt.Sprintf("%U at %d in %q", r, i, s[max(0, i-30):min(len(s), i+30)]), true
		}
	}
	return "", false
}

func hostileTree(t *testing.T) (dir, file string) {
	dir = t.TempDir()
	file = filepath.Join(dir, "evil\x1b]0;x\x07\u202e.txt")
	if err := os.WriteFile(file, []byte(hostileArticle), 0o644); err != nil {
		t.Skipf("cannot create such a name: %v", err)
	}
	testfs.Write(t, dir, "empty\x1b[2J\nline.txt", "") // a warning naming a hostile file
	testfs.Write(t, dir, "good.txt", goodPoland)
	return dir, file
}

func TestRunHostilePlain(t *testing.T) {
	dir, _ := hostileTree(t)
	code, stdout, stderr := cli(t, "--plain", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for name, out := range map[string]string{"stdout": stdout, "stderr": stderr} {
		if what, bad := unsafeIn(out); bad {
			t.Errorf("%s holds %s:\n%q", name, what, out)
		}
	}
	if n := strings.Count(stderr, "\n"); n != 1 {
		t.Errorf("want one warning line, got %d: %q", n, stderr)
	}
	for _, want := range []string{"2 articles", "Kowalczyk", "Belgium", "evil"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("--plain output lacks %q:\n%s", want, stdout)
		}
	}
}

func TestRunHostileJSON(t *testing.T) {
	dir, file := hostileTree(t)
	code, stdout, stderr := cli(t, "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if strings.ContainsRune(stdout, 0x1b) || strings.ContainsRune(stderr, 0x1b) {
		t.Error("raw ESC in the output")
	}
	if what, bad := unsafeIn(stderr); bad {
		t.Errorf("stderr holds %s", what)
	}
	var c model.Corpus
	if err := json.Unmarshal([]byte(stdout), &c); err != nil {
		t.Fatal(err)
	}
	checkFiles(t, c, file, filepath.Join(dir, "good.txt"))
	// The strings come back intact: file name, title and evidence keep
	// their control sequences, escaped only by JSON.
	if len(c.Articles) > 0 && !strings.Contains(c.Articles[0].Title, "\x1b]52;c;aGVsbG8=\x07") {
		t.Errorf("title not intact: %q", c.Articles[0].Title)
	}
	if n := checkOffsets(t, c, file, []byte(hostileArticle)); n == 0 {
		t.Error("no evidence in the hostile article")
	}
	var sawESC, sawBidi bool
	for _, a := range c.Actors {
		for _, p := range a.Positions {
			for _, e := range p.Evidence {
				sawESC = sawESC || strings.Contains(e.Text, "\x1b]8;;http://evil.example\x1b\\")
				sawBidi = sawBidi || strings.ContainsRune(e.Text, '\u2066')
			}
		}
	}
	if !sawESC || !sawBidi {
		t.Errorf("evidence lost its control sequences (ESC %v, bidi %v)", sawESC, sawBidi)
	}
}

// WritePlain cleans every string that comes from a file: build a corpus
// with control sequences in each such field and check its output.
func TestPlainWriterCleansEveryField(t *testing.T) {
	h := func(s string) string {
		return s + "\x1b]52;c;aGVsbG8=\x07\x1b[2J\x1b]0;t\x07\u202e\u2067\x85\u009b\r\x07x\x1b]8;;u\x1b\\y\x1b]8;;\x1b\\\xff"
	}
	var c model.Corpus
	c.Question = model.Question
	c.Articles = []model.Article{{File: h("file"), Title: h("title"), Source: h("source"), Text: h("text"), Sentences: 1}}
	for _, st := range append([]model.Stance{model.Mixed}, model.Stances...) {
		ev := model.Evidence{Text: h("evidence"), Stance: st}
		pos := []model.Position{{File: h("file"), Stance: st, Evidence: []model.Evidence{ev}}}
		if st == model.Mixed {
			pos = []model.Position{
				{File: h("file"), Stance: model.Supports, Evidence: []model.Evidence{{Text: h("e1"), Stance: model.Supports}}},
				{File: h("other"), Stance: model.Opposes, Evidence: []model.Evidence{{Text: h("e2"), Stance: model.Opposes}}},
			}
		}
		c.Actors = append(c.Actors, model.Actor{ID: h("id"), Name: h("name"), Kind: model.Person, Role: h("role"),
			Aliases: []string{h("alias")}, Stance: st, Positions: pos})
	}
	c.Warnings = []string{h("warning"), h("file") + ": " + h("problem")}
	var b bytes.Buffer
	if err := model.WritePlain(&b, &c); err != nil {
		t.Fatal(err)
	}
	if what, bad := unsafeIn(b.String()); bad {
		t.Errorf("WritePlain output holds %s", what)
	}
	if strings.Count(b.String(), "warning: ") != 2 {
		t.Errorf("warnings not one line each:\n%s", b.String())
	}
}

// A load's memory budget is a soft limit of 4 times the corpus, at least
// memoryFloor, lifted for the app after loading, and never over the user's
// own GOMEMLIMIT.
func TestMemoryBudget(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	t.Setenv("GOMEMLIMIT", "")
	os.Unsetenv("GOMEMLIMIT")
	budgetMemory(100<<20, 0)
	if got := debug.SetMemoryLimit(-1); got != 400<<20 {
		t.Errorf("limit for 100 MiB: %d, want %d", got, 400<<20)
	}
	budgetMemory(1<<20, 0)
	if got := debug.SetMemoryLimit(-1); got != memoryFloor {
		t.Errorf("limit for 1 MiB: %d, want the floor %d", got, memoryFloor)
	}
	// One 16 MiB file: room for its analysis too, which needs more than
	// the corpus budget (a file of tiny sentences: 123 MB live).
	budgetMemory(16<<20, 16<<20)
	if got := debug.SetMemoryLimit(-1); got != 64<<20+80<<20 || got < 130<<20 {
		t.Errorf("limit for one 16 MiB file: %d, want %d", got, 64<<20+80<<20)
	}
	unbudgetMemory()
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit after loading: %d, want none", got)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	budgetMemory(100<<20, 0)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit with GOMEMLIMIT set: %d, want it left alone", got)
	}
}

// Saved web pages end to end: a page whose text and title carry terminal
// escapes (as entities and in scripts) loads with clean output, its
// evidence exact into the "text" the JSON carries; a page without main
// text is one warning; the plain-text article beside them still loads.
func TestRunWebPages(t *testing.T) {
	dir := t.TempDir()
	para := "<p>Defence Minister Anna Kowalczyk said Poland will not send troops to Ukraine&#27;]0;owned&#7;, and officials in Warsaw confirmed it on Tuesday.</p>"
	page := "<html><head><title>Warsaw &#27;[2Jsays no | Baltic Courier</title><meta property=\"article:published_time\" content=\"2024-02-28T10:00:00+01:00\">" +
		"<script>document.title='\x1b[31m'</script></head><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><article><h1>Warsaw says no</h1>" +
		strings.Repeat(para, 3) + "</article><footer>© Baltic Courier</footer></body></html>"
	hostile := testfs.Write(t, dir, "page.html", page)
	empty := testfs.Write(t, dir, "empty.htm", "<html><head><title>Nothing</title></head><body><script>x()</script></body></html>")
	good := testfs.Write(t, dir, "good.txt", goodFrance)

	c, stderr := corpusJSON(t, 0, dir)
	checkFiles(t, c, good, hostile)
	if want := []string{empty + ": not read as a web page: no article text found in the page"}; !slices.Equal(c.Warnings, want) {
		t.Errorf("warnings %q, want %q", c.Warnings, want)
	}
	if what, bad := unsafeIn(stderr); bad {
		t.Errorf("stderr holds %s", what)
	}
	var text string
	for _, a := range c.Articles {
		if a.File != hostile {
			continue
		}
		text = a.Extracted
		if a.Format != model.HTML || a.Outlet != "Baltic Courier" || a.Date != "2024-02-28" || a.DateFrom != "html_metadata" || a.Extracted == "" {
			t.Errorf("page article %+v", a)
		}
		if strings.Contains(a.Extracted, "document.title") || strings.Contains(a.Extracted, "Home") {
			t.Errorf("script or navigation in the text: %q", a.Extracted)
		}
	}
	if n := checkOffsets(t, c, hostile, []byte(text)); n == 0 {
		t.Error("no evidence in the page")
	}
	code, plain, _ := cli(t, "--plain", dir)
	if what, bad := unsafeIn(plain); code != 0 || bad {
		t.Errorf("--plain: exit %d, holds %s:\n%q", code, what, plain)
	}
	if !strings.Contains(plain, "(Baltic Courier, 2024-02-28)") {
		t.Errorf("--plain lacks the page's outlet and date:\n%s", plain)
	}
}

// The app's path: when nothing loads, the reasons reach stderr once the app
// has closed and the exit status is 1; warnings of a load that worked are
// printed too; a user who quits during the load gets exit 0 and no lines.
func TestRunAppReportsAfterClosing(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	good := testfs.Write(t, dir, "good.txt", goodPoland)
	loadPaths := func(paths ...string) ui.LoadFunc {
		return func(progress func(done, total int)) (*model.Corpus, error) {
			return loader.Load(paths, loader.Options{Progress: progress})
		}
	}
	var shown []string
	app := func(load ui.LoadFunc, _ ui.Options) error {
		c, _ := load(func(int, int) {})
		shown = c.Warnings
		return nil
	}
	var stderr bytes.Buffer
	if code := runApp(loadPaths(missing), ui.Options{}, &stderr, app); code != 1 {
		t.Errorf("nothing loaded: exit %d, want 1", code)
	}
	want := []string{missing + ": no such file or directory", "no article could be loaded"}
	if got := stderrWarnings(t, stderr.String()); !slices.Equal(got, want) {
		t.Errorf("nothing loaded: stderr %q, want %q", got, want)
	}
	if !slices.Equal(shown, want[:1]) {
		t.Errorf("the app was given warnings %q", shown)
	}

	stderr.Reset()
	if code := runApp(loadPaths(missing, good), ui.Options{}, &stderr, app); code != 0 {
		t.Errorf("one loaded: exit %d, want 0", code)
	}
	if got := stderrWarnings(t, stderr.String()); !slices.Equal(got, want[:1]) {
		t.Errorf("one loaded: stderr %q, want %q", got, want[:1])
	}

	stderr.Reset()
	quitEarly := func(ui.LoadFunc, ui.Options) error { return nil }
	if code := runApp(loadPaths(missing), ui.Options{}, &stderr, quitEarly); code != 0 || stderr.Len() != 0 {
		t.Errorf("quit while loading: exit %d, stderr %q", code, stderr.String())
	}
}

// Two names that differ only in bytes that are not UTF-8 stay two names in
// the JSON: escaped file, raw bytes in file_bytes (base64).
func TestRunNonUTF8FileNames(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a\xff.txt", "a\xfe.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(goodPoland), 0o644); err != nil {
			t.Skipf("cannot create such a name here: %v", err)
		}
	}
	code, stdout, stderr := cli(t, "--json", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var c struct {
		Articles []struct {
			File      string `json:"file"`
			FileBytes []byte `json:"file_bytes"`
		} `json:"articles"`
		Actors []struct {
			Positions []struct {
				File      string `json:"file"`
				FileBytes []byte `json:"file_bytes"`
			} `json:"positions"`
		} `json:"actors"`
	}
	if err := json.Unmarshal([]byte(stdout), &c); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{filepath.Join(dir, `a\xfe.txt`): filepath.Join(dir, "a\xfe.txt"), filepath.Join(dir, `a\xff.txt`): filepath.Join(dir, "a\xff.txt")}
	if len(c.Articles) != 2 {
		t.Fatalf("%d articles, want 2", len(c.Articles))
	}
	for _, a := range c.Articles {
		if raw, ok := want[a.File]; !ok || string(a.FileBytes) != raw {
			t.Errorf("article file %q, bytes %q", a.File, a.FileBytes)
		}
	}
	positions := 0
	for _, act := range c.Actors {
		for _, p := range act.Positions {
			positions++
			if raw, ok := want[p.File]; !ok || string(p.FileBytes) != raw {
				t.Errorf("position file %q, bytes %q", p.File, p.FileBytes)
			}
		}
	}
	if positions == 0 {
		t.Error("no positions")
	}
	if strings.Contains(stdout, `\ufffd`) {
		t.Error("a name was written with U+FFFD")
	}
	_, plain, _ := cli(t, "--plain", dir)
	if !strings.Contains(plain, `a\xfe.txt`) || strings.ContainsRune(plain, utf8.RuneError) {
		t.Errorf("--plain does not show the escaped name:\n%s", plain)
	}
}
