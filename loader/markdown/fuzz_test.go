package markdown

import (
	"testing"
	"unicode/utf8"
)

// FuzzRead checks what offsets rely on: the text has the file's length,
// every byte is the file's or a blank, line ends stay, valid UTF-8 stays
// valid.
func FuzzRead(f *testing.F) {
	for _, s := range []string{yamlDoc, "+++\ntitle = 1\n+++\nx", "---\n: [\n---\n", "# a\n\n*b* [c](d) ![e](f) <g>\n\n    code\n", "\r\n---\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, _ := Read(src)
		if len(d.Text) != len(src) {
			t.Fatalf("text of %d bytes for %d", len(d.Text), len(src))
		}
		for i := range src {
			if c := d.Text[i]; c != src[i] && (c != ' ' || src[i] == '\n' || src[i] == '\r') {
				t.Fatalf("byte %d: %q for %q", i, c, src[i])
			}
		}
		if utf8.ValidString(src) && !utf8.ValidString(d.Text) {
			t.Fatal("blanking broke UTF-8")
		}
	})
}
