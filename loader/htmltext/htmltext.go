// Package htmltext turns a saved web page into an article: its main text
// (without navigation, cookie banners, teasers, comments or scripts) and
// its title, site name, author and publication date. The main text is
// found by go-readability (Mozilla's Readability.js ported to Go, the
// version Readeck maintains); see the README for how it was chosen.
package htmltext

import (
	"bytes"
	"errors"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"standpoint/loader/dates"
)

// Page is what a web page holds for Standpoint. Text is the extracted text:
// the title on the first line, then the main text's paragraphs, each on
// one line, separated by blank lines. Evidence offsets index it.
type Page struct {
	Title  string
	Site   string // the site's name: "Baltic Courier"
	Author string
	URL    string // the canonical address the page gives, if any
	Date   dates.Found
	Text   string
}

// ErrNoText is returned for a page in which no main text was found.
var ErrNoText = errors.New("no article text found in the page")

// maxElements bounds the page's elements: a bigger page (a saved web app,
// an endless feed) is refused rather than parsed for seconds.
const maxElements = 200_000

// Extract reads one saved page. Broken markup is parsed the way browsers
// parse it; a page that declares a legacy charset is decoded from it.
func Extract(page []byte) (Page, error) {
	doc, err := html.Parse(decoded(page))
	if err != nil {
		return Page{}, err
	}
	pre := scan(doc) // before readability rewrites the tree
	if pre.elements > maxElements {
		return Page{}, errors.New("page too large: over 200,000 elements")
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(doc, nil)
	if err != nil {
		return Page{}, err
	}
	var body string
	if art.Node != nil {
		body = tidy(render.InnerText(art.Node))
	}
	if strings.TrimSpace(body) == "" {
		return Page{}, ErrNoText
	}
	p := Page{
		Title:  oneLine(first(art.Title(), pre.title)),
		Site:   oneLine(first(art.SiteName(), pre.titleSite)),
		Author: byline(first(art.Byline(), bylineIn(body))),
		URL:    pre.url,
	}
	switch {
	case publishedDate(art) != "":
		p.Date = dates.Found{ISO: publishedDate(art), From: dates.FromHTML}
	case pre.time != "":
		p.Date = dates.Found{ISO: pre.time, From: dates.FromHTML}
	default:
		p.Date = dates.InText(body)
		if p.Date.ISO == "" {
			p.Date = pageTextDate(page) // a date line readability left out as page furniture
		}
		if p.Date.ISO == "" && p.URL != "" {
			if d := dates.InText(p.URL); d.ISO != "" { // ".../2024/03/03/story"
				p.Date = dates.Found{ISO: d.ISO, From: dates.FromHTML}
			}
		}
	}
	p.Text = withTitle(p.Title, body)
	return p, nil
}

// decoded returns the page as UTF-8: pages saved in a legacy charset say
// so in a <meta> tag near the top.
func decoded(page []byte) *bytes.Reader {
	if enc, name, _ := charset.DetermineEncoding(page, "text/html"); name != "utf-8" && enc != nil {
		if out, err := enc.NewDecoder().Bytes(page); err == nil {
			return bytes.NewReader(out)
		}
	}
	return bytes.NewReader(page)
}

func publishedDate(art readability.Article) string {
	t, err := art.PublishedTime()
	if err != nil || t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// pageTextDate looks for a stated date in the whole page's text, parsed anew
// because readability has rewritten the first tree.
func pageTextDate(page []byte) dates.Found {
	doc, err := html.Parse(decoded(page))
	if err != nil {
		return dates.Found{}
	}
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			return dates.InText(tidy(render.InnerText(n)))
		}
	}
	return dates.Found{}
}

// preScan is what the raw page says before readability rewrites it.
type preScan struct {
	title     string // the <title>, without a " | Site" suffix
	titleSite string // that suffix
	time      string // the first <time datetime> in the body, as an ISO date
	url       string // <link rel=canonical>, else <meta property=og:url>
	elements  int
}

func scan(doc *html.Node) preScan {
	var p preScan
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		p.elements++
		switch n.DataAtom {
		case atom.Title:
			if p.title == "" && n.FirstChild != nil {
				p.title, p.titleSite = splitTitle(oneLine(n.FirstChild.Data))
			}
		case atom.Time:
			if p.time == "" {
				if iso, ok := dates.Normalize(attr(n, "datetime")); ok {
					p.time = iso
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && strings.Contains(attr(n, "href"), "://") {
				p.url = attr(n, "href")
			}
		case atom.Meta:
			if p.url == "" && attr(n, "property") == "og:url" && strings.Contains(attr(n, "content"), "://") {
				p.url = attr(n, "content")
			}
		}
	}
	return p
}

// splitTitle splits "Headline | Site" (or " - ", " – ", " — ") at its last
// separator when what follows is short enough to be a site's name.
func splitTitle(t string) (title, site string) {
	best := -1
	sepLen := 0
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(t, sep); i > best {
			best, sepLen = i, len(sep)
		}
	}
	if best <= 0 {
		return t, ""
	}
	site = strings.TrimSpace(t[best+sepLen:])
	if n := len(strings.Fields(site)); n == 0 || n > 4 {
		return t, ""
	}
	title = strings.TrimSpace(t[:best])
	// "Paris split | Le Monde — Le Monde": the site said twice.
	if rest, again := splitTitle(title); strings.EqualFold(again, site) {
		title = rest
	}
	return title, site
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// tidy trims each line, drops blank runs to one blank line and turns the
// non-breaking spaces pages use for layout into plain ones.
func tidy(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	var b strings.Builder
	blank := true // no blank line at the start
	for ln := range strings.Lines(s) {
		ln = strings.Join(strings.Fields(ln), " ")
		if ln == "" {
			if !blank {
				b.WriteString("\n")
			}
			blank = true
			continue
		}
		b.WriteString(ln)
		b.WriteString("\n")
		blank = false
	}
	return strings.TrimRight(b.String(), "\n") + "\n"
}

// withTitle puts the title on the text's first line, unless the main text
// starts with it already.
func withTitle(title, body string) string {
	if title == "" || strings.HasPrefix(body, title+"\n") {
		return body
	}
	return title + "\n\n" + body
}

// bylineIn returns the text's first line when it reads as a byline.
func bylineIn(body string) string {
	ln, _, _ := strings.Cut(body, "\n")
	if strings.HasPrefix(ln, "By ") && len(strings.Fields(ln)) <= 12 {
		return ln
	}
	return ""
}

// byline turns "By Maja Ekholm, defence correspondent" into a name.
func byline(s string) string {
	s = oneLine(s)
	for _, p := range []string{"By ", "by ", "BY "} {
		s = strings.TrimPrefix(s, p)
	}
	if i := strings.IndexAny(s, ",|·•"); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	if len(strings.Fields(s)) > 6 {
		return "" // a sentence, not a name
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func first(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return a
	}
	return b
}
