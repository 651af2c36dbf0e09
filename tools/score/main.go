// Command score loads a folder of articles and scores it against a gold
// file: `go run ./tools/score -gold GOLD.json DIR`. It prints the totals,
// and with -v one row per gold actor.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"standpoint/internal/goldscore"
	"standpoint/loader"
)

func main() {
	goldPath := flag.String("gold", "", "gold annotations (JSON)")
	verbose := flag.Bool("v", false, "print a row per gold actor")
	flag.Parse()
	if *goldPath == "" || flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: score -gold GOLD.json [-v] DIR")
		os.Exit(2)
	}
	dir := flag.Arg(0)
	gold, err := goldscore.Load(*goldPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
	c, err := loader.Load([]string{dir}, loader.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, "score:", err)
		os.Exit(1)
	}
	sc := goldscore.Evaluate(c, gold, strings.TrimSuffix(dir, "/")+"/")
	if *verbose {
		for _, r := range sc.Rows {
			fmt.Println(r)
		}
	}
	fmt.Println(sc.Summary())
}
