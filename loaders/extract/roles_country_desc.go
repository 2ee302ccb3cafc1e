package extract

import (
	"regexp"
	"strings"
)

// A title's organisation may follow a description that holds a country
// ("left to become chief executive of the Luxembourg satellite operator
// SES": round 44, dev28). The pairwise title reading takes the country for
// the next entity and the description for the gap; the country is dropped
// from the pairs, and the description after "of the" is read as "of".

// countryInDescription reports whether unit i is a country inside a
// description before an organisation's name: "the" before it, one to
// three lower-case nouns after it, then the name.
func (c *clauses) countryInDescription(i int) bool {
	if !c.isCountry(i) || i == 0 || c.ents[c.us[i].ent].poss {
		return false
	}
	if p := strings.Fields(c.us[i-1].words); len(p) == 0 || p[len(p)-1] != "the" {
		return false
	}
	j := i + 1
	for j < len(c.us) && j <= i+3 && (c.us[j].Kind == 'N' || c.us[j].Kind == 'M') {
		j++
	}
	return j > i+1 && j < len(c.us) && c.us[j].Kind == 'E' && !c.isCountry(j) && !c.isPunct(j-1, ",")
}

// ofDescriptionRE is a description after "of the" that ends the gap
// before an organisation's name; group 1 is its head noun.
var ofDescriptionRE = regexp.MustCompile(` of the (?:[a-z][a-z-]* ){0,3}([a-z][a-z-]*) $`)

// ofDescriptionGap reads "... of the luxembourg satellite operator " as
// "... of " when the description's head is a company noun.
func ofDescriptionGap(gap string) string {
	m := ofDescriptionRE.FindStringSubmatchIndex(gap)
	if m == nil || !companyNouns[gap[m[2]:m[3]]] {
		return gap
	}
	return gap[:m[0]] + " of "
}
