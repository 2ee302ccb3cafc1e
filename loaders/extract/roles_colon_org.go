package extract

import "strings"

// colonOrg is the owner of a title a succession after a colon leaves
// unnamed: the one organisation the sentence names before its colon
// ("Telefonica has gone through its own change at the top: P replaced Q as
// executive chairman in January", round 41, dev26), when the person at
// unit first comes after the colon. Two organisations there, or none: no
// owner.
func (c *clauses) colonOrg(x *extractor, first int) (arg, bool) {
	colon := strings.Index(c.s.text, ": ")
	if colon < 0 || first < 0 || c.us[first].Kind != 'E' || c.ents[c.us[first].ent].start < colon {
		return arg{}, false
	}
	var owner arg
	found := false
	for k, u := range c.us {
		if u.Kind != 'E' || c.ents[u.ent].end > colon || c.isPerson(x, k) || c.isCountry(k) {
			continue
		}
		as := c.args(x, k)
		if len(as) != 1 || as[0].slug == "" || found && as[0].slug != owner.slug {
			return arg{}, false
		}
		if !found || as[0].m != nil && !as[0].m.Coref {
			owner = as[0] // the name over a pronoun that stands for it
		}
		found = true
	}
	return owner, found
}
