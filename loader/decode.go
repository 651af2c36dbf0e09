package loader

import (
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// sniffLen is how much of a file the binary check looks at: enough to catch
// image, archive and office headers without scanning megabytes of text.
const sniffLen = 8 << 10

// Reasons decode gives for skipping a file; they end the warning line.
const (
	problemEmpty  = "empty file"
	problemBlank  = "no text (only blank lines)"
	problemBinary = "binary file skipped"
)

// decode turns a file's bytes into the text the analysis reads, or says why
// the file is not an article. UTF-16 with a byte order mark is converted to
// UTF-8 (without the mark), because the analysis only reads UTF-8. Everything
// else is returned as is, byte for byte: a UTF-8 BOM, CRLF or lone CR line
// ends and invalid UTF-8 are left for the analysis and the display code, so
// that offsets found later point into the original bytes.
func decode(data []byte) (text []byte, problem string) {
	if len(data) == 0 {
		return nil, problemEmpty
	}
	switch {
	case len(data) >= 2 && data[0] == 0xFF && data[1] == 0xFE:
		data = decodeUTF16(data[2:], false)
	case len(data) >= 2 && data[0] == 0xFE && data[1] == 0xFF:
		data = decodeUTF16(data[2:], true)
	}
	if isBinary(data) {
		return nil, problemBinary
	}
	if isBlank(data) {
		return nil, problemBlank
	}
	return data, ""
}

// decodeUTF16 converts UTF-16 without its BOM to UTF-8. Unpaired surrogates
// and a dangling odd byte become U+FFFD rather than failing the whole file.
func decodeUTF16(b []byte, bigEndian bool) []byte {
	units := make([]uint16, len(b)/2)
	for i := range units {
		if bigEndian {
			units[i] = uint16(b[2*i])<<8 | uint16(b[2*i+1])
		} else {
			units[i] = uint16(b[2*i+1])<<8 | uint16(b[2*i])
		}
	}
	out := make([]byte, 0, len(b)+len(b)/2)
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	if len(b)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out
}

// isBinary reports whether the start of data looks like a binary file: a NUL
// byte (never in text, always early in images, archives and executables) or
// more than one byte in ten being a control character other than the usual
// whitespace. Invalid UTF-8 alone does not count: legacy-encoded articles are
// still worth reading with a few replacement characters.
func isBinary(data []byte) bool {
	sample := data[:min(len(data), sniffLen)]
	controls := 0
	for _, c := range sample {
		switch {
		case c == 0:
			return true
		case c == '\t', c == '\n', c == '\r', c == '\f', c == '\v':
		case c < 0x20, c == 0x7f:
			controls++
		}
	}
	return controls*10 > len(sample)
}

// isBlank reports whether data holds nothing but whitespace, ignoring a UTF-8
// BOM. Invalid bytes decode to U+FFFD and so count as content.
func isBlank(data []byte) bool {
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		data = data[3:]
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if !unicode.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}
