package extract

import (
	"regexp"
	"strings"
)

// This file finds the partnership noun a verb takes when its noun phrase
// is split (issue 13, round 30, from dev17): "had signed a $10 billion
// partnership with B" (a currency sign cuts the phrase in three units;
// invest_priced.go) and "announced a capital and business alliance with
// B", "a technology and commercial agreement with B" (two nouns
// coordinated, the last of them the partnership's).

// partnershipNounAt is the unit of the partnership noun that opens at unit
// n, or -1.
func (c *clauses) partnershipNounAt(n int) int {
	n = c.pricedNoun(n)
	if n >= len(c.us) || c.us[n].Kind != 'N' || c.us[n].hasMod("no") {
		return -1 // "have signed no commercial agreement" (round 43, dev27)
	}
	if partnershipNouns[c.us[n].Lemma] {
		return n
	}
	if n+2 < len(c.us) && c.us[n+1].Kind == 'O' && c.us[n+1].words == "and" && c.us[n+2].Kind == 'N' && partnershipNouns[c.us[n+2].Lemma] &&
		!determinerWords[strings.SplitN(c.us[n+2].words, " ", 2)[0]] {
		return n + 2 // "a capital and business alliance", not "a deal and a partnership"
	}
	return -1
}

// pactWithNamed reports whether the partnership a regex rule matched as
// match (on s.sk) is followed by "with" and a name: the subjects are
// partners of that name, read by famPartner, not of each other ("KDDI and
// its holding company announced a capital and business alliance with
// ELYZA").
func pactWithNamed(s *sent, match string) bool {
	i := strings.Index(s.sk, match)
	return i >= 0 && pactWithRE.MatchString(s.sk[i+len(match):])
}

// pactWithRE is "with" and a name or a list of names.
var pactWithRE = regexp.MustCompile(`^ with (?:[a-z]+ )?<[CL]\d+>(?:[^']|$)`)

// coordinatedPact is the partner unit of a second partnership noun the
// verb takes after the one whose partner is unit at: "had signed a $10
// billion partnership with AMD for AI data centres and an AI Zone
// agreement with Amazon Web Services" (dev17). It stops at a verb (a
// clause of its own: "and lined up Nvidia chips") or a clause boundary;
// -1 when there is none.
func (c *clauses) coordinatedPact(at int) int {
	for k := at + 1; k+1 < len(c.us) && !c.boundary(k); k++ {
		if c.us[k].Kind == 'V' {
			return -1
		}
		if c.us[k].Kind != 'O' || c.us[k].words != "and" {
			continue
		}
		n := k + 1
		if n+2 < len(c.us) && c.us[n].Kind == 'M' && determinerWords[strings.SplitN(c.us[n].words, " ", 2)[0]] && c.us[n+1].Kind == 'E' && !c.ents[c.us[n+1].ent].poss {
			n += 2 // "an AI Zone agreement": a name inside the noun phrase
		}
		pn := c.partnershipNounAt(n)
		if pn < 0 {
			continue
		}
		if pn+2 < len(c.us) && c.us[pn+1].Kind == 'P' && c.us[pn+1].Lemma == "with" && c.us[pn+2].Kind == 'E' {
			return pn + 2
		}
		return -1
	}
	return -1
}
