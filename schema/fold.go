package schema

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
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

// Fold is the key names and text are compared by: compatibility forms
// made canonical (Unicode NFKC: full-width "ＳＫＴ" is "SKT", "ﬁ" is "fi"),
// case folded (Unicode full case folding: "ß" is "ss"), diacritics removed
// from Latin, Greek and Cyrillic letters ("é", "ø", "ş", "ự", "ά" lose
// their marks; a kana's voicing mark is kept), the Latin
// ligatures æ, œ and þ spelt out, typographic apostrophes and dashes made
// ASCII, and runs of white space made one space. Plain ASCII takes a fast
// path with the same result.
func Fold(s string) string {
	if isASCII(s) {
		return strings.Join(strings.Fields(strings.ToLower(s)), " ")
	}
	s = norm.NFKC.String(s)
	// Casers and transformers keep state: each call makes its own.
	s = cases.Fold().String(s)
	s = FoldAccents(s)
	s = norm.NFC.String(stripMarks(norm.NFD.String(s)))
	s = ligatures.Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

// stripMarks drops the combining marks (Unicode Mn) that follow a Latin,
// Greek or Cyrillic letter in decomposed text: there they are accents. In
// other scripts they may make another letter (the voicing mark of Japanese
// kana: バ is not ハ), so they are kept.
func stripMarks(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	accented := false
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) {
			if accented {
				continue
			}
		} else {
			accented = unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// ligatures are letters that no decomposition splits.
var ligatures = strings.NewReplacer("æ", "ae", "œ", "oe", "þ", "th", "ð", "d")

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
