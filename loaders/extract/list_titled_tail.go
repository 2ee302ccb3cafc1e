package extract

import "strings"

// A list whose last name is a person's employer told as a title before
// the person (round 33, dev20): "Its backers include Nvidia and Amazon
// founder Jeff Bezos" lists Nvidia and Jeff Bezos; Amazon only says who
// the person is. Lists join organisations only (rules.go prepare), so
// the person is left outside the list unit, right after the title.

// titledTail returns the arguments of list unit l with its last item
// replaced by the person a title after it introduces, and true; or the
// list's own arguments and false.
func (c *clauses) titledTail(x *extractor, l int) ([]arg, bool) {
	as := c.args(x, l)
	p := l + 2
	if l < 0 || p >= len(c.us) || len(c.ents[c.us[l].ent].ms) < 2 || c.ents[c.us[l].ent].poss {
		return as, false
	}
	t := c.us[l+1]
	if t.Kind != 'M' && t.Kind != 'N' || c.us[p].Kind != 'E' || !c.isPerson(x, p) {
		return as, false
	}
	for _, w := range strings.Fields(t.words) {
		if !titleWord[w] || w == "and" || w == "&" || w == "the" || w == "its" || w == "their" {
			return as, false
		}
	}
	ms := c.ents[c.us[l].ent].ms
	last := x.argOf(c.s, ms[len(ms)-1])
	out := as[:len(as)-len(last)]
	return append(out, c.args(x, p)...), true
}
