package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (helper y14inv, issue 13) lets news shorten an investing
// firm's two-word name to its first word once the full name was given:
// "a round led by Lux Capital and Khosla Ventures ... Khosla was an early
// backer of OpenAI; Lux has invested in Hugging Face". Before, a name
// whose last word says what kind of organisation it is was never
// shortened (droppableTail), so the short forms went unlinked or, worse,
// became entities of their own. Only a firm's heads ("Capital",
// "Ventures", "Partners") are dropped, only after the full name
// (afterFull), and never where the first word is a form of another
// entity ("Deutsche Telekom Capital" is not "Deutsche Telekom") or a word
// that names no firm ("Global Ventures", "Alpha Partners" stay whole).

// firmHeads end the names of investing firms that news drops.
var firmHeads = map[string]bool{"capital": true, "ventures": true, "partners": true}

// addFirmShorts adds the first word of each two-word investing firm's name
// of reg as a weak short form, after every other form is in the lexicon.
func (lx *lexicon) addFirmShorts(reg *schema.Register) {
	for _, e := range reg.Entities() {
		ws := strings.Fields(e.Name)
		if e.Type != schema.TypeCompany || len(ws) < 2 || len(ws) > 3 || !firmHeads[wordKey(ws[len(ws)-1])] ||
			len(ws) == 3 && !firmInnerHeads[wordKey(ws[1])] {
			continue
		}
		w := wordKey(ws[0])
		if len(w) < 3 || ws[0] == strings.ToLower(ws[0]) || genericHeads[w] || orgHeads[w] || countryWords[w] || regionNames[w] ||
			chunkStop[w] || numberWords[w] > 0 || greekFirms[w] || lx.hasEntry(ws[0]) {
			continue
		}
		toks, orig := formTokens(ws[0])
		if len(toks) == 1 {
			lx.addEntry(&lexEntry{toks: toks, orig: orig, slugs: []string{e.Slug}, cased: true, weak: true, afterFull: !ventureFirmShort(ws)})
		}
	}
}

// firmInnerHeads may stand between a firm's first word and its head
// (helper z24binv): "Vista Equity Partners" is "Vista", "Lightspeed
// Venture Partners" "Lightspeed", once the full name was given.
var firmInnerHeads = map[string]bool{"venture": true, "equity": true, "capital": true} // "InfraVia Capital Partners" is "InfraVia" (round 34, dev21)

// greekFirms are first words that are common English words as well as
// firm names' openers: alone they name no firm.
var greekFirms = map[string]bool{"alpha": true, "beta": true, "omega": true, "delta": true, "first": true, "new": true, "general": true}

// ventureFirmShort reports whether a firm's name is "X Venture Partners"
// whose first word news uses alone from the start, the full name never
// given ("Index Ventures, Lightspeed and Nvidia all followed on": helper
// z25inv, writers d5 and invest5): the inner "Venture" leaves no other
// reading of the name, and X must be a name, not a word that a capital
// opening a sentence makes look like one ("Institutional Venture
// Partners" is no "Institutional").
func ventureFirmShort(ws []string) bool {
	if len(ws) != 3 || wordKey(ws[1]) != "venture" || wordKey(ws[2]) != "partners" {
		return false
	}
	p, _, _ := tagWord(token{Text: ws[0], Key: wordKey(ws[0]), Word: true, Upper: true}, true)
	return p == posPropn
}
