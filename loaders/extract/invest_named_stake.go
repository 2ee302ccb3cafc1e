package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// A stake named by its company as a noun modifier (issue 13, round 30,
// from dev17): "it still holds the Anthropic stake it bought for $100
// million", "Acme bought the Granite stake in 2023", "holds a 10% Granite
// stake". The subject of a verb of holding or buying, a company, invested
// in the company that modifies "stake". A stake sold or cut states no
// investment (docs/design.md); a person as the subject is no investor
// here.

// namedStakeVerbs hold or take a stake.
var namedStakeVerbs = map[string]bool{"hold": true, "buy": true, "take": true, "keep": true, "acquire": true, "own": true, "retain": true}

// famNamedStake reads the shape on one sentence.
func (x *extractor) famNamedStake(c *clauses) {
	for v := 1; v+2 < len(c.us); v++ {
		u := c.us[v]
		if u.Kind != 'V' || !namedStakeVerbs[u.Lemma] || u.Passive || u.Neg {
			continue
		}
		y := v + 1
		if c.us[y].Kind == 'M' || c.us[y].Kind == 'N' {
			if w := c.us[y].words; !determinerWords[w] && w != "a" && !strings.HasSuffix(w, "%") {
				continue
			}
			y++
		}
		if y+1 >= len(c.us) || c.us[y].Kind != 'E' || c.ents[c.us[y].ent].poss || c.isPerson(x, y) || c.isCountry(y) {
			continue
		}
		if n := c.us[y+1]; n.Kind != 'M' && n.Kind != 'N' || n.Lemma != "stake" {
			continue
		}
		s := c.subject(v)
		if s < 0 || c.us[s].Kind != 'E' || c.isPerson(x, s) || c.ents[c.us[s].ent].poss {
			continue
		}
		ys := c.args(x, y)
		if len(ys) != 1 || x.typeOf(x.resolve(ys[0], companyTypes)) != schema.TypeCompany {
			continue
		}
		x.rule = "invest.named-stake"
		for _, a := range c.args(x, s) {
			x.emitFact(c.s, schema.RelInvestedIn, a, ys[0], c.modText(s, v), 0.7, schema.Fact{Amount: amountRE.FindString(c.text(v, min(y+4, len(c.us)-1)))})
		}
	}
}
