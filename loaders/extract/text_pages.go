package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// Text copied from a PDF carries the page's running furniture between two
// lines of one paragraph: a footer ("Page 3 of 5", "- 3 -", "3/5") and,
// on the next page, a header that repeats the headline. Read as a blank
// line it cut every sentence that crossed a page in two (the pdf layout
// of testdata/blind/layout.py: tune 1654 -> 1628 facts found, dev 339 ->
// 329). readLines drops such a block and, when the line before it was
// filled by the wrapping, joins the lines on either side as it joins any
// soft-wrapped line.

// pageNumberRE is a page number on a line of its own.
var pageNumberRE = regexp.MustCompile(`^\s*(?:(?i:page)\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*(?:/|of)\s*\d{1,4})\s*$`)

// pageBreak reports whether raw[j:] opens with a page's furniture: blank
// lines, a page number and repeats of the headline, with one page number
// at least; end is the index of the first line after it.
func pageBreak(raw []string, j int, headline string) (end int, ok bool) {
	for end = j; end < len(raw); end++ {
		t := strings.TrimSpace(raw[end])
		switch {
		case t == "":
		case pageNumberRE.MatchString(t):
			ok = true
		case t == headline && headline != "":
		default:
			return end, ok
		}
	}
	return end, ok
}

// firstLine is the first line of raw with text, trimmed: an article's
// headline, which a PDF repeats over every page.
func firstLine(raw []string) string {
	for _, l := range raw {
		if t := strings.TrimSpace(l); t != "" {
			return t
		}
	}
	return ""
}

// PDF typesetting breaks a long word at a line's end with a hyphen
// ("collabo-\nration"), which hyphenBreak cannot tell from a compound
// broken after its own hyphen ("long-\nterm", "Nokia-\nled"). The article
// itself tells them apart: a word broken so is written whole elsewhere in
// it (the pdf layout lost 23 tune facts to words read as "invest-ment").
// wordBreak reports whether the break between line and next, one that
// hyphenBreak accepts, splits such a word; words is the article's
// lower-cased words (articleWords).
func wordBreak(line, next string, words map[string]bool) bool {
	l := strings.TrimRightFunc(line, unicode.IsSpace)
	l = l[:len(l)-1] // the hyphen
	i := len(l)
	for i > 0 && l[i-1] >= 'a' && l[i-1] <= 'z' {
		i--
	}
	j := 0
	for j < len(next) && next[j] >= 'a' && next[j] <= 'z' {
		j++
	}
	if i == len(l) || j == 0 || (i > 0 && unicode.IsLetter(rune(l[i-1]))) {
		return false
	}
	return words[l[i:]+next[:j]] || (j == len(next) || !unicode.IsLetter(rune(next[j]))) && wordEnds[next[:j]]
}

// wordEnds are endings that make no word of their own, so that a line that
// opens with one after a hyphen goes on with a broken word ("manage-\nment",
// "opera-\ntions", "partner-\nship"), where a compound's second half is a
// word ("long-\nterm", "state-\nowned").
var wordEnds = map[string]bool{
	"ment": true, "ments": true, "tion": true, "tions": true, "sion": true, "sions": true,
	"ation": true, "ations": true, "ness": true, "ship": true, "ships": true, "ity": true,
	"ities": true, "ance": true, "ances": true, "ence": true, "ences": true, "ically": true,
	"ally": true, "ies": true, "ously": true, "ively": true, "ative": true, "atives": true,
}

// articleWords is the set of body's words of five letters or more written
// whole (between two characters that are not letters), lower-cased: a word
// in small letters or capitalised ("Investment" opening a sentence).
func articleWords(body string) map[string]bool {
	words := make(map[string]bool)
	for _, w := range strings.FieldsFunc(body, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 5 && strings.ToLower(w[1:]) == w[1:] {
			words[strings.ToLower(w)] = true
		}
	}
	return words
}

// indent is the number of spaces that open s. A paper's paragraphs, and
// many a PDF's, show where they begin by indenting their first line, with
// no blank line between them: a line indented deeper than the one before
// opens a paragraph, unless the one before is a list item whose wrapped
// lines hang under its text.
func indent(s string) int {
	return len(s) - len(strings.TrimLeft(s, " "))
}
