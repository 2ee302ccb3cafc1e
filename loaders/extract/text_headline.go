package extract

import (
	"strings"
	"unicode"
)

// A headline set in capitals ("SAUDI TELECOM CO BECOMES TELEFONICA'S TOP
// SHAREHOLDER", as wires, e-mail alerts and some pages print it) reads as
// a row of acronyms and unknown names: every word a name to the mention
// layer, none of them the register's. Rewritten by testdata/blind/layout.py
// (upper-headline), tune lost 21 facts and found 29 wrong ones. readLines
// reads such a headline in the case the article writes its words: a word
// the body writes (a name, an acronym, a common word in small letters) as
// the body writes it, another in small letters, the first capitalised.
// Only ASCII letters change, so every offset stays where it was.

// recaseHeadline is raw[i] read in the body's case when it is a headline
// set in capitals, else raw[i] as it is; body is raw from i on.
func recaseHeadline(raw []string, i int) string {
	line := raw[i]
	if !shouted(line) {
		if titled(line) {
			return recaseTitle(raw, i) // "A and B Partner to Build" (text_headline_title.go)
		}
		return line
	}
	cased := make(map[string]string) // a word lower-cased -> as the body writes it
	pairs := make(map[string]string) // two words lower-cased -> as the body writes them
	for _, l := range raw[i+1:] {
		ws := strings.FieldsFunc(l, notWordRune)
		for k, w := range ws {
			lw := strings.ToLower(w)
			if prev, ok := cased[lw]; !ok || (k > 0 && prev != w && w == lw) {
				// a word's form inside a sentence over the capital that
				// opens one
				cased[lw] = w
			}
			if k > 0 {
				if _, ok := pairs[strings.ToLower(ws[k-1])+" "+lw]; !ok {
					pairs[strings.ToLower(ws[k-1])+" "+lw] = ws[k-1] + " " + w
				}
			}
		}
	}
	b := []byte(line)
	type span struct{ from, to int }
	var words []span
	for j := 0; j < len(b); {
		if b[j] >= 0x80 || notWordRune(rune(b[j])) {
			j++
			continue
		}
		k := j
		for k < len(b) && b[k] < 0x80 && !notWordRune(rune(b[k])) {
			k++
		}
		words = append(words, span{j, k})
		j = k
	}
	low := func(n int) string { return strings.ToLower(string(b[words[n].from:words[n].to])) }
	pair := func(m, n int) (string, string, bool) {
		if m < 0 || n >= len(words) {
			return "", "", false
		}
		p, ok := pairs[low(m)+" "+low(n)]
		sp := strings.IndexByte(p, ' ')
		return p[:max(sp, 0)], p[sp+1:], ok
	}
	out := make([]string, len(words))
	for n := range words {
		// a name of two words or more ("Airtel Money", "Open Telco AI")
		// as the body writes it, else the word alone
		if _, w, ok := pair(n-1, n); ok {
			out[n] = w
		} else if w, _, ok := pair(n, n+1); ok {
			out[n] = w
		} else if c, ok := cased[low(n)]; ok {
			out[n] = c
		} else {
			out[n] = low(n)
		}
		if len(out[n]) != words[n].to-words[n].from {
			out[n] = low(n)
		}
	}
	for n, w := range words {
		c := out[n]
		if n == 0 && c == strings.ToLower(c) {
			c = strings.ToUpper(c[:1]) + c[1:]
		}
		copy(b[w.from:w.to], c)
	}
	return string(b)
}

// shouted reports whether line is set in capitals: no small letter, and
// three words of two letters or more at least.
func shouted(line string) bool {
	if strings.IndexFunc(line, unicode.IsLower) >= 0 {
		return false
	}
	n := 0
	for _, w := range strings.FieldsFunc(line, notWordRune) {
		if len(w) >= 2 && strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n >= 3
}

// notWordRune is a character no word of a headline holds.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}
