//go:build race

package loader

// raceEnabled: the race detector changes allocation (sync.Pool drops what
// it is given at random), so tests that count bytes skip.
const raceEnabled = true
