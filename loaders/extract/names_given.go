package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Given names of a family (issue 13, dev3: "Ambani, 68, also said ... His
// eldest son Akash, who chairs Reliance Jio Infocomm"). News calls a
// person by the surname alone, except where the surname is shared: then
// it tells relatives apart by their given names. So once an article names
// a person in full, every register person with that surname whom at least
// one other register person shares it with may be called by the given
// name alone, if that given name is no other register person's, the
// lexicon knows no single word of it, and it is no ordinary word. A
// surname that is no one else's keeps the house rule that a two-word
// western name is called by its surname only (TestFamilyNameFirst).

// familyGivenNames defines the given names of the register people who
// share the surname of the full name w.
func (x *extractor) familyGivenNames(w []string) {
	if len(w) < 2 {
		return
	}
	x.lx.buildPeople()
	kin := x.lx.bySurname[wordKey(w[len(w)-1])]

	if len(kin) < 2 {
		return
	}
	for _, slug := range kin {
		ws := strings.Fields(x.lx.ents[slug].Name)
		first := ws[0]
		k := wordKey(first)
		if len(first) < 3 || strings.ContainsAny(first, "-.'’") || chunkStop[k] || commonOpener(k) || x.lx.byGiven[k] != 1 {
			continue
		}
		if singleWordEntry(x.lx, k) {
			continue // the word names something already, or is defined
		}
		x.lx.define(first, slug)
	}
}

// buildPeople indexes the register's two- and three-word person names by
// surname and counts their given names, once per article.
func (lx *lexicon) buildPeople() {
	if lx.bySurname != nil {
		return
	}
	lx.bySurname, lx.byGiven = map[string][]string{}, map[string]int{}
	for slug, e := range lx.ents {
		if e.Type != schema.TypePerson {
			continue
		}
		ws := strings.Fields(e.Name)
		if len(ws) < 2 || len(ws) > 3 {
			continue
		}
		last := wordKey(ws[len(ws)-1])
		lx.bySurname[last] = append(lx.bySurname[last], slug)
		lx.byGiven[wordKey(ws[0])]++
	}
}

// singleWordEntry reports whether the lexicon knows the word k by itself.
func singleWordEntry(lx *lexicon, k string) bool {
	for _, e := range lx.first[k] {
		if len(e.toks) == 1 {
			return true
		}
	}
	return false
}
