package extract

import (
	"strings"
	"unicode"

	"github.com/telcograph/telcograph/schema"
)

// This file (round 42, issue 13's "short forms of multi-word names") lets
// news shorten a company's name whose words after the first are only
// short capitals and generic heads to its first word, once the full name
// was given: "Alphawave IP Group ... Alphawave was co-founded in 2017 by
// P, who is still its chief executive" (dev26). The older cuts
// (lexicon_firm_short.go, lexicon_industry_short.go) take a first word
// only before a listed head ("Capital", "Silicon"). Guards: the first word
// is no other registered entity's first word ("Bharti" of Bharti Airtel
// and Bharti Enterprises names neither), and no word after it is a
// country or region. Measured and refused: the first word of any name of
// two to four words ("Singtel Innov8", "Facebook Overseas": a unit's name
// opens with its parent's brand, which the register may not hold; dev24,
// unread, 2 right facts fewer and 3 wrong more).

// addFirstWordShorts adds the first word of each company name of reg as a
// weak short form that waits for the full name, where no other form of
// that spelling exists.
func (lx *lexicon) addFirstWordShorts(reg *schema.Register) {
	firsts := make(map[string]int)
	for _, e := range reg.Entities() {
		seen := map[string]bool{}
		for _, f := range append([]string{e.Name}, e.Aliases...) {
			if ws := strings.Fields(f); len(ws) > 0 && !seen[wordKey(ws[0])] {
				seen[wordKey(ws[0])] = true
				firsts[wordKey(ws[0])]++
			}
		}
	}
	for _, e := range reg.Entities() {
		ws := strings.Fields(e.Name)
		if e.Type != schema.TypeCompany || len(ws) < 2 || len(ws) > 4 || firsts[wordKey(ws[0])] != 1 {
			continue
		}
		if !firstWordShortable(ws[0]) || lx.hasEntry(ws[0]) {
			continue
		}
		subsidiary := false
		for _, w := range ws[1:] {
			k := wordKey(strings.TrimSuffix(w, "."))
			if countryWords[k] || regionNames[k] || lx.demonym[k] {
				subsidiary = true
			}
			if !(strings.ToUpper(w) == w && len(w) <= 4) && !genericHeads[k] && !corpSuffix[k] {
				subsidiary = true
			}
		}
		if subsidiary {
			continue
		}
		toks, orig := formTokens(ws[0])
		if len(toks) == 1 {
			lx.addEntry(&lexEntry{toks: toks, orig: orig, slugs: []string{e.Slug}, cased: true, weak: true, afterFull: true})
		}
	}
}

// firstWordShortable reports whether w may stand alone for a name it
// opens: a capitalised word of four letters or more (three when all
// capitals: "IHS") that is no common word a capital could dress up.
func firstWordShortable(w string) bool {
	r := []rune(w)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	caps := strings.ToUpper(w) == w
	if len(r) < 4 && !(caps && len(r) == 3) {
		return false
	}
	k := wordKey(w)
	if commonOpeners[k] || genericHeads[k] || orgHeads[k] || allianceHeads[k] || countryWords[k] || regionNames[k] ||
		chunkStop[k] || numberWords[k] > 0 || greekFirms[k] || corpSuffix[strings.TrimSuffix(k, ".")] || firmHeads[k] || industryHeads[k] {
		return false
	}
	if _, closed := closedClass[k]; closed {
		return false
	}
	if _, _, verb := verbForm(k); verb {
		return false
	}
	return true
}
