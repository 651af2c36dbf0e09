package model

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestCitation(t *testing.T) {
	c := sampleCorpus()
	ct := Cite(&c.Actors[0], c.Actors[0].Positions[0].Evidence[0], &c.Articles[0])
	want := "“Minister Ann Berg said Norway will not send troops.” (Ann Berg, rules out) — “T”, a.txt, bytes 0-51"
	if ct.String() != want {
		t.Errorf("citation\n got %s\nwant %s", ct.String(), want)
	}
}

func TestMatrixReport(t *testing.T) {
	c := sampleCorpus()
	c.Actors[1].Name = "=HYPERLINK(\"x\")"
	bds := Breakdowns(c)
	var md bytes.Buffer
	if err := WriteMatrixReport(&md, ReportMarkdown, c, bds, []int{0, 1}, "governments"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Against (rules out, opposes)", "- **Ann Berg** (person, Minister): rules out in 1 (of 1 article)",
		"  > “Minister Ann Berg said Norway will not send troops.” — “T”, a.txt, bytes 0-51", "(filter: governments)"} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("Markdown lacks %q:\n%s", want, md.String())
		}
	}
	if bytes.ContainsRune(md.Bytes(), 0x1b) {
		t.Error("ESC in the Markdown report")
	}
	var out bytes.Buffer
	if err := WriteMatrixReport(&out, ReportCSV, c, bds, []int{0, 1}, ""); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&out).ReadAll()
	if err != nil || len(rows) != 3 {
		t.Fatalf("CSV: %v, %d rows", err, len(rows))
	}
	if rows[1][0] != "Ann Berg" || rows[1][3] != "rules_out" || rows[1][8] != "1" || rows[1][15] != "Minister Ann Berg said Norway will not send troops." {
		t.Errorf("row %q", rows[1])
	}
	if !strings.HasPrefix(rows[2][0], "'=") {
		t.Errorf("a formula-looking name is not defused: %q", rows[2][0])
	}
}

func TestDossierReport(t *testing.T) {
	c := sampleCorpus()
	bds := Breakdowns(c)
	var md, cs bytes.Buffer
	if err := WriteDossierReport(&md, ReportMarkdown, c, &bds[0], 0); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md.String(), "# Ann Berg") || !strings.Contains(md.String(), "- rules out: “Minister Ann Berg said Norway will not send troops.” (bytes 0-51)") {
		t.Errorf("dossier Markdown:\n%s", md.String())
	}
	if err := WriteDossierReport(&cs, ReportCSV, c, &bds[0], 0); err != nil {
		t.Fatal(err)
	}
	if rows, err := csv.NewReader(&cs).ReadAll(); err != nil || len(rows) != 2 || rows[1][6] != "a.txt" {
		t.Errorf("dossier CSV: %v %q", err, rows)
	}
	if _, err := FormatFor("x.txt"); err == nil {
		t.Error("x.txt accepted as a report name")
	}
}

// A citation names the outlet and date when the article has them, and says
// when its byte range is of the text extracted from an HTML page.
func TestCiteOutletDateAndExtractedRange(t *testing.T) {
	a := &Actor{Name: "Ann Berg"}
	art := &Article{File: "p.html", Title: "T", Source: "AP", Outlet: "Baltic Courier", Date: "2024-02-28", Format: HTML}
	got := Cite(a, Evidence{Text: "No troops.", Start: 3, End: 13, Stance: RulesOut}, art).String()
	want := "“No troops.” (Ann Berg, rules out) — Baltic Courier, 2024-02-28, “T”, p.html, bytes 3-13 of its text"
	if got != want {
		t.Errorf("citation\n got %s\nwant %s", got, want)
	}
}
