package extract

import "github.com/telcograph/telcograph/schema"

// The company a succeeded person ran, when a description names it (issue
// 13, round 22, the roles7 drill): in "He replaced Mike Sievert, who led
// the carrier for five years" or "Hong replaced Hwang, who had run the
// operator for three years", the description is the company whose title
// the successor took, not whichever company the description would fit on
// its own (the successor's former employer, a rival named a sentence
// before). chairRelative and runRelative (chairs.go, roles_run.go) ask
// successorsCompany for the owner: when the
// relative hangs on the object of a verb of succession whose subject the
// article has given one current title of the same relation, that title's
// company owns the post; a name in the relative ("who had run Acme since
// 2012") is kept as written, and with no title known the description
// stands.

// successorsCompany returns the owner of rel for person unit p, the
// antecedent of a "who ran X" relative whose object resolved to org.
func (x *extractor) successorsCompany(c *clauses, p int, rel schema.Relation, org arg) arg {
	if org.m == nil || !org.m.Coref {
		return org // a name states its own company
	}
	for v := p - 1; v >= 0; v-- {
		u := c.us[v]
		if u.Kind != 'V' {
			continue
		}
		if !successionLemmas[u.Lemma] || u.Passive || u.Neg || c.object(v) != p {
			return org // the nearest verb before the name is no succession of it
		}
		s := c.person(x, c.subject(v))
		if s < 0 {
			return org
		}
		sa := c.args(x, s)
		if len(sa) != 1 || sa[0].slug == "" {
			return org
		}
		var held []heldTitle
		for _, h := range x.heldTitles(sa[0].slug, func(f schema.Fact) bool { return f.Modality == "" }) {
			if h.rel == rel {
				held = append(held, h)
			}
		}
		if len(held) != 1 || held[0].org.ID == org.slug {
			return org
		}
		return arg{slug: held[0].org.ID, text: "(" + x.nameOf(held[0].org.ID) + ")"}
	}
	return org
}
