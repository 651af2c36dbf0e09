// Command score loads a folder of articles and scores it against a gold
// file: `go run ./tools/score -gold GOLD.json [-question FILE|ID] DIR`. It prints the totals,
// and with -v one row per gold actor.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"standpoint/internal/goldscore"
	"standpoint/loader"
	"standpoint/loader/question"
)

func main() {
	goldPath := flag.String("gold", "", "gold annotations (JSON)")
	verbose := flag.Bool("v", false, "print a row per gold actor")
	questionArg := flag.String("question", "", "the question file (or built-in id) to read; default: ground troops")
	flag.Parse()
	if *goldPath == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: score -gold GOLD.json [-v] [-question FILE|ID] DIR")
		os.Exit(2)
	}
	var opt loader.Options
	if *questionArg != "" {
		q := question.Builtin(*questionArg)
		if q == nil {
			data, err := os.ReadFile(*questionArg)
			if err == nil {
				q, err = question.Parse(*questionArg, data)
			}
			if err == nil {
				err = loader.CheckQuestions([]*question.Question{q})
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "score:", err)
				os.Exit(2)
			}
		}
		opt.Questions = []*question.Question{q}
	}
	dir := flag.Arg(0)
	gold, err := goldscore.Load(*goldPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
	c, err := loader.Load([]string{dir}, opt)
	if err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
	sc := goldscore.Evaluate(c, gold, filePrefix(dir))
	if *verbose {
		for _, r := range sc.Rows {
			fmt.Println(r)
		}
	}
	fmt.Println(sc.Summary())
}

// filePrefix is what the loader puts before a gold file's name read from
// dir: "DIR/", or nothing for "." (the loader names "./a1.txt" "a1.txt").
func filePrefix(dir string) string {
	clean := filepath.Clean(dir)
	if clean == "." {
		return ""
	}
	return clean + string(filepath.Separator)
}
