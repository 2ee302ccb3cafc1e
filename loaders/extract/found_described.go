package extract

import "strings"

// A company's founding told by a participle that describes a description
// opening the sentence (helper z19coref, issue 13): "The Paris-based
// start-up, founded in April 2023 by three researchers, counts ...", "The
// company, set up in 2019, employs ...". News names a company once and
// then describes it; the description at the head of the sentence is its
// subject, resolved like any other. Near misses: a pronoun ("It, founded
// in 2019," is no apposition), a description later in the sentence ("...
// sold to the start-up, founded in 2019,": whose founding the participle
// tells is less sure there), a possessive ("The company's unit, set up in
// 2019,") and a description resolved to anything but a company.

// foundedDescribed is the company the description at unit u names when u
// opens the sentence, or the zero arg.
func (x *extractor) foundedDescribed(c *clauses, u int) (arg, bool) {
	if u < 0 || u >= len(c.us) || u != c.skipBullet(0) || c.us[u].Kind != 'E' || c.ents[c.us[u].ent].poss {
		return arg{}, false
	}
	as := c.args(x, u)
	if len(as) != 1 || as[0].slug == "" || as[0].m == nil || !as[0].m.Coref || as[0].m.Group != nil {
		return arg{}, false
	}
	if w := strings.ToLower(as[0].text); !strings.HasPrefix(w, "the ") {
		return arg{}, false // "It", "Its", "We": no description
	}
	if x.resolve(as[0], companyOnly) == "" {
		return arg{}, false
	}
	return as[0], true
}
