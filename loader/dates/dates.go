// Package dates finds an article's publication date: it normalises the
// dates that metadata and front matter give in many shapes, and reads the
// date a plain-text article states itself (a dateline, a "Published …"
// line, a date line under the headline, a date in the article's URL).
// Every date comes out as an ISO 8601 calendar date, "2024-02-28".
package dates

import (
	"cmp"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Where a date came from, as the article's date_from says.
const (
	FromFrontMatter = "front_matter"
	FromHTML        = "html_metadata"
	FromDateline    = "dateline"
	FromText        = "text"
)

// Found is a date and where it came from; the zero value is "no date".
type Found struct {
	ISO  string // "2024-02-28", or empty
	From string // one of the From constants, or empty
}

var months = map[string]int{
	"jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
	"apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
	"aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10,
	"nov": 11, "november": 11, "dec": 12, "december": 12,
}

// IsMonth reports a month's name or abbreviation, in lower case ("dec").
func IsMonth(fold string) bool { return months[fold] > 0 }

const monthRE = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`

var (
	isoDate  = regexp.MustCompile(`\b((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)(?:T|\b)`)
	dayMonth = regexp.MustCompile(`(?i)\b(\d\d?)(?:st|nd|rd|th)?\.?\s+(?:of\s+)?` + monthRE + `,?\s+((?:19|20)\d\d)\b`)
	monthDay = regexp.MustCompile(`(?i)\b` + monthRE + `\s+(\d\d?)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b`)
	// A dateline: "KYIV, March 3 (Reuters) –", "WASHINGTON, Feb. 27, 2024 (AP) —",
	// "BRUSSELS, 3 March 2024 –". The place is in capitals or title case.
	datelineRE = regexp.MustCompile(`^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.' -]{1,30})?,\s+(?:` +
		monthRE + `\s+(\d\d?)|(\d\d?)\s+` + monthRE + `)(?:,?\s+((?:19|20)\d\d))?\s*(?:\([^)]{2,40}\))?\s*[-–—]`)
	labelRE   = regexp.MustCompile(`(?i)^(?:first\s+)?(published|posted|dated?|updated|last\s+updated|modified)(?:\s+on)?\s*:?\s+(.*)$`)
	urlDateRE = regexp.MustCompile(`https?://\S*?[/_-]((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/_.-]|$)`)
	weekdayRE = regexp.MustCompile(`(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+`)
	clockRE   = regexp.MustCompile(`(?i)(?:\s*[,|·•–-]?\s*(?:at\s+)?\d\d?[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}(?:[+-]\d+)?)?)$`)
)

// Normalize reads one date written in any of the usual shapes ("2025-03-04",
// "2025-03-04T09:15:00+01:00", "4 March 2025", "March 4, 2025", "Tue, 04 Mar
// 2025 09:15:00 GMT") and returns it as "2025-03-04". A timestamp's date is
// the one written, in the publisher's own time zone.
func Normalize(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if t, err := time.Parse(time.RFC1123Z, s); err == nil {
		return t.Format(time.DateOnly), true
	}
	if t, err := time.Parse(time.RFC1123, s); err == nil {
		return t.Format(time.DateOnly), true
	}
	iso, _, ok := first(s)
	return iso, ok
}

// first returns the first full date (day, month and year) written in s.
func first(s string) (iso string, at int, ok bool) {
	at = -1
	try := func(y, m, d string, pos int) {
		if at >= 0 && pos >= at {
			return
		}
		if v, good := build(y, m, d); good {
			iso, at = v, pos
		}
	}
	if hasDigitDash(s) {
		if m := isoDate.FindStringSubmatchIndex(s); m != nil {
			try(s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]], m[0])
		}
	}
	if m := dayMonth.FindStringSubmatchIndex(s); m != nil {
		try(s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]], m[0])
	}
	if m := monthDay.FindStringSubmatchIndex(s); m != nil {
		try(s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]], m[0])
	}
	return iso, at, at >= 0
}

func hasDigitDash(s string) bool {
	return strings.ContainsAny(s, "-/.")
}

// build checks and formats a date whose month may be a number or a name.
func build(year, month, day string) (string, bool) {
	y, err := strconv.Atoi(year)
	if err != nil {
		return "", false
	}
	m, err := strconv.Atoi(month)
	if err != nil {
		m = months[strings.ToLower(strings.TrimSuffix(month, "."))]
	}
	d, err := strconv.Atoi(day)
	if err != nil || m < 1 || m > 12 || d < 1 {
		return "", false
	}
	if t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); t.Day() != d {
		return "", false // 31 April, 29 February of a common year
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d), true
}

// maxLabelGap is how far after "Published"/"Updated" its date may start.
const maxLabelGap = len("Wednesday, ")

// How many lines at the top and at the end of an article are searched:
// publication dates sit by the headline or at the foot, and reading only
// there keeps plain-text loading fast.
const (
	headLines = 40
	footLines = 12
)

// InText returns the publication date a plain-text article states, and
// where: a "Published"/"Posted"/"Date:" line first, then a dateline, a line
// that is only a date (or a byline with one), a date in a URL line, an
// "Updated" line. A dateline without a year ("KYIV, March 3 (Reuters) –")
// takes its year from another full date of the article, else gives none.
func InText(text string) Found {
	var (
		published, dateline, dateLine, url, updated string
		yearless                                    struct{ month, day string }
	)
	head, foot := edgeLines(text)
	for i, ln := range append(head, foot...) {
		top := i < len(head)
		if ln == "" || !containsDigit(ln) {
			continue
		}
		if m := labelRE.FindStringSubmatch(ln); m != nil {
			label := strings.ToLower(m[1])
			// The date must follow the label (a weekday may come between):
			// "Updated figures released on 3 March 2024 show" is prose.
			if iso, at, ok := first(m[2]); ok && at <= maxLabelGap {
				// "Published 12 June 2024 | Updated 13 June 2024": the first label wins.
				if strings.Contains(label, "updated") || label == "modified" {
					updated = cmp.Or(updated, iso)
				} else {
					published = cmp.Or(published, iso)
				}
			}
			continue
		}
		if top && dateline == "" && yearless.month == "" {
			if m := datelineRE.FindStringSubmatch(ln); m != nil {
				month, day := m[1], m[2]
				if month == "" {
					month, day = m[4], m[3]
				}
				if m[5] == "" {
					yearless.month, yearless.day = month, day
				} else if iso, ok := build(m[5], month, day); ok {
					dateline = iso
				}
				continue
			}
		}
		if strings.Contains(ln, "://") {
			if m := urlDateRE.FindStringSubmatch(ln); m != nil && url == "" {
				if iso, ok := build(m[1], m[2], m[3]); ok {
					url = iso
				}
			}
			continue
		}
		if top && dateLine == "" && isDateLine(ln) {
			dateLine, _ = Normalize(stripDateLine(ln))
		}
	}
	if dateline == "" && yearless.month != "" {
		// The year of the article's other date, when it has one.
		if other := cmp.Or(published, dateLine, url, updated); other != "" {
			dateline, _ = build(other[:4], yearless.month, yearless.day)
		}
	}
	switch {
	case published != "":
		return Found{published, FromText}
	case dateline != "":
		return Found{dateline, FromDateline}
	case dateLine != "":
		return Found{dateLine, FromText}
	case url != "":
		return Found{url, FromText}
	case updated != "":
		return Found{updated, FromText}
	}
	return Found{}
}

// edgeLines returns the first headLines and the last footLines lines of
// text (trimmed; none twice), without splitting the rest.
func edgeLines(text string) (head, foot []string) {
	rest := text
	for len(head) < headLines && rest != "" {
		i := strings.IndexAny(rest, "\r\n")
		if i < 0 {
			head, rest = append(head, strings.TrimSpace(rest)), ""
			break
		}
		head, rest = append(head, strings.TrimSpace(rest[:i])), rest[i+1:]
	}
	for len(foot) < footLines && rest != "" {
		i := strings.LastIndexAny(rest, "\r\n")
		foot, rest = append(foot, strings.TrimSpace(rest[i+1:])), rest[:max(i, 0)]
		if i < 0 {
			break
		}
	}
	return head, foot
}

// isDateLine reports a short line that holds a full date and little else:
// "Tuesday 27 February 2024", "March 3, 2024 10:40 GMT", "By Jane Roe | 3
// March 2024".
func isDateLine(ln string) bool {
	if len(ln) > 90 {
		return false
	}
	s := stripDateLine(ln)
	_, at, ok := first(s)
	if !ok {
		return false
	}
	if at == 0 {
		return true
	}
	return strings.HasPrefix(ln, "By ") || strings.HasPrefix(ln, "by ")
}

// stripDateLine drops a weekday in front and a clock time behind.
func stripDateLine(ln string) string {
	ln = weekdayRE.ReplaceAllString(strings.TrimSpace(ln), "")
	for {
		t := clockRE.ReplaceAllString(ln, "")
		if t == ln {
			break
		}
		ln = t
	}
	return strings.TrimSpace(ln)
}

func containsDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}
