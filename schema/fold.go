package schema

import (
	"strings"
	"unicode"
)

// accentBase maps accented Latin letters to their base letter.
var accentBase = func() map[rune]rune {
	groups := []struct{ base, accented string }{
		{"a", "àáâãäåāăą"}, {"c", "çćĉċč"}, {"d", "ďđ"}, {"e", "èéêëēĕėęě"},
		{"g", "ĝğġģ"}, {"h", "ĥħ"}, {"i", "ìíîïĩīĭįı"}, {"j", "ĵ"}, {"k", "ķ"},
		{"l", "ĺļľŀł"}, {"n", "ñńņňŉ"}, {"o", "òóôõöøōŏő"}, {"r", "ŕŗř"},
		{"s", "śŝşšș"}, {"t", "ţťŧț"}, {"u", "ùúûüũūŭůűų"}, {"w", "ŵ"},
		{"y", "ýÿŷ"}, {"z", "źżž"},
	}
	m := make(map[rune]rune)
	for _, g := range groups {
		b := []rune(g.base)[0]
		for _, r := range g.accented {
			m[r] = b
			m[unicode.ToUpper(r)] = unicode.ToUpper(b)
		}
	}
	return m
}()

// FoldAccents replaces accented Latin letters by their base letter and
// typographic apostrophes and dashes by their ASCII forms, keeping case.
func FoldAccents(s string) string {
	return strings.Map(func(r rune) rune {
		if b, ok := accentBase[r]; ok {
			return b
		}
		switch r {
		case '’', '‘', 'ʼ':
			return '\''
		case '–', '—', '‐', '‑':
			return '-'
		}
		return r
	}, s)
}

// Fold is the key names are compared by: accents folded, lower case, runs
// of white space made one space.
func Fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(FoldAccents(s))), " ")
}
