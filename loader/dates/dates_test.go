package dates

import "testing"

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"2025-03-04":                      "2025-03-04",
		"2025-03-04T09:15:00+01:00":       "2025-03-04",
		"2024-02-27T23:40:00-05:00":       "2024-02-27", // the publisher's own day
		"4 March 2025":                    "2025-03-04",
		"4th of March, 2025":              "2025-03-04",
		"March 4, 2025":                   "2025-03-04",
		"Sept. 9, 2024":                   "2024-09-09",
		"Tue, 04 Mar 2025 09:15:00 GMT":   "2025-03-04",
		"Tue, 04 Mar 2025 09:15:00 +0100": "2025-03-04",
		"2024/6/1":                        "2024-06-01",
	} {
		if got, ok := Normalize(in); !ok || got != want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "yesterday", "31 April 2024", "29 February 2023", "2024-13-01", "March 2024"} {
		if got, ok := Normalize(in); ok {
			t.Errorf("Normalize(%q) = %q, want no date", in, got)
		}
	}
}

func TestInText(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       Found
	}{
		{"published line", "Troops row deepens\nPublished 28 February 2024\n\nThe minister said.", Found{"2024-02-28", FromText}},
		{"published beats updated on one line", "Title\nPublished 12 June 2024 | Updated 13 June 2024\n\nText.", Found{"2024-06-12", FromText}},
		{"updated alone", "Title\n\nText here.\n\nUpdated: March 5, 2024 at 10:30 GMT", Found{"2024-03-05", FromText}},
		{"published beats updated before it", "Title\nLast updated 13 June 2024\nFirst published on 12 June 2024\n\nText.", Found{"2024-06-12", FromText}},
		{"dateline with year", "Title\n\nWASHINGTON, Feb. 27, 2024 (AP) — The president said.", Found{"2024-02-27", FromDateline}},
		{"day-month dateline", "Title\n\nBRUSSELS, 3 March 2025 – Ministers met.", Found{"2025-03-03", FromDateline}},
		{"yearless dateline takes the URL's year", "Title\nhttps://news.example/world/2024/03/03/troops\n\nKYIV, March 3 (Reuters) – Officials said.", Found{"2024-03-03", FromDateline}},
		{"yearless dateline alone gives nothing", "Title\n\nKYIV, March 3 (Reuters) – Officials said on 3 March 2023 that.", Found{}},
		{"date line under the headline", "Title here\nTuesday 27 February 2024 18:40 CET\n\nText.", Found{"2024-02-27", FromText}},
		{"byline with a date", "Title here\nBy Jane Roe | March 3, 2024\n\nText.", Found{"2024-03-03", FromText}},
		{"url line", "Title\nSource: https://www.example.org/2025/08/19/reassurance-force.html\n\nText.", Found{"2025-08-19", FromText}},
		{"a date inside prose is no publication date", "Title\n\nThe summit on 3 March 2024 ended without a deal.", Found{}},
		{"nothing", "Just a title\n\nAnd some text.", Found{}},
		{"a label word starting prose", "Title\n\nUpdated figures released on 3 March 2024 show a rise.", Found{}},
		{"a weekday between label and date", "Title\nPublished: Wednesday, 6 March 2024\n\nText.", Found{"2024-03-06", FromText}},
	} {
		if got := InText(c.text); got != c.want {
			t.Errorf("%s: InText = %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestInTextReadsOnlyTheEdges(t *testing.T) {
	body := ""
	for range 100 {
		body += "A line of text.\n"
	}
	mid := "Title\n" + body + "Published 1 May 2024\n" + body
	if got := InText(mid); got != (Found{}) {
		t.Errorf("a label in the middle of a long article was read: %+v", got)
	}
	if got := InText("Title\n" + body + "Published 1 May 2024\n"); got.ISO != "2024-05-01" {
		t.Errorf("a label at the foot was not read: %+v", got)
	}
}
