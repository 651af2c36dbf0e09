package model

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// EscapeFileName gives a file name that is not valid UTF-8 an unambiguous
// form for output: each invalid byte written as \xHH and each backslash
// doubled, with the name's raw bytes returned beside it (the JSON's
// file_bytes, base64). Printed as is, "a\xff.txt" and "a\xfe.txt" would
// both read "a�.txt". A valid name is returned unchanged, with nil bytes:
// the bytes' presence tells an escaped name from a valid one that happens
// to hold "\x".
func EscapeFileName(name string) (shown string, raw []byte) {
	if utf8.ValidString(name) {
		return name, nil
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, name[i])
		case r == '\\':
			b.WriteString(`\\`)
		default:
			b.WriteString(name[i : i+size])
		}
		i += size
	}
	return b.String(), []byte(name)
}
