package extract

import (
	"maps"
	"regexp"
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
func lowerBrandOpener(before, after string, brands map[string]bool) bool {
	w := after
	if k := strings.IndexFunc(w, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '\'' || r == '’' }); k >= 0 {
		w = w[:k]
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 || !unicode.IsLower(r) || len(w) < 2 {
		return false
	}
	if !brands[w] && !strings.ContainsFunc(w[n:], func(r rune) bool { return r == '&' || unicode.IsUpper(r) }) {
		return false // (a brand the article or register names in lower case opens a sentence too: "stc", "du"; round 43)
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

// brandIntroRE is a lower-case name the article introduces: "the operator
// known as du", "which trades as stc".
var brandIntroRE = regexp.MustCompile(`\b(?:known|trades|branded|trading) as ([a-z][a-z0-9&]+)\b`)

// lowerBrandWords are the names written in lower case that may open a
// sentence of body: the first word of a register name that starts in
// lower case ("stc Group") and a word the article introduces as a name.
func (x *extractor) lowerBrandWords(body string) map[string]bool {
	brands := x.lx.lowerFirst
	for _, m := range brandIntroRE.FindAllStringSubmatch(body, -1) {
		if chunkStop[m[1]] {
			continue
		}
		if len(brands) == len(x.lx.lowerFirst) {
			brands = maps.Clone(x.lx.lowerFirst)
			if brands == nil {
				brands = map[string]bool{}
			}
		}
		brands[m[1]] = true
	}
	return brands
}
