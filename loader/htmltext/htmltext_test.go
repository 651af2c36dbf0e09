package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"standpoint/loader/dates"
)

// The pages in testdata are written for these tests in the shapes news
// sites use: a cookie banner, navigation, share buttons, inline and closing
// teasers, a newsletter box, comments, footer and scripts around the story.
type pageCase struct {
	file                string
	title, site, author string
	date                dates.Found
	keep, drop          []string
}

var pageCases = []pageCase{
	{"jsonld.html", "Lindqvist says Sweden will not send soldiers to Ukraine", "Baltic Courier", "Maja Ekholm",
		dates.Found{ISO: "2025-03-04", From: dates.FromHTML},
		[]string{"Sweden's defence minister, Erik Lindqvist, said on Tuesday", "\"Swedish soldiers will not be deployed on Ukrainian soil,\" Lindqvist", "at odds with Paris", "Opposition leader Karin Aaltonen", "Polling published last week"},
		[]string{"We use cookies", "Subscribe from", "Share on Facebook", "Gotland garrison", "morning briefing", "Finland extends", "common sense", "All rights reserved", "gtag", "Politics", "Photo: Courier archive"}},
	{"meta.html", "Berlin keeps troop question open as coalition talks go on", "The Danube Herald", "Tobias Reinholt",
		dates.Found{ISO: "2024-02-27", From: dates.FromHTML},
		[]string{"The German government on Tuesday", "A spokesman for Chancellor Helga Brandt", "Two junior partners", "In Warsaw", "NATO's secretary general"},
		[]string{"Log in", "214 partners", "Most read", "Rail strike", "Follow us", "not our war", "Imprint", "trackPageView", "How the ammunition shortage"}},
	{"timeonly.html", "Paris and London weigh a reassurance force", "Meridian Daily", "Claire Dubois",
		dates.Found{ISO: "2025-08-19", From: dates.FromHTML},
		[]string{"France and Britain are drawing", "The British prime minister", "Hungary's prime minister", "Italy has said", "The Kremlin said"},
		[]string{"Podcasts", "This site uses cookies", "Share this article", "You may also like", "quiet return", "Registered in England"}},
	{"textdate.html", "Vilnius backs a training mission", "Northern Post", "",
		dates.Found{ISO: "2024-06-12", From: dates.FromText},
		[]string{"Lithuania's president said", "He said the troops", "Latvia's prime minister"},
		[]string{"Front page", "Weather", "Previous story", "all rights reserved"}},
}

func TestExtractPages(t *testing.T) {
	for _, c := range pageCases {
		data, err := os.ReadFile(filepath.Join("testdata", c.file))
		if err != nil {
			t.Fatal(err)
		}
		p, err := Extract(data)
		if err != nil {
			t.Errorf("%s: %v", c.file, err)
			continue
		}
		if p.Title != c.title || p.Site != c.site || p.Author != c.author || p.Date != c.date {
			t.Errorf("%s: got title %q, site %q, author %q, date %+v;\nwant %q, %q, %q, %+v", c.file, p.Title, p.Site, p.Author, p.Date, c.title, c.site, c.author, c.date)
		}
		if !strings.HasPrefix(p.Text, c.title+"\n\n") {
			t.Errorf("%s: the text does not start with the title line:\n%s", c.file, p.Text)
		}
		for _, k := range c.keep {
			if !strings.Contains(p.Text, k) {
				t.Errorf("%s: main text lost %q", c.file, k)
			}
		}
		for _, d := range c.drop {
			if strings.Contains(p.Text, d) {
				t.Errorf("%s: page clutter %q kept", c.file, d)
			}
		}
		if strings.Contains(p.Text, "\n\n\n") || strings.Contains(p.Text, "  ") {
			t.Errorf("%s: text not tidied:\n%q", c.file, p.Text)
		}
	}
}

func TestExtractBrokenAndHostilePages(t *testing.T) {
	para := "<p>The foreign minister said on Monday that her country was ready to send troops to Ukraine as part of a European force, and that talks with allies would go on next week in Brussels."
	broken := "<html><head><title>Broken page</title><body><div><h1>Broken page</h1>" + para + para + "<p>Unclosed <b>bold <i>and italic" + para + "</div></span></table>"
	p, err := Extract([]byte(broken))
	if err != nil || !strings.Contains(p.Text, "ready to send troops") {
		t.Errorf("broken markup: %v, text %q", err, p.Text)
	}

	hostile := "<html><head><title>T</title><script>alert('\x1b[2J')</script><style>p{}</style></head><body><article>" +
		strings.Repeat("<p>The minister said the plan &#27;[31mwould go ahead&#27;[0m with troops on the ground, officials confirmed to reporters on Tuesday.</p>", 4) +
		"<noscript>Enable JavaScript</noscript></article><script>document.write('x')</script></body></html>"
	p, err = Extract([]byte(hostile))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(p.Text, "alert") || strings.Contains(p.Text, "document.write") || strings.Contains(p.Text, "p{}") {
		t.Errorf("script or style text kept: %q", p.Text)
	}
	// An escape written as an entity is text to the page; the loader keeps
	// it as read and model.Clean removes it before display.
	if !strings.Contains(p.Text, "\x1b[31mwould go ahead") {
		t.Errorf("entity-coded escape not decoded as text: %q", p.Text)
	}

	if _, err := Extract([]byte("<html><head><title>Empty</title><script>x()</script></head><body> </body></html>")); err != ErrNoText {
		t.Errorf("page without text: err %v, want ErrNoText", err)
	}
}

func TestExtractLegacyCharset(t *testing.T) {
	page := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9 talks</title></head><body><article>" +
		strings.Repeat("<p>Ministers met at a caf\xe9 in Vienna and said that troops would not be sent to Ukraine this year, officials said.</p>", 3) + "</article></body></html>"
	p, err := Extract([]byte(page))
	if err != nil || p.Title != "Café talks" || !strings.Contains(p.Text, "a café in Vienna") {
		t.Errorf("windows-1252 page: %v, title %q, text %q", err, p.Title, p.Text)
	}
}

func TestExtractRefusesHugeTrees(t *testing.T) {
	page := "<html><body><article><p>Some text about troops.</p>" + strings.Repeat("<span></span>", maxElements) + "</article></body></html>"
	if _, err := Extract([]byte(page)); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("huge tree: err %v", err)
	}
}

func TestSplitTitle(t *testing.T) {
	for in, want := range map[string][2]string{
		"Headline here | Meridian Daily":     {"Headline here", "Meridian Daily"},
		"A - B - The Danube Herald":          {"A - B", "The Danube Herald"},
		"No site here":                       {"No site here", ""},
		"Paris split | Le Monde — Le Monde":  {"Paris split", "Le Monde"},
		"Left - a long tail of many words x": {"Left - a long tail of many words x", ""},
	} {
		if title, site := splitTitle(in); title != want[0] || site != want[1] {
			t.Errorf("splitTitle(%q) = %q, %q; want %q", in, title, site, want)
		}
	}
}
