package extract

import "github.com/telcograph/telcograph/schema"

// This file places "its" before a round noun after a sentence that listed
// a company's backers (helper z23inv): "Y closed a Series A. Backers
// include A, B and C. Its seed round was led by B": the previous
// sentence's first company is A, one of Y's backers, and a round told
// right after a list of Y's backers is Y's, not A's.

// backedOwner is the company the previous sentence gave two or more
// backers to, one of them first, the company "its" would otherwise take,
// or "" when there is no such company.
func (x *extractor) backedOwner(first string) string {
	if x.lastSent == nil || first == "" {
		return ""
	}
	owner, n := "", 0
	for _, f := range x.facts {
		if f.Relation != schema.RelInvestedIn || f.Evidence != x.lastSent.text {
			continue
		}
		if f.Subject.ID == first {
			if owner != "" && owner != f.Object.ID {
				return "" // backer of two companies
			}
			owner = f.Object.ID
		}
	}
	if owner == "" {
		return ""
	}
	for _, f := range x.facts {
		if f.Relation == schema.RelInvestedIn && f.Evidence == x.lastSent.text && f.Object.ID == owner {
			n++
		}
	}
	if n < 2 || x.typeOf(owner) != schema.TypeCompany {
		return ""
	}
	return owner
}

// afterSemicolon reports whether a semicolon stands before unit v: v is
// in an independent clause after the one that opened a round.
func (c *clauses) afterSemicolon(v int) bool {
	for k := v - 1; k > 0; k-- {
		if c.isPunct(k, ";") {
			return true
		}
	}
	return false
}

// ownRoundAfter is the company whose round the verb at v names in its
// "in" phrase ("took part in Y's $6.6 billion round"), when it is one
// registered company.
func (c *clauses) ownRoundAfter(x *extractor, v int) (arg, bool) {
	k := v + 1
	if k < len(c.us) && c.us[k].Kind == 'N' && c.us[k].words == "part" {
		k++
	}
	if joinsOwnRound(c, v) {
		k-- // "joined Y's Series D": the round is the object (rounds_join_poss.go)
	}
	if k+2 >= len(c.us) || k > v && (c.us[k].Kind != 'P' || c.us[k].Lemma != "in") || c.us[k+1].Kind != 'E' || !c.ents[c.us[k+1].ent].poss {
		return arg{}, false
	}
	r := k + 2
	if c.isPunct(r, "$") || c.isPunct(r, "€") || c.isPunct(r, "£") {
		r++
	}
	if r >= len(c.us) || !roundNoun(c.us[r]) {
		return arg{}, false
	}
	as := c.args(x, k+1)
	if len(as) != 1 || x.resolve(as[0], companyTypes) == "" {
		return arg{}, false
	}
	return as[0], true
}
