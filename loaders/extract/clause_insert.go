package extract

// relativeInsert is the antecedent of a non-restrictive relative clause
// set between commas before a verb: "X, whose chief executive is P,
// launched ...", "X, which owns Y, signed ...", "X, who runs Y, said ...":
// j is the comma that closes the insert. The insert opens with the
// relative pronoun right after the comma that follows the antecedent, or
// after a noun phrase in apposition there ("X, the chip designer whose
// chief executive is P, launched", "X, a Paris company that lets firms
// build assistants, raised": "that" only after such a noun) (a
// name, not a possessive nor a list, whose last item the relative may
// describe alone), holds no other comma or clause boundary, and
// ends at j. It returns -1 otherwise.
func (c *clauses) relativeInsert(j int) int {
	k := j - 1
	for k > 0 && !c.isPunct(k, ",") && !c.boundary(k) {
		k--
	}
	if k < 1 || k+2 > j || !c.isPunct(k, ",") {
		return -1
	}
	r := k + 1
	if c.us[r].Kind == 'N' && r+2 < j && c.relative(r+1) && !c.relative(r) {
		r++ // "X, the chip designer whose chief executive is P, launched", "X, a company that A founded, raised" (helper z24inv)
	} else if c.us[r].words == "that" {
		return -1
	} else if c.us[r].Kind == 'P' && r+2 < j && c.relative(r+1) && (c.us[r+1].words == "which" || c.us[r+1].words == "whom") {
		r++ // "Arm, in which SoftBank Group holds a majority stake, will also work with OpenAI" (round 30, dev15)
	}
	if !c.relative(r) {
		return -1
	}
	if a := k - 1; c.us[a].Kind == 'E' && !c.ents[c.us[a].ent].poss && len(c.ents[c.us[a].ent].ms) == 1 {
		return c.appositionHead(a) // clause_appos_head.go
	}
	return -1
}
