package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (round 26, from probe set C) lets news shorten a two-word
// company name whose second word says what the company makes or sells to
// its first word, once the full name was given: "Okapi Silicon ... Okapi
// chief executive Leon Marsh", "Wendelin Telekom ... Wendelin said",
// "Hoshimi Electric ... Hoshimi". genericHeads (lexicon.go) already cut
// such names before the article gives them ("Samsung Electronics" is
// "Samsung" anywhere); the heads here are words that also begin or end
// other kinds of names, so their cut waits for the full name (afterFull),
// and the first word must itself look like a name: not a common English
// word that a capital could dress up ("Digital Cloud", "Global Telekom").

// industryHeads end company names that news drops once the name is known.
var industryHeads = map[string]bool{
	"silicon": true, "cloud": true, "compute": true, "telekom": true, "electric": true, "cable": true,
	"robotics": true, "analytics": true, "semiconductors": true, "photonics": true, "broadband": true,
	"microsystems": true, "devices": true, "automation": true, "telco": true, "fibre": true,
	"fiber": true, "energy": true, "radio": true, "movil": true, "movel": true, "mobil": true, "optical": true, "digital": true, "connect": true, "satellite": true,
	// round 33 (dev20: "Joby Aviation ... We invested $100 million in Joby")
	"aviation": true, "aerospace": true, "motors": true, "logistics": true, "biotech": true,
}

// commonOpeners are first words of names that alone name nothing.
var commonOpeners = map[string]bool{
	"deutsche": true, "global": true, "open": true, "smart": true, "digital": true, "united": true, "national": true,
	"international": true, "next": true, "future": true, "advanced": true, "applied": true, "general": true,
	"first": true, "new": true, "prime": true, "total": true, "core": true, "edge": true, "true": true, "green": true,
	"blue": true, "red": true, "bright": true, "clear": true, "direct": true, "super": true, "mega": true, "star": true,
}

// addIndustryShorts adds the first word of each two-word company name of
// reg ending in an industry head as a weak short form that waits for the
// full name.
func (lx *lexicon) addIndustryShorts(reg *schema.Register) {
	for _, e := range reg.Entities() {
		ws := strings.Fields(e.Name)
		if e.Type != schema.TypeCompany || len(ws) != 2 || !industryHeads[wordKey(ws[1])] {
			continue
		}
		w := wordKey(ws[0])
		if len([]rune(w)) < 4 || ws[0] == strings.ToLower(ws[0]) || commonOpeners[w] || genericHeads[w] || orgHeads[w] ||
			allianceHeads[w] || countryWords[w] || regionNames[w] || chunkStop[w] || numberWords[w] > 0 || greekFirms[w] || lx.hasEntry(ws[0]) {
			continue
		}
		if _, closed := closedClass[w]; closed {
			continue
		}
		if _, _, verb := verbForm(w); verb {
			continue // "Link Cloud", "Which Telco"
		}
		toks, orig := formTokens(ws[0])
		if len(toks) == 1 {
			lx.addEntry(&lexEntry{toks: toks, orig: orig, slugs: []string{e.Slug}, cased: true, weak: true, afterFull: true})
		}
	}
}
