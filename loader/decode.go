package loader

import (
	"bytes"
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
// the file is not an article. UTF-16, with a byte order mark or recognised
// without one (sniffUTF16), is converted to UTF-8 (without the mark),
// because the analysis only reads UTF-8. Everything
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
	default:
		if bigEndian, ok := sniffUTF16(data); ok {
			data = decodeUTF16(data, bigEndian)
		}
	}
	if isBinary(data) {
		return nil, problemBinary
	}
	if isBlank(data) {
		return nil, problemBlank
	}
	return data, ""
}

// sniffUTF16 recognises UTF-16 without a byte order mark by where its NUL
// bytes fall: text in a Latin or Cyrillic script, or any script with
// spaces and digits, has many characters below U+0080, whose high byte is
// NUL, all on one side of each pair. It says yes when at least one unit in
// eight of the file's start is such an ASCII character (printable, tab or
// line break) on one side, and NULs on the other side are rare (CJK text
// has some: U+4E00). Binary data has NULs on both sides and is caught by
// isBinary after decoding if not here.
func sniffUTF16(data []byte) (bigEndian, ok bool) {
	sample := data[:min(len(data), sniffLen)&^1]
	if bytes.IndexByte(sample, 0) < 0 {
		return false, false // the usual case: UTF-8 or another 8-bit text
	}
	var asciiLE, asciiBE, nulLow, nulHigh int // nulLow: NUL first in the pair
	for i := 0; i+1 < len(sample); i += 2 {
		a, b := sample[i], sample[i+1]
		if a == 0 {
			nulLow++
			if textByte(b) {
				asciiBE++
			}
		}
		if b == 0 {
			nulHigh++
			if textByte(a) {
				asciiLE++
			}
		}
	}
	units := len(sample) / 2
	switch {
	case asciiLE >= 2 && asciiLE*8 >= units && nulLow*4 <= asciiLE:
		return false, true
	case asciiBE >= 2 && asciiBE*8 >= units && nulHigh*4 <= asciiBE:
		return true, true
	}
	return false, false
}

func textByte(c byte) bool {
	return c >= 0x20 && c < 0x7f || c == '\n' || c == '\r' || c == '\t'
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
