package loader

import (
	"net/url"
	"strings"
	"sync"
)

// outletHosts maps the known outlets' names, folded and squashed
// ("kyivindependent", "bbc"), to the names as written, for reading an
// outlet from a URL's host.
var outletHosts = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for folded, written := range lexiconOnce().sources {
		m[squash(folded)] = written
	}
	return m
})

func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// urlOutlet returns the known outlet whose name is a label of the host of
// a URL near the top or at the foot of text ("https://www.bbc.co.uk/…"
// gives BBC), or "". Only known outlets count: a host alone does not say
// how the outlet writes its name.
func urlOutlet(text string) string {
	const headBytes, footBytes = 4096, 1024
	head, foot := text[:min(len(text), headBytes)], ""
	if len(text) > headBytes {
		foot = text[max(headBytes, len(text)-footBytes):]
	}
	for _, part := range []string{head, foot} {
		if !strings.Contains(part, "://") {
			continue
		}
		for field := range strings.FieldsSeq(part) {
			i := strings.Index(field, "://")
			if i < 0 {
				continue
			}
			u, err := url.Parse(strings.Trim(field[max(0, strings.LastIndexAny(field[:i], "(<[\"'")+1):], ")>]\"'.,;"))
			if err != nil {
				continue
			}
			for label := range strings.SplitSeq(strings.ToLower(u.Hostname()), ".") {
				if name, ok := outletHosts()[label]; ok && label != "www" {
					return name
				}
			}
		}
	}
	return ""
}
