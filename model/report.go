package model

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// A report is what the app shows, written out: the actors of the matrix as
// filtered, or one actor's dossier, with citations. The app chooses the
// actors; these functions only write them.

// ReportFormat is how a report is written.
type ReportFormat int

const (
	ReportMarkdown ReportFormat = iota
	ReportCSV
)

// FormatFor picks the format from a file name's extension, or says it
// cannot.
func FormatFor(name string) (ReportFormat, error) {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".md"), strings.HasSuffix(lower, ".markdown"):
		return ReportMarkdown, nil
	case strings.HasSuffix(lower, ".csv"):
		return ReportCSV, nil
	}
	return 0, fmt.Errorf("%s: name a .md or .csv file", name)
}

// articleByFile finds an article by file name.
func articleByFile(c *Corpus) map[string]*Article {
	m := make(map[string]*Article, len(c.Articles))
	for i := range c.Articles {
		m[c.Articles[i].File] = &c.Articles[i]
	}
	return m
}

// WriteMatrixReport writes the given actors (indexes into c.Actors, in
// order) with their breakdowns and the sentence that backs each lean.
func WriteMatrixReport(w io.Writer, f ReportFormat, c *Corpus, bds []Breakdown, actors []int, filter string) error {
	arts := articleByFile(c)
	cite := func(i int) (Citation, bool) {
		a := &c.Actors[i]
		e, file, ok := a.EvidenceFor(bds[i].Lean)
		if !ok {
			return Citation{}, false
		}
		return Cite(a, e, arts[file]), true
	}
	if f == ReportCSV {
		cw := csv.NewWriter(w)
		cw.Write([]string{"actor", "kind", "role", "lean", "side", "supports", "open", "undecided", "rules_out", "opposes",
			"none", "articles", "sources", "changed_from", "changed_to", "quote", "source", "date", "title", "file", "start", "end"})
		for _, i := range actors {
			a, bd := &c.Actors[i], &bds[i]
			row := []string{csvText(a.Name), string(a.Kind), csvText(a.Role), string(bd.Lean), string(bd.Side)}
			for _, n := range []int{bd.Supports, bd.Open, bd.Undecided, bd.RulesOut, bd.Opposes, bd.None, bd.Articles, bd.Sources} {
				row = append(row, strconv.Itoa(n))
			}
			from, to := "", ""
			if bd.Change != nil {
				from, to = string(bd.Change.From), string(bd.Change.To)
			}
			row = append(row, from, to)
			if ct, ok := cite(i); ok {
				row = append(row, csvText(ct.Text), csvText(ct.Source), ct.Date, csvText(ct.Title), csvText(ct.File), strconv.Itoa(ct.Start), strconv.Itoa(ct.End))
			} else {
				row = append(row, "", "", "", "", "", "", "")
			}
			cw.Write(row)
		}
		cw.Flush()
		return cw.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdText(c.Question))
	fmt.Fprintf(&b, "%s, %s shown", Plural(len(c.Articles), "article"), Plural(len(actors), "actor"))
	if filter != "" {
		fmt.Fprintf(&b, " (filter: %s)", mdText(filter))
	}
	b.WriteString(".\n")
	side := Side("")
	for _, i := range actors {
		a, bd := &c.Actors[i], &bds[i]
		if bd.Side != side {
			side = bd.Side
			fmt.Fprintf(&b, "\n## %s\n\n", sideHeading(side))
		}
		fmt.Fprintf(&b, "- **%s** (%s", mdText(CleanLine(a.Name)), a.Kind)
		if a.Role != "" {
			fmt.Fprintf(&b, ", %s", mdText(CleanLine(a.Role)))
		}
		fmt.Fprintf(&b, "): %s", mdText(bd.Summary()))
		if ch := bd.Change; ch != nil {
			fmt.Fprintf(&b, "; changed: %s, then %s from %s on", ch.From.Words(), ch.To.Words(), mdText(CleanLine(ch.File)))
		}
		b.WriteString("\n")
		if ct, ok := cite(i); ok {
			fmt.Fprintf(&b, "  > “%s” — %s\n", mdText(ct.Text), mdText(ct.Where()))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteDossierReport writes every sentence of one actor, article by
// article, with citations.
func WriteDossierReport(w io.Writer, f ReportFormat, c *Corpus, bd *Breakdown, actor int) error {
	a := &c.Actors[actor]
	arts := articleByFile(c)
	var cites []Citation
	for _, p := range a.Positions {
		for _, e := range p.Sentences() {
			cites = append(cites, Cite(a, e, arts[p.File]))
		}
	}
	if f == ReportCSV {
		cw := csv.NewWriter(w)
		cw.Write([]string{"actor", "stance", "quote", "source", "date", "title", "file", "start", "end"})
		for _, ct := range cites {
			cw.Write([]string{csvText(ct.Actor), string(ct.Stance), csvText(ct.Text), csvText(ct.Source), ct.Date, csvText(ct.Title), csvText(ct.File),
				strconv.Itoa(ct.Start), strconv.Itoa(ct.End)})
		}
		cw.Flush()
		return cw.Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdText(CleanLine(a.Name)))
	var who []string
	who = append(who, string(a.Kind))
	if a.Role != "" {
		who = append(who, CleanLine(a.Role))
	}
	if len(a.Aliases) > 0 {
		var al []string
		for _, s := range a.Aliases {
			al = append(al, CleanLine(s))
		}
		who = append(who, "also: "+strings.Join(al, ", "))
	}
	fmt.Fprintf(&b, "%s.\n\n%s.\n", mdText(strings.Join(who, "; ")), mdText(bd.Summary()))
	file := ""
	for _, ct := range cites {
		if ct.File != file {
			file = ct.File
			fmt.Fprintf(&b, "\n## %s\n\n%s\n\n", mdText(ct.Title), mdText(strings.TrimSuffix(ct.Where(), ", "+ct.Range())))
		}
		fmt.Fprintf(&b, "- %s: “%s” (%s)\n", ct.Stance.Words(), mdText(ct.Text), ct.Range())
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func sideHeading(s Side) string {
	switch s {
	case For:
		return "For (supports, open)"
	case Against:
		return "Against (rules out, opposes)"
	case Between:
		return "Between (undecided, split)"
	}
	return "No position"
}

// mdText escapes the characters that would turn article text into Markdown
// markup.
func mdText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// csvText is a cleaned cell that a spreadsheet will not run as a formula.
func csvText(s string) string {
	s = CleanLine(s)
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
