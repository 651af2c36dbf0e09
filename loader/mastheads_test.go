package loader

import "testing"

// The outlet an unknown masthead names, from lines in the shapes pages
// have; section labels, breadcrumbs, dates and bylines name none.
func TestMastheadOutlet(t *testing.T) {
	lex := lexiconOnce()
	for _, c := range []struct {
		line  string
		title bool
		want  string
	}{
		{"By Ana Pires and Tom Hale | Harbour Wire Service", false, "Harbour Wire Service"},
		{"The Lakeside Post | Live | Updated 3 March 2025 10:02 CET", false, "The Lakeside Post"},
		{"ANALYSIS | The Upland Review | 9 April 2025", false, "The Upland Review"},
		{"By Ola Berg, Fjord News Agency", false, "Fjord News Agency"},
		{"Europe Desk, Fjord Post | 8 September 2025", false, "Fjord Post"},
		{"Why the summit failed | SAALE KURIER", true, "Saale Kurier"},
		{"Why the summit failed", true, ""},
		{"Radio Kestrel – transcript of the Monday interview", false, "Radio Kestrel"},
		{"This article was first published in French in Le Courrier Alpin and is translated by our desk.", false, "Le Courrier Alpin"},
		{"Harbour Desk live | Updated 4 mins ago", false, "Harbour Desk"},
		{"By Ada Lind, European affairs editor | 11 March 2024", false, ""},
		{"In Brief", false, ""},
		{"World News", false, ""},
		{"News > Europe > Security", false, ""},
		{"27.02.2024 | automatic translation", false, ""},
	} {
		if got := lex.mastheadOutlet(c.line, c.title); got != c.want {
			t.Errorf("mastheadOutlet(%q, title %v) = %q, want %q", c.line, c.title, got, c.want)
		}
	}
	if got := lex.datelineOutlet("Central Plains Wire"); got != "Central Plains Wire" {
		t.Errorf("datelineOutlet = %q", got)
	}
}

// A first line that asks and answers is the headline, not the masthead
// after it.
func TestQuestionHeadlineIsTheTitle(t *testing.T) {
	text := "Who would send troops? A country-by-country guide\nEurope Desk, Fjord Post | 8 September 2025\n\nLeaders met in Paris on Monday.\n"
	st := readStructure(text, lexiconOnce())
	if st.title != "Who would send troops? A country-by-country guide" || st.source != "Fjord Post" {
		t.Errorf("title %q, source %q", st.title, st.source)
	}
}

// A name set in capitals is written as a name, its connectors lowercase;
// a name written otherwise is kept.
func TestTitleCased(t *testing.T) {
	for in, want := range map[string]string{
		"RHEIN KURIER":         "Rhein Kurier",
		"VOCE DEL POPOLO":      "Voce del Popolo",
		"HERALD OF THE NORTH":  "Herald of the North",
		"The Northgate Review": "The Northgate Review",
	} {
		if got := titleCased(in); got != want {
			t.Errorf("titleCased(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestFirstLineMastheads: a first line that is a masthead, set in
// capitals or not, with its section after a dash or a bar, names the
// outlet ("OBERRHEINISCHE ZEITUNG - Politics / Region", "The Plain
// Observer", "RHEIN ECHO | WORLD").
func TestFirstLineMastheads(t *testing.T) {
	lex := lexiconOnce()
	for line, want := range map[string]string{
		"OBERRHEINISCHE ZEITUNG - Politics / Region":    "Oberrheinische Zeitung",
		"The Plain Observer":                            "The Plain Observer",
		"RHEIN ECHO | WORLD":                            "Rhein Echo",
		"Europe debates troops for Ukraine":             "",
		"NBN NEWS IN ENGLISH    Home | Finland | World": "NBN News",
	} {
		if got := lex.mastheadOutlet(line, true); got != want {
			t.Errorf("%q: outlet %q, want %q", line, got, want)
		}
	}
}
