package main

import (
	"math"
	"os"
	"runtime/debug"
)

// memoryBudget is the most memory a load (and its export) aims to use, as a
// multiple of the corpus size. Go's collector otherwise lets the heap grow
// to twice what is live, about six times the corpus late in a big load; a
// soft limit makes it collect sooner instead, at a small cost in time.
const (
	memoryBudget = 4.5
	memoryFloor  = 32 << 20 // the program alone takes about 15 MB; less would make small loads collect all the time
)

// budgetMemory sets the soft memory limit for a corpus of the given size,
// unless the user set one with GOMEMLIMIT.
func budgetMemory(corpusBytes int64) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(max(int64(memoryBudget*float64(corpusBytes)), memoryFloor))
	}
}

func unbudgetMemory() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(math.MaxInt64)
	}
}
