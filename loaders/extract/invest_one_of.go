package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file (helper y14inv, issue 13) reads an investor told in apposition
// as one of several holders: "MGX, one of OpenAI's largest shareholders,
// said ...", "Investor AB, the family's holding company and one of
// Ericsson's biggest investors". famApposBacker (invest_holders.go) read
// only a holder noun right after the possessor ("A, Y's biggest backer"),
// so "one of" left the investor unread. The possessor must be a name, the
// noun a present holder (holderWords), and the apposition must close with
// a comma or the sentence. "A, its largest shareholder," is read here too
// (famApposIts), with "its" the previous sentence's company.

// famApposOneOf: "A, one of Y's largest shareholders,", "A, the X group
// and one of Y's investors".
func (x *extractor) famApposOneOf(c *clauses) {
	for k := 2; k+3 < len(c.us); k++ {
		if c.us[k].Kind != 'N' || c.us[k].Lemma != "one" || c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "of" {
			continue
		}
		y, n, end := c.oneOfHolders(k)
		if y < 0 || c.isCountry(y) || !investorNouns[n.Lemma] || !holderWords(n.words) || n.Lemma == "funder" {
			continue
		}
		if end < len(c.us) && !c.isPunct(end, ",") && !c.boundary(end) {
			continue // "one of Y's investors in Asia", "one of Y's investors said"
		}
		comma := k - 1
		if c.isPunct(comma, "and") && comma >= 2 && c.us[comma-1].Kind == 'N' {
			// "A, the family's holding company and one of ...": back over
			// the descriptor's few words ("the", "Wallenberg", "family")
			// to its comma
			comma -= 2
			for stop := comma - 4; comma > stop && comma >= 1 && !c.isPunct(comma, ",") && c.us[comma].Kind != 'V' && c.us[comma].Kind != 'P'; comma-- {
			}
		}
		if comma < 1 || !c.isPunct(comma, ",") || c.us[comma-1].Kind != 'E' || c.ents[c.us[comma-1].ent].poss || c.isPerson(x, comma-1) || c.isCountry(comma-1) {
			continue
		}
		investors, owned := c.args(x, comma-1), c.args(x, y)
		if len(owned) != 1 || x.ownsItself(investors, owned) {
			continue
		}
		x.rule = "invest.appos-one-of"
		x.investEach(c, investors, owned, n.words, 0.7)
	}
}

// oneOfHolders reads the holders phrase after "one of" at unit k: "one
// of Y's largest shareholders" or "one of the largest shareholders in Y"
// (helper z21pinv). It returns Y, the holder noun and the unit after the
// phrase; y is -1 when the phrase is neither.
func (c *clauses) oneOfHolders(k int) (y int, n unit, end int) {
	switch {
	case c.us[k+2].Kind == 'E' && c.ents[c.us[k+2].ent].poss && c.us[k+3].Kind == 'N':
		return k + 2, c.us[k+3], k + 4
	case c.us[k+2].Kind == 'N' && k+4 < len(c.us) && c.us[k+3].Kind == 'P' && (c.us[k+3].Lemma == "in" || c.us[k+3].Lemma == "of") &&
		c.us[k+4].Kind == 'E' && !c.ents[c.us[k+4].ent].poss:
		return k + 4, c.us[k+2], k + 5
	}
	return -1, unit{}, k
}

// famApposIts: "A, its largest shareholder, declined to comment": the
// holder noun "its" opens is in apposition to the name before it, so "its"
// is the company the previous sentence was about, as after a copula
// (coref_its_investor.go), never A itself.
func (x *extractor) famApposIts(c *clauses) {
	for k := 2; k < len(c.us); k++ {
		n := c.us[k]
		if n.Kind != 'N' || !strings.HasPrefix(n.words, "its ") || !investorNouns[n.Lemma] || !holderWords(n.words) || n.Lemma == "owner" ||
			!c.isPunct(k-1, ",") || c.us[k-2].Kind != 'E' || c.ents[c.us[k-2].ent].poss || c.isPerson(x, k-2) || c.isCountry(k-2) {
			continue
		}
		if k+1 < len(c.us) && !c.isPunct(k+1, ",") && !c.boundary(k+1) {
			continue // "A, its largest shareholder in Asia"
		}
		y := x.prevSubj
		if y == "" || x.typeOf(y) != schema.TypeCompany {
			continue
		}
		investors := c.args(x, k-2)
		owned := []arg{{slug: y, text: "(" + x.nameOf(y) + ")"}}
		if x.ownsItself(investors, owned) {
			continue
		}
		x.rule = "invest.appos-its"
		x.investEach(c, investors, owned, n.words, 0.7)
	}
}
