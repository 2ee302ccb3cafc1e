package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/telcograph/telcograph/schema"
)

// Token is one word of a text: where it is (byte offsets into the text)
// and its folded form, the term it is indexed under.
type Token struct {
	Start, End int
	Term       string
}

// isWordRune says which runes make words: letters, digits, marks within a
// word, and "&" (AT&T, e&).
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '&'
}

// Tokens splits s into words and folds each with schema.Fold (NFKC, case
// folding, diacritics): "ＳＫＴ" is the term "skt", "AI-RAN" the terms "ai"
// and "ran". A word that folds into several (a compatibility character that
// expands) gives one token per part, all at the word's offsets. Words of
// "&" alone are not tokens.
func Tokens(s string) []Token {
	var out []Token
	add := func(start, end int) {
		w := s[start:end]
		if strings.Trim(w, "&") == "" {
			return
		}
		if ascii(w) { // the common case: lower case is the whole fold
			out = append(out, Token{Start: start, End: end, Term: strings.ToLower(w)})
			return
		}
		f := schema.Fold(w)
		for _, part := range strings.FieldsFunc(f, func(r rune) bool { return !isWordRune(r) }) {
			if strings.Trim(part, "&") != "" {
				out = append(out, Token{Start: start, End: end, Term: part})
			}
		}
	}
	start := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			add(start, i)
			start = -1
		}
		i += n
	}
	if start >= 0 {
		add(start, len(s))
	}
	return out
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Terms is the folded terms of s, in order.
func Terms(s string) []string {
	ts := Tokens(s)
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Term
	}
	return out
}
