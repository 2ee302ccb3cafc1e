package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Registered names the lexicon could not match in text although the
// article wrote them exactly (issue 13, z17link):
//
//   - a name that opens with a number ("1789 Capital", "1&1"): a number
//     has no case, so the rule that a name's first word be capitalised
//     ("son" is not "Son") turned every such name away. A number opens the
//     name when the name goes on with a capitalised word, or when the
//     number is a word of its own with a symbol in it ("1&1"); a bare
//     number ("2025") never names anyone.
//   - a name with a symbol inside a word ("ON*NET Fibra de Peru"): the
//     tokenizer splits the word at the symbol and the register's form
//     dropped the symbol, so the two token runs never met. A symbol
//     written tight between two words is kept in the form, as a tight
//     hyphen already was.

// innerSymbol reports whether ts[i] is a symbol written tight between two
// words of a name ("*" in "ON*NET"), which the form keeps so that it
// meets the text's tokens. Sentence punctuation and brackets are not.
func innerSymbol(ts []token, i int) bool {
	t := ts[i]
	if t.Word || i == 0 || i+1 >= len(ts) || ts[i-1].End != t.Start || ts[i+1].Start != t.End || !ts[i-1].Word || !ts[i+1].Word {
		return false
	}
	return !strings.ContainsAny(t.Text, ".,;:!?()[]{}\"'’‘“”")
}

// digitLed reports whether the entry e, matched at toks[i], is a name
// that opens with a number and may stand where a capitalised word is
// required: "1789 Capital" (a capitalised word follows) or "1&1" (the
// number is a word with a symbol), never a bare number.
func digitLed(toks []token, i int, e *lexEntry) bool {
	r, _ := utf8.DecodeRuneInString(toks[i].Text)
	if !unicode.IsDigit(r) {
		return false
	}
	if len(e.toks) > 1 {
		return toks[i+1].Upper
	}
	return strings.IndexFunc(toks[i].Text, func(r rune) bool { return !unicode.IsDigit(r) }) >= 0
}
