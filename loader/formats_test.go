package loader

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"standpoint/internal/testfs"
	"standpoint/model"
)

// A folder mixing plain text, Markdown with front matter, .markdown and
// saved web pages loads in one run, each article with its title, outlet
// and date, and every evidence offset exact into the text the article
// carries.
func TestLoadMixedFormats(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"jsonld.html", "meta.html", "timeonly.html", "textdate.html"} {
		data, err := os.ReadFile(filepath.Join("htmltext", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		ext := ".html"
		if name == "meta.html" {
			ext = ".HTM"
		}
		testfs.Write(t, dir, "web/"+strings.TrimSuffix(name, ".html")+ext, string(data))
	}
	testfs.Write(t, dir, "notes/warsaw.md", "---\ntitle: Warsaw rules out a ground mission\ndate: 2024-02-28\nsource: Baltic Courier\n---\n\n# Warsaw rules out a ground mission\n\n**Defence Minister Anna Kowalczyk** said Poland will *not* send [troops](https://example.org) to Ukraine.\n")
	testfs.Write(t, dir, "notes/rome.markdown", "+++\ntitle = \"Rome stays out\"\noutlet = \"Meridian Daily\"\n+++\nPublished 19 August 2025\n\nPrime Minister Giulia Ferraro said Italy will not send troops to Ukraine.\n")
	testfs.Write(t, dir, "wire.txt", "France ready to send troops\n\nPARIS, Feb. 26, 2024 (Reuters) - President Jean Dupont said France is ready to deploy ground troops to Ukraine.\n")
	testfs.Write(t, dir, "scan.pdf", "%PDF-1.4")
	testfs.Write(t, dir, "notes/letter.docx", "PK")

	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]model.Article{
		"notes/rome.markdown": {Title: "Rome stays out", Outlet: "Meridian Daily", Date: "2025-08-19", DateFrom: "text", Format: model.Markdown},
		"notes/warsaw.md":     {Title: "Warsaw rules out a ground mission", Outlet: "Baltic Courier", Date: "2024-02-28", DateFrom: "front_matter", Format: model.Markdown},
		"web/jsonld.html":     {Title: "Lindqvist says Sweden will not send soldiers to Ukraine", Outlet: "Baltic Courier", Author: "Maja Ekholm", Date: "2025-03-04", DateFrom: "html_metadata", Format: model.HTML},
		"web/meta.HTM":        {Title: "Berlin keeps troop question open as coalition talks go on", Outlet: "The Danube Herald", Author: "Tobias Reinholt", Date: "2024-02-27", DateFrom: "html_metadata", Format: model.HTML},
		"web/textdate.html":   {Title: "Vilnius backs a training mission", Outlet: "Northern Post", Date: "2024-06-12", DateFrom: "text", Format: model.HTML},
		"web/timeonly.html":   {Title: "Paris and London weigh a reassurance force", Outlet: "Meridian Daily", Author: "Claire Dubois", Date: "2025-08-19", DateFrom: "html_metadata", Format: model.HTML},
		"wire.txt":            {Title: "France ready to send troops", Source: "Reuters", Outlet: "Reuters", Date: "2024-02-26", DateFrom: "dateline", Format: model.PlainText},
	}
	articles := map[string]model.Article{}
	for _, a := range c.Articles {
		rel, _ := filepath.Rel(dir, a.File)
		articles[filepath.ToSlash(rel)] = a
		w, ok := want[filepath.ToSlash(rel)]
		if !ok {
			t.Errorf("unexpected article %s", rel)
			continue
		}
		got := model.Article{Title: a.Title, Source: a.Source, Outlet: a.Outlet, Author: a.Author, Date: a.Date, DateFrom: a.DateFrom, Format: a.Format}
		w.Source = a.Source // the layout's source is checked by the gold tests
		if rel == "wire.txt" {
			w.Source = "Reuters"
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%s:\n got %+v\nwant %+v", rel, got, w)
		}
		if (a.Format == model.PlainText) != (a.Extracted == "") || (a.Extracted != "" && a.Extracted != a.Text) {
			t.Errorf("%s: JSON text %d bytes for a %s article", rel, len(a.Extracted), a.Format)
		}
	}
	if len(articles) != len(want) {
		t.Errorf("%d articles loaded, want %d; warnings %q", len(articles), len(want), c.Warnings)
	}
	if len(c.Warnings) != 1 || c.Warnings[0] != "skipped 2 files of other types: .docx, .pdf" {
		t.Errorf("warnings %q", c.Warnings)
	}
	evidence := 0
	for _, actor := range c.Actors {
		for _, p := range actor.Positions {
			rel, _ := filepath.Rel(dir, p.File)
			a := articles[filepath.ToSlash(rel)]
			if p.Date != a.Date || p.Outlet != a.Outlet {
				t.Errorf("%s in %s: position dated %q by %q, article %q by %q", actor.Name, rel, p.Date, p.Outlet, a.Date, a.Outlet)
			}
			for _, e := range p.Evidence {
				evidence++
				if e.Start < 0 || e.End > len(a.Text) || a.Text[e.Start:e.End] != e.Text {
					t.Errorf("%s: evidence [%d:%d] %q is not the text's bytes", rel, e.Start, e.End, e.Text)
				}
				for _, markup := range []string{"**", "](", "+++", "---"} {
					if strings.Contains(e.Text, markup) {
						t.Errorf("%s: markup %q in evidence %q", rel, markup, e.Text)
					}
				}
			}
		}
	}
	if evidence < 10 {
		t.Errorf("only %d pieces of evidence", evidence)
	}
	for _, name := range []string{"Erik Lindqvist", "Poland", "Italy", "France"} {
		found := false
		for _, actor := range c.Actors {
			found = found || actor.Name == name && actor.Stance != model.None
		}
		if !found {
			t.Errorf("no stance for %s", name)
		}
	}
}

func TestURLOutlet(t *testing.T) {
	for text, want := range map[string]string{
		"Title\nhttps://www.bbc.co.uk/news/world-123\n\nText.":          "BBC",
		"Title\n\nText.\n\nSource: <https://kyivindependent.com/x/>":    "Kyiv Independent",
		"Title\n\nSee https://www.example.org/bbc for more.":            "",
		"Title\n\nNo link at all.":                                      "",
		strings.Repeat("Long text. ", 600) + "\n(https://www.dw.com/a)": "DW",
	} {
		if got := urlOutlet(text); got != want {
			t.Errorf("urlOutlet(%.40q…) = %q, want %q", text, got, want)
		}
	}
}

// Without a site name, a page's canonical address gives a known outlet and
// the date in its path; a Markdown url does the same for the outlet.
func TestOutletAndDateFromAddresses(t *testing.T) {
	dir := t.TempDir()
	body := strings.Repeat("<p>Defence Minister Anna Kowalczyk said Poland will not send troops to Ukraine, officials in Warsaw confirmed on Tuesday.</p>", 3)
	page := testfs.Write(t, dir, "page.html", `<html><head><title>Warsaw says no</title><link rel="canonical" href="https://www.dw.com/en/2024/03/03/warsaw"></head><body><article>`+body+`</article></body></html>`)
	note := testfs.Write(t, dir, "note.md", "---\ntitle: Warsaw says no\nurl: https://kyivindependent.com/warsaw-says-no/\n---\nDefence Minister Anna Kowalczyk said Poland will not send troops to Ukraine.\n")
	c, err := Load([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range c.Articles {
		got[a.File] = a.Outlet + "|" + a.Date + "|" + a.DateFrom
	}
	if got[page] != "DW|2024-03-03|html_metadata" || got[note] != "Kyiv Independent||" {
		t.Errorf("got %q", got)
	}
}
