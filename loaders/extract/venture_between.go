package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// This file reads joint ventures and their funders told around the
// venture (issue 13, helper x13o): parties in apposition after "between"
// ("a joint venture between A, France's largest operator, and IT group
// B") and funders as the subject of a copula ("The equity funders of the
// joint venture are A, B and C": each invested in the venture, and they
// are its partners).

// betweenParties are the parties named from unit k after "between": the
// list there, or a name, its apposition between commas, "and", describing
// words and a second name.
func (c *clauses) betweenParties(x *extractor, k int) []arg {
	as := c.args(x, k)
	if len(as) != 1 || !c.isPunct(k+1, ",") {
		return as
	}
	// the apposition: a description, or a name's country and a noun
	// ("France's largest operator"), with no verb, up to the next comma
	j := k + 2
	for ; j < len(c.us) && j <= k+5 && !c.isPunct(j, ","); j++ {
		switch u := c.us[j]; {
		case u.Kind == 'N' || u.Kind == 'M' || u.Kind == 'O' && (u.tag == posAdj || u.tag == posAdv):
		case u.Kind == 'E' && (c.isCountry(j) || c.us[j-1].Kind == 'M' && j+1 < len(c.us) && c.us[j+1].Kind == 'N'):
			// "France's largest operator", "the Dallas investment firm"
		case u.Kind == 'E':
			if a2 := c.args(x, j); len(a2) != 1 || a2[0].m == nil || !a2[0].m.Coref {
				return as // a list cut by commas, not an apposition
			}
		default:
			return as
		}
	}
	if j == k+2 || !c.isPunct(j, ",") || !c.isPunct(j+1, "and") {
		return as
	}
	b := c.skipDescriptors(j + 2)
	if b >= len(c.us) || c.us[b].Kind != 'E' || c.isCountry(b) {
		return as
	}
	bs := c.args(x, b)
	if len(bs) != 1 {
		return as
	}
	return append(as, bs...)
}

// famVentureFunders: "The equity funders of the joint venture are A, B
// and C", "The founding shareholders of the venture are A and B".
func (x *extractor) famVentureFunders(c *clauses) {
	for k := 0; k+4 < len(c.us); k++ {
		n := c.us[k]
		if n.Kind != 'N' || !investorNouns[n.Lemma] || n.Lemma == "owner" && !strings.Contains(n.words, "founding") ||
			strings.Contains(n.words, "potential") || strings.Contains(n.words, "former") {
			continue
		}
		if c.us[k+1].Kind != 'P' || c.us[k+1].Lemma != "of" || c.us[k+2].Kind != 'N' || !ventureRefRE.MatchString(c.us[k+2].words) {
			continue
		}
		v := k + 3
		if c.us[v].Kind != 'V' || c.us[v].Lemma != "be" || c.us[v].Neg || c.us[v+1].Kind != 'E' {
			continue
		}
		venture, ok := x.ventureHere(c)
		if !ok {
			continue
		}
		mt := c.text(0, v)
		x.rule = "venture.funders"
		for _, a := range c.args(x, v+1) {
			if x.resolve(a, companyTypes) != x.resolve(venture, companyTypes) {
				x.emitFact(c.s, schema.RelInvestedIn, a, venture, mt, 0.7, schema.Fact{})
			}
		}
		x.venturePartners(c.s, venture, mt)
	}
}
