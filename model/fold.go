package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letterFolds covers letters that canonical decomposition leaves whole.
var letterFolds = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ß': "ss",
	'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ı': "i", 'þ': "th",
	'’': "'", '‘': "'", 'ʼ': "'",
}

// Fold lowercases s and strips diacritics, so that "Radosław", "Radoslaw"
// and "RADOSLAW" compare equal. Curly apostrophes become straight ones.
func Fold(s string) string {
	ascii, upper := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if ascii {
		if !upper {
			return s // the common case: no copy
		}
		return strings.ToLower(s)
	}
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends Fold(s) to dst, for callers that fold into a buffer
// of their own rather than a new string.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		if j := asciiEnd(s, i); j > i { // a run of ASCII is copied whole, then lowered
			n := len(dst)
			dst = append(dst, s[i:j]...)
			for k := n; k < len(dst); k++ {
				if c := dst[k]; 'A' <= c && c <= 'Z' {
					dst[k] = c + 'a' - 'A'
				}
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:]) // an invalid byte is one U+FFFD
		dst = appendFoldRune(dst, r)
		i += size
	}
	return dst
}

// asciiEnd returns where the run of ASCII bytes starting at i ends.
func asciiEnd(s string, i int) int {
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// FoldIndexed is Fold that also returns, for every byte of the folded
// string, the index of the rune of s it came from, so that a match found in
// the folded text can be highlighted in the original.
func FoldIndexed(s string) (string, []int) {
	b := make([]byte, 0, len(s))
	index := make([]int, 0, len(s))
	runeIndex := 0
	for _, r := range s {
		b = appendFoldRune(b, r)
		for len(index) < len(b) {
			index = append(index, runeIndex)
		}
		runeIndex++
	}
	return string(b), index
}

// Folds made once for the non-ASCII runes most common in news text, as
// decomposing a rune allocates: the Latin letters of names (U+0080 to
// U+024F) and general punctuation (U+2000 to U+206F: curly quotes, dashes).
var (
	latinFolds       = foldTable(0x80, 0x250)
	punctuationFolds = foldTable(0x2000, 0x2070)
)

func foldTable(from, to rune) []string {
	t := make([]string, to-from)
	for i := range t {
		t[i] = string(appendFoldRuneSlow(nil, from+rune(i)))
	}
	return t
}

func appendFoldRune(dst []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(dst, byte(r))
	case r < 0x250:
		return append(dst, latinFolds[r-0x80]...)
	case 0x2000 <= r && r < 0x2070:
		return append(dst, punctuationFolds[r-0x2000]...)
	}
	return appendFoldRuneSlow(dst, r)
}

func appendFoldRuneSlow(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return utf8.AppendRune(dst, unicode.ToLower(r))
	}
	if f, ok := letterFolds[r]; ok {
		return append(dst, f...)
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, d := range norm.NFD.String(string(buf[:n])) {
		if !unicode.Is(unicode.Mn, d) {
			dst = utf8.AppendRune(dst, unicode.ToLower(d))
		}
	}
	return dst
}
