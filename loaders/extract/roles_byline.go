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
func (x *extractor) noteAuthor(s *sent, person, org string) {
	if x.sentIdx <= 2 && strings.HasPrefix(s.text, "By ") {
		x.author = org
	}
	if person != "" && person == x.authorP && x.author == "" && x.typeOf(org) == schema.TypeCompany {
		x.author = org // "By P" ... "I have been chief executive of X" (round 25)
	}
}

// A byline that names only its writer ("By Piotr Wasilak") makes the
// writer the "I", "me" and "my" of the op-ed outside quotations; the
// company the writer then says they run ("I have been chief executive of
// X") is the op-ed's "we" (noteAuthor).

// noteBylinePerson records the writer of an opening byline of one person.
func (x *extractor) noteBylinePerson(s *sent) {
	if x.sentIdx > 2 || !strings.HasPrefix(s.text, "By ") || len(s.ms) == 0 || s.ms[0].Kind != 'P' || s.ms[0].Slug == "" {
		return
	}
	if strings.TrimSpace(s.text[len("By "):s.ms[0].Start]) != "" {
		return
	}
	x.authorP = s.ms[0].Slug
}

// writerRef resolves the op-ed writer's "I", "me" and "my" at toks[i].
func (x *extractor) writerRef(text string, toks []token, i int) (mention, bool) {
	if x.authorP == "" || inQuote(text, toks[i].Start) || toks[i].Key == "i" && toks[i].Text != "I" {
		return mention{}, false
	}
	t := toks[i]
	m := mention{Start: t.Start, End: t.End, PossEnd: t.End, Poss: t.Key == "my", Coref: true, Kind: 'P', Slug: x.authorP}
	return m, true
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
