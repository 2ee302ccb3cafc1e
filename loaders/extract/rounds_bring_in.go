package extract

// "The round also brought in A and B", "It brings in two new
// shareholders: funds managed by A, and B, the investment arm of C"
// (round 39, from dev18): "bring in" and "pull in" take the particle "in"
// as the chunker's preposition, so the draw verbs' object (rounds_draw.go)
// was never found. The subject is the open round, or the round's company
// (a pronoun or its name) when "in" takes an investor noun and a colon
// opens the list of them; the company bringing in a name directly may
// hire a chief executive, so that reads nothing.

// holderNouns are the investor nouns a colon list may follow.
var holderNouns = map[string]bool{"shareholder": true, "investor": true, "backer": true, "stakeholder": true}

// bringIn reads the investors verb v (bring, pull) brings in for the open
// round r, and reports whether the clause was one.
func (x *extractor) bringIn(c *clauses, v int, r *fundingRound, invest func(at int, base float64)) bool {
	u := c.us[v]
	if u.Lemma != "bring" && u.Lemma != "pull" || u.Passive || v+2 >= len(c.us) || c.us[v+1].Kind != 'P' || c.us[v+1].Lemma != "in" {
		return false
	}
	o := v + 2
	switch {
	case c.us[o].Kind == 'E' && subjectIsRound(c, v):
		invest(o, 0.7) // "the round also brought in A and B"
		return true
	case c.us[o].Kind == 'N' && holderNouns[c.us[o].Lemma] && c.isPunct(o+1, ":"):
		subj := c.subject(v)
		if !subjectIsRound(c, v) && (subj < 0 || c.us[subj].Kind != 'E' || !x.argsAre(c, subj, r.co.slug)) {
			return false
		}
		// the names right after the colon, after "and" or a comma, or
		// after "funds managed by": not a name inside an apposition ("the
		// investment arm of C")
		for j := o + 2; j < len(c.us); j++ {
			if c.us[j].Kind != 'E' {
				continue
			}
			p := c.us[j-1]
			if j == o+2 || p.Kind == 'P' && p.Lemma == "by" || c.isPunct(j-1, ",") || p.Kind == 'O' && p.Lemma == "and" {
				invest(j, 0.7)
			}
		}
		return true
	}
	return false
}

// argsAre reports whether the noun phrase at unit at stands for slug alone.
func (x *extractor) argsAre(c *clauses, at int, slug string) bool {
	as := c.args(x, at)
	return len(as) == 1 && x.resolve(as[0], companyTypes) == slug
}
