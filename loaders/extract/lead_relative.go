package extract

import "github.com/telcograph/telcograph/schema"

// A subject across a whole relative clause: "Meta, which set up TIP in
// 2016 with Intel and Nokia, still steers the project through its board."
// The main verb follows the comma that closes a non-restrictive relative
// clause, and its subject is the relative's antecedent. clauses.subject
// stops at the relative clause's own verb; this reads the shape only for
// the lead family and only when the object is a group, so a company that
// "runs" a product or "drives" demand stays unread.

// relativeInsertSubject is the antecedent of a ", which/who ... ," clause
// that ends right before the verb at v, or -1. The antecedent must open
// the sentence (or follow a boundary) and be a single entity.
func (c *clauses) relativeInsertSubject(v int) int {
	j := v - 1
	if !c.isPunct(j, ",") {
		return -1
	}
	r := -1
	for k := j - 1; k >= 0; k-- {
		if c.isPunct(k, ",") || c.boundary(k) {
			break
		}
		if c.relative(k) {
			r = k
			break
		}
	}
	if r < 2 || !c.isPunct(r-1, ",") || c.us[r-2].Kind != 'E' || r+1 >= j || c.us[r+1].Kind != 'V' {
		return -1
	}
	a := r - 2
	if a > 0 && !c.boundary(a-1) {
		return -1
	}
	if len(c.ents[c.us[a].ent].ms) != 1 {
		return -1
	}
	return a
}

// famLeadAcrossRelative: "A, which set up X ..., still steers the project".
func (x *extractor) famLeadAcrossRelative(c *clauses, v int) {
	u := c.us[v]
	if u.Passive || u.Lemma == "chair" || u.Lemma == "co-chair" || u.Lemma == "drive" || u.Lemma == "run" {
		return
	}
	subj := c.relativeInsertSubject(v)
	obj := c.object(v)
	if subj < 0 || obj < 0 || c.isPerson(x, subj) {
		return
	}
	for _, led := range c.args(x, obj) {
		if x.resolve(led, allianceTypes) == "" {
			continue
		}
		for _, l := range c.args(x, subj) {
			x.emitFact(c.s, schema.RelLedBy, led, l, c.modText(subj, v), 0.75, schema.Fact{})
		}
	}
}
