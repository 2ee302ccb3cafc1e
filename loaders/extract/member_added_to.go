package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// Members added to a named group with their list after a colon: "A added
// 11 founding members to its X, an initiative for 6G research: B, C and
// D", "The board admitted three members into the Y: E and F". The member
// noun is followed by "to"/"into" and the group's name (after "its" or
// "the"), maybe an apposition on the group (naming no other organisation),
// then a colon and the list,
// which names the members (founding members with a founding modifier).
// The colon is what binds the list to the noun across the group's name:
// without it ("added 11 members to X in May") nothing is listed.

// famMembersAddedTo reads "N (founding) members to/into G[, desc]: list".
func (x *extractor) famMembersAddedTo(c *clauses) {
	for j, u := range c.us {
		if u.Kind != 'N' || !membershipNouns[strings.TrimSuffix(u.Lemma, "s")] || j+2 >= len(c.us) {
			continue
		}
		k := j + 1
		if c.us[k].Kind != 'P' || c.us[k].Lemma != "to" && c.us[k].Lemma != "into" {
			continue
		}
		k++
		if c.us[k].Kind == 'M' && (c.us[k].words == "its" || c.us[k].words == "the" || c.us[k].words == "their") {
			k++
		}
		if k >= len(c.us) || c.us[k].Kind != 'E' {
			continue
		}
		groups := c.args(x, k)
		if len(groups) != 1 || x.resolve(groups[0], allianceTypes) == "" {
			continue
		}
		colon := -1
		for m := k + 1; m < len(c.us) && m <= k+20; m++ {
			if c.isPunct(m, ":") {
				colon = m
				break
			}
			if c.us[m].Kind == 'E' && !c.isCountry(m) || c.boundary(m) || m == k+1 && !c.isPunct(m, ",") {
				break // another name, or no apposition on the group
			}
		}
		if colon < 0 {
			continue
		}
		e := c.skipBullet(colon + 1)
		if e >= len(c.us) || c.us[e].Kind != 'E' || c.isPerson(x, e) {
			continue
		}
		rel := schema.RelMemberOf
		if u.hasMod("founding", "co-founding", "charter", "inaugural") || strings.HasPrefix(u.Lemma, "founder") {
			rel = schema.RelFoundingMember
		}
		for _, a := range c.args(x, e) {
			x.emitFact(c.s, rel, a, groups[0], c.text(0, j), 0.7, schema.Fact{})
		}
	}
}
