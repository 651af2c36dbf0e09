// Command extractcmp measures the two maintained Go main-text extractors
// on the HTML test pages: main text kept, clutter dropped, metadata found,
// and throughput. It is a module of its own so that Standpoint does not
// depend on the extractor it did not choose. Run from this folder:
//
//	go run . ../../loader/htmltext/testdata
//
// (FALLBACK=1 turns on trafilatura's fallback extractors.)
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

type page struct {
	file                      string
	keep, drop                []string
	title, site, author, date string
}

var pages = []page{
	{"jsonld.html",
		[]string{"Sweden's defence minister", "Swedish soldiers will not be deployed", "at odds with Paris", "Opposition leader Karin", "Polling published last week"},
		[]string{"We use cookies", "Subscribe from", "Share on Facebook", "Gotland garrison", "morning briefing", "Finland extends", "common sense", "All rights reserved", "gtag", "Advertisement", "Politics"},
		"Lindqvist says Sweden will not send soldiers to Ukraine", "Baltic Courier", "Maja Ekholm", "2025-03-04"},
	{"meta.html",
		[]string{"The German government on Tuesday", "A spokesman for Chancellor", "Two junior partners", "In Warsaw", "NATO's secretary general"},
		[]string{"Log in", "214 partners", "Most read", "Rail strike", "Follow us", "not our war", "Imprint", "trackPageView", "How the ammunition shortage"},
		"Berlin keeps troop question open as coalition talks go on", "The Danube Herald", "Tobias Reinholt", "2024-02-27"},
	{"timeonly.html",
		[]string{"France and Britain are drawing", "The British prime minister", "Hungary's prime minister", "Italy has said", "The Kremlin said"},
		[]string{"Podcasts", "This site uses cookies", "Share this article", "You may also like", "quiet return", "Registered in England"},
		"Paris and London weigh a reassurance force", "Meridian Daily", "Claire Dubois", "2025-08-19"},
	{"textdate.html",
		[]string{"Lithuania's president said", "He said the troops", "Latvia's prime minister"},
		[]string{"Front page", "Weather", "Previous story", "all rights reserved"},
		"Vilnius backs a training mission", "Northern Post", "", "2024-06-12"},
}

type result struct{ text, title, site, author, date string }

func traf(data []byte) result {
	r, err := trafilatura.Extract(bytes.NewReader(data), trafilatura.Options{ExcludeComments: true, EnableFallback: os.Getenv("FALLBACK") != ""})
	if err != nil {
		return result{text: "ERR " + err.Error()}
	}
	d := ""
	if !r.Metadata.Date.IsZero() {
		d = r.Metadata.Date.Format("2006-01-02")
	}
	return result{r.ContentText, r.Metadata.Title, r.Metadata.Sitename, r.Metadata.Author, d}
}

func read(data []byte) result {
	p := readability.NewParser()
	a, err := p.Parse(bytes.NewReader(data), nil)
	if err != nil {
		return result{text: "ERR " + err.Error()}
	}
	var b strings.Builder
	a.RenderText(&b)
	d := ""
	if t, err := a.PublishedTime(); err == nil && !t.IsZero() {
		d = t.Format("2006-01-02")
	}
	return result{b.String(), a.Title(), a.SiteName(), a.Byline(), d}
}

func main() {
	dir := os.Args[1]
	for _, ex := range []struct {
		name string
		fn   func([]byte) result
	}{{"trafilatura", traf}, {"readability", read}} {
		kept, keepN, dropped, dropN, meta, metaN := 0, 0, 0, 0, 0, 0
		var total int
		var elapsed time.Duration
		for _, p := range pages {
			data, _ := os.ReadFile(dir + "/" + p.file)
			r := ex.fn(data)
			start := time.Now()
			const n = 200
			for i := 0; i < n; i++ {
				ex.fn(data)
			}
			elapsed += time.Since(start)
			total += n * len(data)
			var miss, leak, badmeta []string
			for _, k := range p.keep {
				keepN++
				if strings.Contains(r.text, k) {
					kept++
				} else {
					miss = append(miss, k)
				}
			}
			for _, k := range p.drop {
				dropN++
				if !strings.Contains(r.text, k) {
					dropped++
				} else {
					leak = append(leak, k)
				}
			}
			for _, f := range [][2]string{{r.title, p.title}, {r.site, p.site}, {r.author, p.author}, {r.date, p.date}} {
				metaN++
				if strings.TrimSpace(f[0]) == f[1] {
					meta++
				} else {
					badmeta = append(badmeta, fmt.Sprintf("%q want %q", f[0], f[1]))
				}
			}
			fmt.Printf("%s %s: missing %v leaked %v meta %v\n", ex.name, p.file, miss, leak, badmeta)
		}
		fmt.Printf("== %s: kept %d/%d, clutter dropped %d/%d, metadata %d/%d, %.2f MB/s\n\n", ex.name, kept, keepN, dropped, dropN, meta, metaN, float64(total)/1e6/elapsed.Seconds())
	}
}
