package extract

import (
	"github.com/telcograph/telcograph/schema"
)

// A fact box's roster line "Chief executive officer: Max Taylor", "Chair
// of the board: P (interim)" (issue 13, roles3 drill) names the post at
// the organisation the box is about: the company or joint venture the
// article names most. A line with another organisation in it, or a title
// that states no relation ("Chief financial officer: P"), gives nothing.

// famTitleColon reads one roster line.
func (x *extractor) famTitleColon(c *clauses) {
	if len(c.us) < 3 || c.us[0].Kind != 'N' && c.us[0].Kind != 'M' {
		return
	}
	words, k := c.us[0].words, 1
	if k+1 < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "of" && c.us[k+1].Kind == 'N' && c.us[k+1].Lemma == "board" {
		k += 2 // "Chair of the board:"
	}
	p := k + 1
	if !c.isPunct(k, ":") || p >= len(c.us) || c.us[p].Kind != 'E' || !c.isPerson(x, p) {
		return
	}
	for j := p + 1; j < len(c.us); j++ {
		if c.us[j].Kind == 'E' && !c.isPerson(x, j) {
			return // "Chair: P (nominated by Vodafone)": whose post is unsaid
		}
	}
	rels, past := titleRels(words)
	o := x.mainOf(schema.TypeCompany, schema.TypeJointVenture)
	if len(rels) == 0 || past || o == "" {
		return
	}
	x.rule = "title.colon"
	for _, r := range rels {
		x.emitFact(c.s, r, c.args(x, p)[0], arg{slug: o, text: "(" + x.nameOf(o) + ")"}, "", 0.6, schema.Fact{})
	}
}
