package extract

import "github.com/telcograph/telcograph/schema"

// Founding relatives whose subject is "they" (issue 13, helper z20found):
// "A, B and C work in the X, which they started in 2023 with D" and the
// contact clause "A and B prefer the X they set up with C". "They" is the
// list of organisations that opens the sentence (or the part after its
// last colon), so its members and the
// parties after "with" are founding members of the group the clause hangs
// on. A "they" that no opening list of two or more organisations stands
// for, or an antecedent that is no group, founds nothing here.

// foundRelativeThey reads the founding verb at v whose subject is the
// pronoun unit t and reports whether it did.
func (x *extractor) foundRelativeThey(c *clauses, v, t int) bool {
	if t < 2 || c.us[t].Kind != 'N' || c.us[t].words != "they" {
		return false
	}
	a := t - 1
	if c.relative(a) {
		if w := c.us[a].words; w != "which" && w != "that" {
			return false
		}
		a--
		if c.isPunct(a, ",") {
			a--
		}
	}
	if a < 1 || c.us[a].Kind != 'E' {
		return false
	}
	alli := c.args(x, a)
	if len(alli) != 1 || x.resolve(alli[0], allianceTypes) == "" {
		return false
	}
	o := 0
	for k := 1; k < a; k++ {
		if c.isPunct(k, ":") {
			o = k + 1 // "Notably absent: A, B and C, who prefer the X they set up"
		}
	}
	if c.us[o].Kind != 'E' {
		return false
	}
	opener := c.args(x, o)
	if len(opener) < 2 {
		return false // "they" stands for a list
	}
	for k := o + 1; k < a; k++ {
		if c.us[k].Kind == 'E' || c.boundary(k) {
			return false // another party or clause between: "they" is not decided
		}
	}
	for _, o := range opener {
		if x.resolve(o, allianceTypes) != "" {
			return false
		}
	}
	mt := c.modText(t, v)
	x.rule = "found.relative-they"
	last := x.roster
	for _, o := range append(opener, x.foundedWith(c, v)...) {
		x.emitFact(c.s, schema.RelFoundingMember, o, alli[0], mt, 0.7, schema.Fact{})
	}
	x.roster = last // a roster told in a relative clause is background: a later "a charter member" is not its
	return true
}
