package ui

import (
	"os"
	"testing"
	"time"

	"standpoint/model"
)

// TestManualRun runs the real app on the fixture, for trying it in a
// terminal before the loader exists:
//
//	go test -c -o /tmp/ui.test ./ui && STANDPOINT_MANUAL=1 /tmp/ui.test -test.run TestManualRun
func TestManualRun(t *testing.T) {
	if os.Getenv("STANDPOINT_MANUAL") == "" {
		t.Skip("set STANDPOINT_MANUAL=1 and run the test binary in a terminal")
	}
	c := fixtureCorpus()
	load := func(progress func(done, total int)) (*model.Corpus, error) {
		for i := range len(c.Articles) {
			progress(i, len(c.Articles))
			time.Sleep(400 * time.Millisecond) // time to see the progress display
		}
		progress(len(c.Articles), len(c.Articles))
		return c, nil
	}
	opt := Options{Theme: os.Getenv("STANDPOINT_THEME"), Mouse: os.Getenv("STANDPOINT_MOUSE") != ""}
	if err := Run(load, opt); err != nil {
		t.Fatal(err)
	}
}
