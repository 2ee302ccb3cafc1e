package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Co-owners in the active voice (round 40, dev25): "A still owns the fibre
// group Y together with the pension fund B", "A and B own Y". The passive
// with owners in the plural ("Y is owned by A and B") already states a stake
// for each (famOwnedBy): owners in the plural hold stakes, where one owner
// may have bought Y outright (a bare "A owns Y" stays unread). A joint
// venture's owners are its partners, the venture rules' fact, and so is a
// company the sentence calls a venture.

// famCoOwners reads the shapes above.
func (x *extractor) famCoOwners(c *clauses) {
	for v, u := range c.us {
		if u.Kind != 'V' || u.Lemma != "own" || u.Passive || u.Neg || strings.Contains(u.words, "jointly") || v > 0 && c.us[v-1].words == "jointly" {
			continue // "A and B jointly own Y": a joint venture's partners (venture_jointly.go)
		}
		subj := c.subject(v)
		if subj < 0 || c.us[subj].Kind != 'E' || c.ents[c.us[subj].ent].poss || c.isPerson(x, subj) {
			continue
		}
		obj := c.skipDescriptors(v + 1)
		if obj >= len(c.us) || c.us[obj].Kind != 'E' || c.ents[c.us[obj].ent].poss || c.isCountry(obj) || obj+1 < len(c.us) && c.us[obj+1].Kind == 'N' {
			continue // "owns Y's network", "owns Y shares"
		}
		owned := c.args(x, obj)
		if len(owned) != 1 || owned[0].m == nil || owned[0].m.Coref || x.typeOf(owned[0].slug) == schema.TypeJointVenture || ventureTextRE.MatchString(c.s.text) {
			continue
		}
		owners := append(c.args(x, subj), c.coInvestors(x, obj)...) // "together with B" (invest.go)
		if len(owners) < 2 || x.ownsItself(owners, owned) {
			continue
		}
		x.rule = "invest.co-owners"
		x.investEach(c, owners, owned, c.modText(subj, v), 0.7)
	}
}
