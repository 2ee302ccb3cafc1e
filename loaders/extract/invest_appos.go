package extract

import "strings"

// This file reads an investor in apposition whose holder noun carries a
// time or an of-phrase (helper x13v2, issue 13): "A, Y's anchor investor
// since 2019," (famApposBacker takes the since-phrase) and "A, an early
// backer of Y," (famApposBackerOf).

// sinceThenComma reports whether units from k are a since-phrase that
// closes the apposition: "since 2019," or "since 2019" at the end.
func (c *clauses) sinceThenComma(k int) bool {
	if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "since" || c.us[k+1].Kind != 'N' {
		return false
	}
	return c.isPunct(k+2, ",") || c.boundary(k+2)
}

// famApposBackerOf: "A, an early backer of Y, said": an entity, a comma,
// an indefinite or definite holder noun, "of" or "in", the owned company,
// and the apposition's closing comma (or the sentence's end).
func (x *extractor) famApposBackerOf(c *clauses) {
	for n := 2; n+2 < len(c.us); n++ {
		u := c.us[n]
		comma := n - 1
		if c.us[comma].Kind == 'O' && c.us[comma].tag == posAdv && comma > 1 {
			comma-- // "A, already the largest shareholder of Y,"
		}
		if u.Kind != 'N' || !investorNouns[u.Lemma] && u.Lemma != "holder" || !holderWords(u.words) || u.Lemma == "owner" || !c.isPunct(comma, ",") || c.us[comma-1].Kind != 'E' ||
			c.ents[c.us[comma-1].ent].poss || c.isCountry(comma-1) {
			continue
		}
		if p := c.us[n+1]; p.Kind != 'P' || p.Lemma != "of" && p.Lemma != "in" {
			continue
		}
		if w := u.words; !hasPrefixAny(w, "a ", "an ", "the ", "one ", "another ") {
			continue // "A, investor of Y" is a headline fragment; "A, its backer" is famShareholder's
		}
		y := n + 2
		if y+1 < len(c.us) && (c.us[y+1].Kind == 'M' || c.us[y+1].Kind == 'N' && (c.us[y+1].Lemma == "share" || c.us[y+1].Lemma == "stock")) {
			y++ // "a holder of Y shares"
		}
		if y >= len(c.us) || !(c.isPunct(y+1, ",") || c.boundary(y+1)) {
			continue
		}
		owned, ok := x.ownedAt(c, n+2)
		if !ok {
			continue
		}
		investors := c.args(x, comma-1)
		if len(investors) != 1 || x.ownsItself(investors, owned) {
			continue
		}
		x.rule = "invest.appos-backer-of"
		x.investEach(c, investors, owned, c.text(n, n), 0.7)
	}
}

func hasPrefixAny(w string, ps ...string) bool {
	for _, p := range ps {
		if len(w) >= len(p) && w[:len(p)] == p {
			return true
		}
	}
	return false
}

// possNoun is the noun phrase unit at k, or after it when the tagger read
// the one word after a possessive as a verb: "Y's anchor investor" has a
// noun modifier, since a possessive is followed by a noun phrase.
func (c *clauses) possNoun(k int) int {
	if k+1 < len(c.us) && c.us[k].Kind == 'V' && !strings.Contains(c.us[k].words, " ") && c.us[k+1].Kind == 'N' &&
		c.us[k].End+1 == c.us[k+1].Start && !strings.HasSuffix(c.us[k].words, "ed") && !strings.HasSuffix(c.us[k].words, "s") {
		return k + 1
	}
	return k
}
