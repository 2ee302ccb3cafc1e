package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file lets a sentence open with a name written in lower case
// ("e&", "eWTP", "xRAN"): after a full stop that ends a word, a next word
// that starts in lower case but carries an ampersand or a capital later
// in it is a brand, not the rest of the sentence, so "... rather than by
// its chief executive. e& sent its group CEO, and Singtel its group
// chief" are two sentences and the second's "its" is read on its own.
// An abbreviation ("etc.", "Corp.") still decides by endsSentence.

// lowerBrandOpener reports whether after opens with such a name and
// before ends in a word of at least two letters.
func lowerBrandOpener(before, after string) bool {
	w := after
	if k := strings.IndexFunc(w, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '\'' || r == '’' }); k >= 0 {
		w = w[:k]
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 || !unicode.IsLower(r) || len(w) < 2 {
		return false
	}
	if !strings.ContainsFunc(w[n:], func(r rune) bool { return r == '&' || unicode.IsUpper(r) }) {
		return false
	}
	b := strings.TrimRight(before, "\"'”’)]")
	k := len(b)
	for k > 0 {
		r, w := utf8.DecodeLastRuneInString(b[:k])
		if !unicode.IsLetter(r) {
			break
		}
		k -= w
	}
	return len(b)-k >= 2
}
