// Package markdown reads a Markdown article: its front matter (YAML between
// "---" lines or TOML between "+++" lines) and its text, with the markup
// blanked out. The text keeps the file's length and line ends, with every
// byte that is markup (front matter, heading and list marks, emphasis,
// link targets, images, code blocks, raw HTML) replaced by a space, so
// offsets into it are offsets into the file.
package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"

	"standpoint/loader/dates"
)

// Doc is a Markdown file as an article.
type Doc struct {
	Title  string
	Outlet string
	URL    string
	Author string
	Date   dates.Found
	Text   string // the file with markup blanked: len(Text) == len(file)
}

var parser = goldmark.New().Parser()

// Read reads one Markdown file. A front matter that cannot be parsed is
// reported in the error, and the rest of the article is still returned.
func Read(src string) (Doc, error) {
	buf := []byte(src)
	meta, fmErr := frontMatter(buf) // blanks the front matter in buf
	keep := make([]bool, len(buf))
	root := parser.Parse(text.NewReader(buf))
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Image, *ast.RawHTML, *ast.HTMLBlock, *ast.FencedCodeBlock, *ast.CodeBlock, *ast.AutoLink:
			return ast.WalkSkipChildren, nil // markup or code, not article text
		case *ast.Text:
			for i := n.Segment.Start; i < n.Segment.Stop; i++ {
				keep[i] = true
			}
		}
		return ast.WalkContinue, nil
	})
	for i, c := range buf {
		if !keep[i] && c != '\n' && c != '\r' {
			buf[i] = ' '
		}
	}
	d := Doc{Text: string(buf)}
	d.Title = str(meta, "title", "headline")
	d.Outlet = str(meta, "outlet", "source", "publisher", "site", "site_name")
	d.URL = str(meta, "url", "link", "canonical", "source_url")
	d.Author = str(meta, "author", "authors", "byline")
	if iso, ok := dates.Normalize(str(meta, "date", "published", "pubdate", "date_published", "created")); ok {
		d.Date = dates.Found{ISO: iso, From: dates.FromFrontMatter}
	} else {
		d.Date = dates.InText(d.Text)
		if d.Date.ISO == "" && d.URL != "" {
			d.Date = dates.InText(d.URL)
		}
	}
	return d, fmErr
}

// frontMatter parses the front matter at the start of buf, if there is
// one, and blanks it (fences included) in buf.
func frontMatter(buf []byte) (map[string]any, error) {
	var fence string
	switch {
	case bytes.HasPrefix(buf, []byte("---")):
		fence = "---"
	case bytes.HasPrefix(buf, []byte("+++")):
		fence = "+++"
	default:
		return nil, nil
	}
	first := lineEnd(buf, 0)
	if strings.TrimSpace(string(buf[:first])) != fence {
		return nil, nil // "----" or "--- text": a rule or a dash, not a fence
	}
	start := next(buf, first)
	for at := start; at < len(buf); {
		end := lineEnd(buf, at)
		ln := strings.TrimSpace(string(buf[at:end]))
		if ln == fence || (fence == "---" && ln == "...") {
			body := string(buf[start:at])
			stop := end
			for i := 0; i < stop; i++ {
				if buf[i] != '\n' && buf[i] != '\r' {
					buf[i] = ' '
				}
			}
			meta := map[string]any{}
			var err error
			if fence == "+++" {
				_, err = toml.Decode(body, &meta)
			} else {
				err = yaml.Unmarshal([]byte(body), &meta)
			}
			if err != nil {
				return nil, fmt.Errorf("front matter not read: %s", firstLine(err.Error()))
			}
			return lowerKeys(meta), nil
		}
		at = next(buf, end)
	}
	return nil, nil // no closing fence: a thematic break, not front matter
}

func lineEnd(buf []byte, at int) int {
	if i := bytes.IndexByte(buf[at:], '\n'); i >= 0 {
		return at + i
	}
	return len(buf)
}

func next(buf []byte, end int) int {
	if end < len(buf) {
		return end + 1
	}
	return end
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func lowerKeys(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[strings.ToLower(k)] = v
	}
	return out
}

// str returns the first of keys that meta holds, as one line of text: a
// list is joined with commas, a date formatted as ISO 8601, a table (such
// as author: {name: …}) read for its name.
func str(meta map[string]any, keys ...string) string {
	for _, k := range keys {
		if v, ok := meta[k]; ok {
			if s := value(v); s != "" {
				return s
			}
		}
	}
	return ""
}

func value(v any) string {
	switch v := v.(type) {
	case string:
		return strings.Join(strings.Fields(v), " ")
	case time.Time:
		return v.Format(time.DateOnly)
	case []any:
		var parts []string
		for _, e := range v {
			if s := value(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case []map[string]any:
		var parts []string
		for _, e := range v {
			if s := value(e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, ", ")
	case map[string]any:
		return value(v["name"])
	case nil:
		return ""
	}
	return strings.TrimSpace(fmt.Sprint(v))
}
