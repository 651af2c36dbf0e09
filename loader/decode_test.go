package loader

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf16"
)

// utf16Bytes encodes s as UTF-16 without a byte order mark.
func utf16Bytes(s string, bigEndian bool) []byte {
	var out []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	return out
}

func TestDecode(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
	tests := []struct {
		name    string
		in      []byte
		want    []byte // nil when skipped
		problem string
	}{
		{"empty", []byte{}, nil, problemEmpty},
		{"blank lines", []byte(" \n\t\r\n\r\n  \u00a0\n"), nil, problemBlank},
		{"BOM and blanks", []byte("\xef\xbb\xbf\n \n"), nil, problemBlank},
		{"PNG renamed", png, nil, problemBinary},
		{"NUL after text", append([]byte("Some text here.\n"), 0), nil, problemBinary},
		{"many controls", bytes.Repeat([]byte("ab\x01\x02\x03"), 100), nil, problemBinary},
		{"few controls", []byte("A line with one \x1b escape in it, which is fine.\n"), []byte("A line with one \x1b escape in it, which is fine.\n"), ""},
		{"invalid UTF-8 kept", []byte("caf\xe9 \xff\xfe ok\n"), []byte("caf\xe9 \xff\xfe ok\n"), ""},
		{"UTF-8 BOM kept", []byte("\xef\xbb\xbfHello\n"), []byte("\xef\xbb\xbfHello\n"), ""},
		{"CRLF kept", []byte("one\r\ntwo\r\n"), []byte("one\r\ntwo\r\n"), ""},
		{"lone CR kept", []byte("one\rtwo\r"), []byte("one\rtwo\r"), ""},
		{"UTF-16 LE", []byte("\xff\xfeH\x00\xe9\x00\n\x00"), []byte("Hé\n"), ""},
		{"UTF-16 BE", []byte("\xfe\xff\x00H\x00\xe9\x00\n"), []byte("Hé\n"), ""},
		{"UTF-16 LE surrogate pair", []byte("\xff\xfe=\xd8\x00\xdeA\x00"), []byte("\U0001F600A"), ""},
		{"UTF-16 unpaired surrogate", []byte("\xff\xfeA\x00\x00\xd8B\x00"), []byte("A\uFFFDB"), ""},
		{"UTF-16 odd length", []byte("\xff\xfeA\x00B"), []byte("A\uFFFD"), ""},
		{"UTF-16 BOM only", []byte("\xff\xfe"), nil, problemBlank},
		{"UTF-16 blank", []byte("\xfe\xff\x00 \x00\n"), nil, problemBlank},
		{"UTF-16 with NUL is binary", []byte("\xff\xfeA\x00\x00\x00"), nil, problemBinary},
	}
	le := func(s string) []byte { return utf16Bytes(s, false) }
	be := func(s string) []byte { return utf16Bytes(s, true) }
	tests = append(tests, []struct {
		name    string
		in      []byte
		want    []byte
		problem string
	}{
		{"UTF-16 LE without BOM", le("Hello, world.\nCafé.\n"), []byte("Hello, world.\nCafé.\n"), ""},
		{"UTF-16 BE without BOM", be("Hello, world.\nCafé.\n"), []byte("Hello, world.\nCafé.\n"), ""},
		{"UTF-16 LE Cyrillic without BOM", le("Президент сказал: нет, 2025.\n"), []byte("Президент сказал: нет, 2025.\n"), ""},
		{"UTF-16 BE CJK without BOM", be("一二三 四五六 七 8 9\n"), []byte("一二三 四五六 七 8 9\n"), ""},
		{"UTF-16 LE one letter", le("A\n"), []byte("A\n"), ""},
		{"NULs on both sides", bytes.Repeat([]byte("ab\x00\x00"), 50), nil, problemBinary},
		{"UTF-16 LE of controls", le(strings.Repeat("\x01\x02x", 50)), nil, problemBinary},
	}...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, problem := decode(tt.in)
			if problem != tt.problem {
				t.Fatalf("problem = %q, want %q", problem, tt.problem)
			}
			if !bytes.Equal(got, tt.want) {
				t.Fatalf("text = %q, want %q", got, tt.want)
			}
		})
	}
}

// The binary check only looks at the start: a NUL far into a long text file
// (say, a stray byte in the last paragraph) does not lose the article.
func TestDecodeSniffsOnlyTheStart(t *testing.T) {
	in := append(bytes.Repeat([]byte("text "), sniffLen), 0)
	if _, problem := decode(in); problem != "" {
		t.Fatalf("problem = %q, want none", problem)
	}
}
