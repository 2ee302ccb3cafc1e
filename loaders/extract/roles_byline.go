package extract

import (
	"strings"

	"github.com/telcograph/telcograph/schema"
)

// An op-ed speaks for its writer's company (issue 13, roles3 drill): under
// a byline "By Hatem Dowidar, Group CEO, e&", the writer's "we", "our"
// and "us" outside quotations are e&, as an interviewee's are in the
// answers of an interview ("Our chairman, P, likes to say ..." gives P
// the chair of e&). Only a byline in the first sentences that gave its
// person a chief executive's or chair's title names the company.

// noteAuthor records org as the writer's company when the sentence that
// gave a title at it is an opening byline.
func (x *extractor) noteAuthor(s *sent, org string) {
	if x.sentIdx <= 2 && strings.HasPrefix(s.text, "By ") {
		x.author = org
	}
}

// famByline: "By Hatem Dowidar, Group CEO, e&" - an opening byline whose
// title stands between the writer and the company, with no "of".
func (x *extractor) famByline(c *clauses) {
	if x.sentIdx > 2 || !strings.HasPrefix(c.s.text, "By ") || len(c.us) < 6 || c.us[0].Kind != 'P' || c.us[0].Lemma != "by" {
		return
	}
	p, o := 1, 5
	if c.us[p].Kind != 'E' || !c.isPerson(x, p) || !c.isPunct(2, ",") || c.us[3].Kind != 'N' && c.us[3].Kind != 'M' || !c.isPunct(4, ",") ||
		c.us[o].Kind != 'E' || c.isPerson(x, o) || c.isCountry(o) {
		return
	}
	for j := o + 1; j < len(c.us); j++ {
		if !c.boundary(j) {
			return // more than a byline
		}
	}
	rels, past := titleRels(c.us[3].words)
	orgs := c.args(x, o)
	if len(rels) == 0 || past || len(orgs) != 1 {
		return
	}
	x.rule = "title.byline"
	for _, r := range rels {
		x.emitFact(c.s, r, c.args(x, p)[0], orgs[0], "", 0.75, schema.Fact{})
	}
}
