package extract

import "strings"

// A group partnership said to be one by its shape: "a three-way
// partnership of A, B and C", "a tripartite alliance between A, B and C",
// "A, B and C formed a four-way partnership", "A three-way deal: A, B and
// C agreed to ...". The count the noun carries
// must be the number of parties named, and then every two of them are
// partners. A partnership noun without a count over three parties stays
// unread (a list there may be a roster or a sum of separate deals), as do
// tentative partnerships ("a planned three-way partnership").

// groupWays is the number of parties a partnership noun's modifier says.
func groupWays(u unit) int {
	for _, w := range strings.Fields(u.words) {
		switch w {
		case "three-way", "tripartite", "trilateral", "three-party", "three-company":
			return 3
		case "four-way", "quadripartite", "four-party", "four-company":
			return 4
		}
	}
	return 0
}

// famGroupPartner reads the shapes above.
func (x *extractor) famGroupPartner(c *clauses) {
	for j := range c.us {
		u := c.us[j]
		if u.Kind != 'N' || !partnershipNouns[u.Lemma] {
			continue
		}
		n := groupWays(u)
		if n == 0 || u.hasMod(tentativeMods...) || hasAnyWord(u.words, tentativeMods) || u.hasMod("no", "not") ||
			hasAnyWord(strings.ToLower(c.text(max(0, j-2), j)), tentativeMods) {
			continue
		}
		// "a three-way partnership of/between/among A, B and C"
		if j+2 < len(c.us) && c.us[j+1].Kind == 'P' && (c.us[j+1].Lemma == "of" || c.us[j+1].Lemma == "between" || c.us[j+1].Lemma == "among") {
			if k := j + 2; c.us[k].Kind == 'E' && !c.ents[c.us[k].ent].poss {
				x.groupPairs(c, c.args(x, k), n, c.text(0, j))
			}
			continue
		}
		// "A three-way deal: A, B and C agreed to ...": the colon sets out
		// the parties as the subject of the clause after it (helper z18part)
		if k := j + 2; k+1 < len(c.us) && c.isPunct(j+1, ":") && c.us[k].Kind == 'E' && !c.ents[c.us[k].ent].poss && c.us[k+1].Kind == 'V' && !c.us[k+1].Neg {
			x.groupPairs(c, c.args(x, k), n, c.modText(k, k+1))
			continue
		}
		// "A, B and C formed a three-way partnership"
		v := j - 1
		if v >= 1 && c.us[v].Kind == 'V' && partnerNounVerbs[c.us[v].Lemma] && !c.us[v].Passive && !c.us[v].Neg {
			if s := c.subject(v); s >= 0 && c.us[s].Kind == 'E' && !c.ents[c.us[s].ent].poss {
				x.groupPairs(c, c.args(x, s), n, c.modText(s, v))
			}
		}
	}
}

// groupPairs states every pair of as when they are exactly n parties,
// none a person.
func (x *extractor) groupPairs(c *clauses, as []arg, n int, modText string) {
	if len(as) != n {
		return
	}
	for _, a := range as {
		if a.m != nil && a.m.Kind == 'P' {
			return
		}
	}
	x.rule = "partner.group-way"
	for i := range as {
		for k := i + 1; k < len(as); k++ {
			x.partnerPairs(c, as[i:i+1], as[k:k+1], modText, 0.75)
		}
	}
}
