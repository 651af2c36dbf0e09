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
	folded, _ := FoldIndexed(s)
	return folded
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

func foldRune(b *strings.Builder, r rune) {
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
