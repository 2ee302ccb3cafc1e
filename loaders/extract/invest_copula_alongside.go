package extract

// This file reads the co-investors a copula's investor noun names after a
// comma (helper z23inv): "A is one of the initial equity funders of Y, the
// data-centre venture unveiled in January, alongside B, C and D", "A is an
// investor in Y, alongside B": B, C and D fund Y as A does. A clause of its
// own (a relative pronoun, a finite verb) or the sentence's end stops the
// search; an apposition's participle ("unveiled in January") does not.

// alongsideAfter returns the names after ", alongside" that follow the
// entity unit at (the investee of a copula's investor noun) in the same
// clause, or nil.
func (c *clauses) alongsideAfter(x *extractor, at int) []arg {
	if at < 0 {
		return nil
	}
	for j := at + 1; j+1 < len(c.us) && !c.boundary(j); j++ {
		u := c.us[j]
		if c.relative(j) || u.Kind == 'V' && !c.participleOnly(j) {
			return nil
		}
		if u.Kind == 'P' && u.Lemma == "alongside" && c.isPunct(j-1, ",") {
			k := c.skipDescriptors(j + 1)
			if k < len(c.us) && c.us[k].Kind == 'E' && !c.isCountry(k) {
				return c.args(x, c.described(k))
			}
			return nil
		}
	}
	return nil
}

// participleOnly reports whether verb unit v is a bare past participle
// ("the venture unveiled in January"): one word, no auxiliary.
func (c *clauses) participleOnly(v int) bool {
	u := c.us[v]
	if u.To-u.From != 1 || u.Passive {
		return false
	}
	f := c.ts[u.Head].Form
	return f == formPart || f == formPast
}
