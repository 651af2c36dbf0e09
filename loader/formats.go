package loader

import (
	"cmp"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"standpoint/loader/dates"
	"standpoint/loader/htmltext"
	"standpoint/loader/markdown"
	"standpoint/model"
)

// formats maps the file extensions read (lower case) to their format.
var formats = map[string]model.Format{
	".txt":      model.PlainText,
	".md":       model.Markdown,
	".markdown": model.Markdown,
	".html":     model.HTML,
	".htm":      model.HTML,
}

// formatList names the extensions read, for messages.
const formatList = ".txt, .md, .markdown, .html and .htm"

func formatOf(name string) (model.Format, bool) {
	f, ok := formats[strings.ToLower(filepath.Ext(name))]
	return f, ok
}

// wanted reports whether a file name found in a folder is an article file.
func wanted(name string) bool {
	_, ok := formatOf(name)
	return ok
}

// otherKind is the warning for a file named on the command line whose kind
// is not read.
func otherKind(name string) string {
	return fmt.Sprintf("not an article file (%s); Standpoint reads %s files", extLabel(name), formatList)
}

func extLabel(name string) string {
	if ext := strings.ToLower(filepath.Ext(name)); ext != "" {
		return ext
	}
	return "no extension"
}

// others counts the files of other kinds met in folders, by extension, for
// the one warning that lists them.
type others map[string]int

func (o *others) add(name string) {
	if strings.HasPrefix(filepath.Base(name), ".") {
		return // .DS_Store and the like, met with --hidden: not worth a word
	}
	if *o == nil {
		*o = others{}
	}
	(*o)[extLabel(name)]++
}

// warning is "skipped 3 files of other types: .pdf, .docx", the most
// frequent first, or "" when there were none.
func (o others) warning() string {
	if len(o) == 0 {
		return ""
	}
	n := 0
	for _, c := range o {
		n += c
	}
	exts := slices.SortedFunc(maps.Keys(o), func(a, b string) int {
		return cmp.Or(cmp.Compare(o[b], o[a]), cmp.Compare(a, b))
	})
	noun := "files"
	if n == 1 {
		noun = "file"
	}
	return fmt.Sprintf("skipped %d %s of other types: %s", n, noun, strings.Join(exts, ", "))
}

// meta is what a file says about its article besides its text.
type meta struct {
	format                model.Format
	title, outlet, author string
	url                   string // the article's address, when the file gives one
	date                  dates.Found
}

// prepare turns a file's decoded text into the text the analysis reads,
// by its format: a web page's main text, a Markdown file with its markup
// blanked, a plain-text file as it is. It returns why the file cannot be
// used, or a warning about a file that is still used.
func prepare(d *document) (problem, warning string) {
	format, ok := formatOf(d.name)
	if !ok {
		format = model.PlainText // not listed (the listing keeps known kinds); text is the safe reading
	}
	d.meta.format = format
	switch format {
	case model.HTML:
		p, err := htmltext.Extract([]byte(d.text))
		if err != nil {
			return "not read as a web page: " + err.Error(), ""
		}
		d.text = p.Text
		d.meta.title, d.meta.outlet, d.meta.author, d.meta.url, d.meta.date = p.Title, p.Site, p.Author, p.URL, p.Date
	case model.Markdown:
		md, err := markdown.Read(d.text)
		d.text = md.Text
		d.meta.title, d.meta.outlet, d.meta.author, d.meta.url, d.meta.date = md.Title, md.Outlet, md.Author, md.URL, md.Date
		if err != nil {
			warning = err.Error()
		}
	default:
		d.meta.date = dates.InText(d.text)
	}
	return "", warning
}
