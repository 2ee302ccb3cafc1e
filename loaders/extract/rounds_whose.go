package extract

import "github.com/telcograph/telcograph/schema"

// A company's round told inside a relative clause on the company:
//
//	Cohere, whose US$500 million Series D round last year was led by PSP
//	Investments, continues to count Cisco among its shareholders.
//	Y, whose seed round was backed by A and B, ...
//
// The round is the antecedent's: the leaders and backers after "by"
// invested in it. No round stays open afterwards; the clause tells the
// whole of it.

// famRoundWhose reads "X, whose ROUND ... was led/backed/joined by A".
func (x *extractor) famRoundWhose(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || !u.Passive || u.Neg || u.Lemma != "lead" && u.Lemma != "co-lead" && u.Lemma != "back" && u.Lemma != "join" && u.Lemma != "fund" {
			continue
		}
		// The round noun opens the clause right after "whose".
		r := v - 1
		for r >= 0 && c.us[r].Kind != 'E' && c.us[r].Kind != 'V' && !roundNoun(c.us[r]) {
			r--
		}
		if r < 2 || !roundNoun(c.us[r]) {
			continue
		}
		w := r - 1
		for w >= 0 && (c.us[w].Kind == 'N' || c.us[w].Kind == 'M' || roundNoun(c.us[w]) || currencySign[c.us[w].words]) {
			w-- // "whose US$500 million Series D round"
		}
		if w < 1 || c.us[w].words != "whose" {
			continue
		}
		a := w - 1
		if c.isPunct(a, ",") {
			a--
		}
		if a < 0 || c.us[a].Kind != 'E' {
			continue
		}
		cos := c.args(x, a)
		if len(cos) != 1 || x.resolve(cos[0], companyTypes) == "" {
			continue
		}
		x.rule = "invest.whose-round"
		for _, p := range c.pps(v + 1) {
			if p.prep == "by" && c.us[p.at].Kind == 'E' {
				for _, b := range c.betweenParties(x, p.at) {
					x.emitFact(c.s, schema.RelInvestedIn, b, cos[0], c.modText(r, v), 0.7, schema.Fact{Date: x.dateOf(c.s)})
				}
			}
		}
	}
}

// currencySign is an amount's sign the chunker leaves out of its phrase.
var currencySign = map[string]bool{"$": true, "us": true, "u.s.": true, "€": true, "£": true, "us$": true, "¥": true}
