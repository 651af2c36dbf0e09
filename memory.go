package main

import (
	"math"
	"os"
	"runtime/debug"
)

// memoryBudget is the most memory a load (and its export) aims to use, as a
// multiple of the corpus size. Go's collector otherwise lets the heap grow
// to twice what is live, about six times the corpus late in a big load; a
// soft limit makes it collect sooner instead, at a small cost in time (4.5
// let the peak reach 5.3 times a 10k corpus in one run of three once the
// fourth session's engine found more actors; 4.0 keeps it at 4.4-4.6x for
// about 6% more CPU).
//
// A file being analysed needs several times its size more while it is (its
// sentences, mentions and evidence): up to seven times for a file of
// millions of tiny sentences. A limit under what is live makes the
// collector run without end (such a 16 MiB file: 3,000 collections, 2.3
// times as long as without the limit), so the budget adds inFlightBudget
// times the files the workers can hold at once. For a corpus of ordinary
// articles that is a few kilobytes more; for one huge file, most of it.
const (
	memoryBudget   = 4.0
	inFlightBudget = 5
	memoryFloor    = 32 << 20 // the program alone takes about 15 MB; less would make small loads collect all the time
)

// budgetMemory sets the soft memory limit for a corpus of the given size,
// unless the user set one with GOMEMLIMIT.
func budgetMemory(corpusBytes, inFlightBytes int64) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(memoryLimit(corpusBytes, inFlightBytes))
	}
}

func memoryLimit(corpusBytes, inFlightBytes int64) int64 {
	return max(int64(memoryBudget*float64(corpusBytes)), memoryFloor) + int64(inFlightBudget*float64(inFlightBytes))
}

func unbudgetMemory() {
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(math.MaxInt64)
	}
}
