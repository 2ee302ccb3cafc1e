package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// famJoinsIn: "A joins B, C and D in the alliance", "A joins B and C in the
// group's working group": the companies A joins are members of the group
// the "in" phrase names, and A now is one too.
func (x *extractor) famJoinsIn(c *clauses, v int) {
	u := c.us[v]
	if u.Lemma != "join" || u.Passive || u.Neg || v+3 >= len(c.us) || c.us[v+1].Kind != 'E' || c.ents[c.us[v+1].ent].poss ||
		c.us[v+2].Kind != 'P' || c.us[v+2].Lemma != "in" || c.isPerson(x, v+1) {
		return
	}
	alli, ok := x.groupOfIn(c, v+3)
	if !ok {
		return
	}
	subj := c.subject(v)
	if subj < 0 && x.frontedJoiningIn(c, v) {
		// "Joining A and B in X are C and D": A and B are members, and the
		// frame reads C and D after the copula (member_joining_fronted.go)
		x.rule = "members.joins-in"
		for _, a := range c.args(x, v+1) {
			x.emitFact(c.s, schema.RelMemberOf, a, alli, c.text(0, v+1), 0.7, schema.Fact{})
		}
		return
	}
	if subj < 0 || c.isPerson(x, subj) {
		return
	}
	x.rule = "members.joins-in"
	mt := c.modText(subj, v)
	for _, a := range append(c.args(x, subj), c.args(x, v+1)...) {
		x.emitFact(c.s, schema.RelMemberOf, a, alli, mt, 0.7, schema.Fact{})
	}
}

// groupOfIn is the alliance an "in" phrase from unit k names: "the
// AI-RAN Alliance", "the alliance's working group", or "the group's
// infrastructure working group" for the group under discussion.
func (x *extractor) groupOfIn(c *clauses, k int) (arg, bool) {
	for k < len(c.us) && c.us[k].Kind == 'M' {
		k++
	}
	if k >= len(c.us) {
		return arg{}, false
	}
	switch u := c.us[k]; u.Kind {
	case 'E':
		as := c.args(x, k)
		if len(as) == 1 && x.resolve(as[0], allianceTypes) != "" {
			return as[0], true
		}
	case 'N':
		w := strings.Fields(u.words)
		if len(w) > 2 && w[0] == "the" && strings.HasSuffix(w[1], "'s") && groupHeads[strings.TrimSuffix(w[1], "'s")] && x.curAlli != "" {
			return arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}, true
		}
	}
	return arg{}, false
}
