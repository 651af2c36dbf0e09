// Command gencorpus writes a large synthetic corpus of news articles about
// ground troops to Ukraine, for measuring Standpoint's performance:
//
//	go run ./tools/gencorpus -n 10000 -out DIR -seed 1
//
// writes DIR/00000.txt ... DIR/09999.txt (about 3 KB each), the same bytes
// for the same seed. DIR is created if needed; an existing DIR must be empty
// or hold only an earlier output of gencorpus (numbered .txt files), which is
// replaced. Nothing is written outside DIR.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"

	"standpoint/internal/corpusgen"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

// ownFile is the name of a file gencorpus writes.
var ownFile = regexp.MustCompile(`^[0-9]{5,}\.txt$`)

func run(args []string, stderr io.Writer) int {
	flags := flag.NewFlagSet("gencorpus", flag.ContinueOnError)
	flags.SetOutput(stderr)
	n := flags.Int("n", 1000, "number of articles")
	out := flags.String("out", "", "output folder (created if missing; must be empty or an earlier output)")
	seed := flags.Uint64("seed", 1, "seed: the same seed gives the same corpus")
	if err := flags.Parse(args); err != nil {
		return 2
	}
	if *out == "" || *n < 1 || flags.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: gencorpus -n N -out DIR [-seed S]")
		return 2
	}
	bytes, err := generate(*out, *n, *seed)
	if err != nil {
		fmt.Fprintf(stderr, "gencorpus: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "gencorpus: %d articles, %d bytes in %s\n", *n, bytes, *out)
	return 0
}

func generate(dir string, n int, seed uint64) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	// os.Root keeps every write inside dir, even through symbolic links.
	root, err := os.OpenRoot(dir)
	if err != nil {
		return 0, err
	}
	defer root.Close()
	old, err := checkOwn(root, dir)
	if err != nil {
		return 0, err
	}
	var total int64
	want := map[string]bool{}
	err = corpusgen.Generate(seed, n, func(name, text string) error {
		want[name] = true
		total += int64(len(text))
		return root.WriteFile(name, []byte(text), 0o644)
	})
	if err != nil {
		return total, err
	}
	for _, name := range old { // an earlier, bigger corpus's extra files
		if !want[name] {
			if err := root.Remove(name); err != nil {
				return total, err
			}
		}
	}
	return total, nil
}

// checkOwn returns the files of an earlier output, or an error when the
// folder holds anything gencorpus did not write.
func checkOwn(root *os.Root, dir string) ([]string, error) {
	f, err := root.Open(".")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	if err != nil {
		return nil, err
	}
	var own []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !ownFile.MatchString(e.Name()) {
			return nil, errors.New(dir + " is not empty and not an earlier gencorpus output (found " + e.Name() + "); choose another folder")
		}
		own = append(own, e.Name())
	}
	return own, nil
}
