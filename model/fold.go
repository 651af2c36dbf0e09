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
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		foldRune(&b, r)
	}
	return b.String()
}

// FoldIndexed is Fold that also returns, for every byte of the folded
// string, the index of the rune of s it came from, so that a match found in
// the folded text can be highlighted in the original.
func FoldIndexed(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	index := make([]int, 0, len(s))
	runeIndex := 0
	for _, r := range s {
		before := b.Len()
		foldRune(&b, r)
		for i := before; i < b.Len(); i++ {
			index = append(index, runeIndex)
		}
		runeIndex++
	}
	return b.String(), index
}

// latinFolds holds the folds of the Latin letters of names (U+0080 to
// U+024F), made once: decomposing a rune allocates.
var latinFolds = func() (t [0x250 - 0x80]string) {
	for i := range t {
		var b strings.Builder
		foldRuneSlow(&b, rune(0x80+i))
		t[i] = b.String()
	}
	return t
}()

func foldRune(b *strings.Builder, r rune) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
	case r < 0x250:
		b.WriteString(latinFolds[r-0x80])
	default:
		foldRuneSlow(b, r)
	}
}

func foldRuneSlow(b *strings.Builder, r rune) {
	if r < utf8.RuneSelf {
		b.WriteRune(unicode.ToLower(r))
		return
	}
	if f, ok := letterFolds[r]; ok {
		b.WriteString(f)
		return
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, d := range norm.NFD.String(string(buf[:n])) {
		if !unicode.Is(unicode.Mn, d) {
			b.WriteRune(unicode.ToLower(d))
		}
	}
}
