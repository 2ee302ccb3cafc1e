package extract

import (
	"regexp"
	"strings"
)

// Partners named after a contact clause whose "with" is stranded (helper
// z17part, issue 13, from dev's misses): "Nvidia named the cloud providers
// it is working with, several with subsidies: - A - B - C", "The
// companies Acme works with include A, B and C". The clause "(that) X is
// working with" on a plural noun of companies leaves its with-phrase empty;
// the parties the noun stands for follow after a colon (a list or bullet
// rows) or as the object of "include"/"are". Each is X's partner, X being
// the clause's subject, named or a resolved "it". The noun must be one of
// companies or partners: "the customers it works with" and "the suppliers
// it works with" are customers and suppliers (hard negatives), and a
// planned, negated or passive working is none.

// strandedPartyNouns head a noun of parties a contact clause may name.
var strandedPartyNouns = map[string]bool{
	"partner": true, "company": true, "firm": true, "provider": true, "operator": true, "carrier": true, "group": true,
	"startup": true, "start-up": true, "organisation": true, "organization": true, "player": true, "lab": true, "university": true,
}

// famStrandedWith reads the shape above.
func (x *extractor) famStrandedWith(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || !partnerVerbs[u.Lemma] || v < 2 || v+1 >= len(c.us) {
			continue
		}
		if w := c.us[v+1]; w.Kind != 'P' || w.Lemma != "with" || v+2 < len(c.us) && c.us[v+2].Kind == 'E' {
			continue // "works with B": the with-phrase is not stranded
		}
		s := v - 1
		if c.us[s].Kind != 'E' || c.ents[c.us[s].ent].poss || c.isPerson(x, s) || len(c.args(x, s)) != 1 {
			continue
		}
		n := s - 1
		if c.relative(n) && c.us[n].words == "that" {
			n--
		}
		if n < 0 || c.us[n].Kind != 'N' && c.us[n].Kind != 'M' || !strandedPartyNouns[c.us[n].Lemma] || !strings.HasSuffix(c.us[n].words, "s") {
			continue
		}
		b := c.strandedParties(v + 2)
		if b < 0 || c.isPerson(x, b) || c.ents[c.us[b].ent].poss {
			continue
		}
		x.rule = "partner.stranded-with"
		x.partnerPairs(c, c.args(x, s), c.args(x, b), c.modText(s, v), 0.65)
	}
}

// strandedParties is the entity unit after a colon, or after "include" or
// "are", from unit k to the end of the clause, or -1.
func (c *clauses) strandedParties(k int) int {
	for j := k; j+1 < len(c.us); j++ {
		if c.boundary(j) {
			return -1
		}
		u := c.us[j]
		if c.isPunct(j, ":") || u.Kind == 'V' && (u.Lemma == "include" || u.Lemma == "be") && !u.Neg {
			if c.us[j+1].Kind == 'E' {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// strandedVerbRE finds a verb right after "with" in the flat "X partnered
// with A" rule (relations.go), which takes one lower-case word before the
// partner ("with chipmaker A"): "the customers A works with include B"
// has no with-party, and B is no partner.
var strandedVerbRE = regexp.MustCompile(`\bwith (?:include|includes|included|are|were|is|was)\b`)
