package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"standpoint/internal/testfs"
	"standpoint/loader/question"
)

// The built-in question given as a file reads exactly as the default.
func TestQuestionFileOfTheDefaultGivesTheSameJSON(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(t.TempDir(), "troops.toml")
	if err := os.WriteFile(file, question.Default().Source(), 0o644); err != nil {
		t.Fatal(err)
	}
	testfs.Write(t, dir, "a.txt", goodFrance)
	_, plain, _ := cli(t, "--json", dir)
	code, given, stderr := cli(t, "--json", "--question", file, dir)
	if code != 0 || given != plain {
		t.Errorf("exit %d, stderr %q; JSON differs: %v", code, stderr, given != plain)
	}
	_, byID, _ := cli(t, "--json", dir, "--question", question.DefaultID)
	if byID != plain {
		t.Error("--question ground-troops differs from the default")
	}
}

func TestListQuestions(t *testing.T) {
	code, out, _ := cli(t, "--questions")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != len(question.Builtins()) || !strings.HasPrefix(lines[0], question.DefaultID+" ") || !strings.HasSuffix(lines[0], "(default)") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// --questions with --question files checks them and lists them after the
// built-in ones, so that a user can check a file before reading articles.
func TestListQuestionsChecksGivenFiles(t *testing.T) {
	good := testfs.Write(t, t.TempDir(), "ban.toml", "id = \"app-ban\"\nquestion = \"Should the app be banned?\"\nproposal = [\"a ban\"]\nacts = [\"ban~\"]\n")
	code, out, _ := cli(t, "--question", good, "--question", question.DefaultID, "--questions")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != 0 || len(lines) != len(question.Builtins())+1 || !strings.HasPrefix(lines[len(lines)-1], "app-ban ") ||
		!strings.Contains(lines[len(lines)-1], good+": 1 proposal phrases, 1 verbs") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	bad := testfs.Write(t, t.TempDir(), "bad.toml", "id = \"x\"\nquestion =\n")
	code, out, stderr := cli(t, "--question", bad, "--questions")
	if code != 2 || out != "" || !strings.HasPrefix(stderr, "standpoint: "+bad+":2: ") {
		t.Errorf("bad file: exit %d, stdout %q, stderr %q", code, out, stderr)
	}
}

// A bad question file: one line naming the file, the line and the
// problem; exit status 2; nothing is read.
func TestBadQuestionFile(t *testing.T) {
	dir := t.TempDir()
	testfs.Write(t, dir, "a.txt", goodFrance)
	bad := testfs.Write(t, t.TempDir(), "q.toml", "id = \"x\"\nquestion = \"Q?\"\nproposal = [\"a(b\"]\nacts = [\"do\"]\n")
	code, out, stderr := cli(t, "--json", "--question", bad, dir)
	if code != 2 || out != "" || stderr != "standpoint: "+bad+":3: proposal: \"a(b\": error parsing regexp: missing closing ): `a(b`\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr)
	}
	code, _, stderr = cli(t, "--question", filepath.Join(dir, "missing.toml"), dir)
	if code != 2 || !strings.Contains(stderr, "missing.toml: no such file or directory") {
		t.Errorf("missing file: exit %d, %q", code, stderr)
	}
	dup := testfs.Write(t, t.TempDir(), "dup.toml", string(question.Default().Source()))
	code, _, stderr = cli(t, "--question", dup, "--question", question.DefaultID, dir)
	if code != 2 || !strings.Contains(stderr, "already the id of") {
		t.Errorf("two questions of one id: exit %d, %q", code, stderr)
	}
}

// Several questions: the plain export has one matrix per question, the
// articles once.
func TestPlainOneMatrixPerQuestion(t *testing.T) {
	dir := t.TempDir()
	testfs.Write(t, dir, "a.txt", goodFrance)
	code, out, stderr := cli(t, "--plain", "--question", "ground-troops", "--question", "long-range-missiles", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(out, "#### Question 1 of 2 (ground-troops)") || !strings.Contains(out, "#### Question 2 of 2 (long-range-missiles)") ||
		strings.Count(out, "== Articles") != 1 {
		t.Errorf("plain:\n%s", out)
	}
}
