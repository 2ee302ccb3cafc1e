package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file derives the capitalised head of a company name as its short
// form (helper x13v2, issue 13): news that has written "AST SpaceMobile"
// goes on with "AST" ("Rakuten, AST's anchor investor,", "an early
// backer of AST"). The head is an all-capitals first word of three or
// more letters before a word that is no generic head; it names its
// company only once the article has used the full name, and only when no
// other entity has the same head or form.

// capsHead is the all-capitals head of company e's name, or "".
func capsHead(e schema.Entity) string {
	if e.Type != schema.TypeCompany {
		return ""
	}
	ws := strings.Fields(e.Name)
	if len(ws) != 2 {
		return ""
	}
	h := ws[0]
	if len(h) < 3 || len(h) > 5 || strings.ToUpper(h) != h || strings.ToLower(h) == h {
		return "" // "AT&T"-like symbols and lower-case words are no head
	}
	for _, r := range h {
		if r < 'A' || r > 'Z' {
			return ""
		}
	}
	k := wordKey(h)
	if countryWords[k] || chunkStop[k] || genericHeads[k] || genericHeads[wordKey(ws[1])] {
		return "" // "NTT Docomo"-like group names stay with the rules for them; "ABC Networks" is shortForms'
	}
	return h
}

// addCapsHeads adds each head that one company alone has and that names
// nothing else, as a weak cased form usable after the full name.
func (lx *lexicon) addCapsHeads(heads map[string][]string) {
	for h, slugs := range heads {
		if len(slugs) != 1 || lx.hasForm(strings.ToLower(h)) {
			continue
		}
		lx.addEntry(&lexEntry{toks: []string{strings.ToLower(h)}, orig: []string{h}, slugs: slugs, cased: true, weak: true, afterFull: true})
	}
}

// hasForm reports whether some entry is the one word w.
func (lx *lexicon) hasForm(w string) bool {
	for _, e := range lx.first[w] {
		if len(e.toks) == 1 {
			return true
		}
	}
	return false
}
