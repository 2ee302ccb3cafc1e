package extract

import "github.com/telcograph/telcograph/schema"

// oneOfTheFounders: "A was one of the five operators that founded X", "A
// was also one of the four operators, with B, C and D, that set up X",
// "A and B were among the companies that launched X": the subject (and
// the companies named with it) belong to the group that created X, so
// each is a founding member of X.
func (x *extractor) oneOfTheFounders(c *clauses, v int) {
	k := v + 1
	for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k++ // "was also one of"
	}
	subj := c.subject(v)
	if subj < 0 {
		return
	}
	x.oneOfFoundersAt(c, k, subj, c.modText(subj, v))
}

// oneOfFoundersAt reads "one of the N companies that founded X" (or
// "among the companies that ...") at unit k for the subject at subj.
func (x *extractor) oneOfFoundersAt(c *clauses, k, subj int, mod string) {
	switch {
	case k+1 < len(c.us) && c.us[k].Kind == 'N' && c.us[k].words == "one" && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "of":
		k += 2
	case k < len(c.us) && c.us[k].Kind == 'P' && c.us[k].Lemma == "among":
		k++
	default:
		return
	}
	if k >= len(c.us) || c.us[k].Kind != 'N' {
		return
	}
	k++
	var with []arg
	if k+3 < len(c.us) && c.isPunct(k, ",") && c.us[k+1].Kind == 'P' && c.us[k+1].Lemma == "with" && c.us[k+2].Kind == 'E' && c.isPunct(k+3, ",") {
		with = c.args(x, k+2) // ", with B, C and D,"
		k += 4
	}
	if k+1 >= len(c.us) || c.us[k].Kind != 'O' || c.us[k].Lemma != "that" && c.us[k].Lemma != "which" {
		return
	}
	fv := k + 1
	if c.us[fv].Kind != 'V' || c.us[fv].Passive || !participleFounders[c.us[fv].Lemma] { // found_participle.go
		return
	}
	o := fv + 1
	if o < len(c.us) && c.us[o].Kind == 'M' {
		o++
	}
	if o >= len(c.us) || c.us[o].Kind != 'E' {
		return
	}
	as := c.args(x, o)
	if len(as) != 1 || x.resolve(as[0], allianceTypes) == "" {
		return
	}
	with = append(with, x.foundedWith(c, fv)...) // "that formed X last year with B, C and D"
	x.rule = "members.one-of-those-that-founded"
	for _, a := range append(c.args(x, subj), with...) {
		x.emitFact(c.s, schema.RelFoundingMember, a, as[0], mod+" "+c.text(fv, fv), 0.75, schema.Fact{})
	}
}

// foundedWith are the co-founders a founding verb at v names after it:
// "which A started in 2016 together with B, C and D", "set up alongside
// B".
func (x *extractor) foundedWith(c *clauses, v int) []arg {
	for _, p := range c.pps(v + 1) {
		if (p.prep == "with" || p.prep == "alongside") && c.us[p.at].Kind == 'E' {
			return c.args(x, p.at)
		}
	}
	return nil
}
