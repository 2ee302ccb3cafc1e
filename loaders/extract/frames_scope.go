package extract

// This file narrows the scope of a founding or membership frame
// (frames.go) in two shapes where a frame read members that the clause
// does not give the group:
//
//   - an apposed subject after ", and": "T-Mobile was one of the founders
//     of Y, and its majority owner, Deutsche Telekom, is pursuing its own
//     projects". The second clause opens with a noun phrase and its
//     apposition before the verb, so opensClause, which looks for a verb
//     before the next comma, kept it in the first clause and the owner
//     became a founder of Y.
//   - a company founded by people or institutions: "Ayar Labs was founded
//     in 2015 by researchers from MIT and Stanford". A company's founders
//     are its founders, not founding members of a group: the frame's
//     group can only come from elsewhere in the clause or the article.
//   - a roster "of" a body no mention linked: "A, B and C were among the
//     founders of the new edge forum" is that forum's roster, not the
//     roster of the group in reach from the sentence before.
//
// groupInReach (frames_group.go) also keeps a bare member noun from
// reaching the subject of an earlier paragraph.

// apposedSubjectClause reports whether the tokens from i (just after ",
// and") are a subject with an apposition and then a verb: "its majority
// owner, Deutsche Telekom, is", "the rival carrier, Vodafone, said". The
// first part must open like a description (a determiner or possessive)
// and hold no verb; the apposition is short and verbless; a verb or
// auxiliary comes right after its closing comma.
func apposedSubjectClause(ts []tagged, i int) bool {
	if i >= len(ts) {
		return false
	}
	switch ts[i].Key {
	case "its", "their", "his", "her", "the", "a", "an", "our":
	default:
		return false
	}
	j := i
	for j < len(ts) && ts[j].Key != "," {
		if p := ts[j].Pos; p == posVerb || p == posAux || ts[j].Key == ";" {
			return false
		}
		j++
	}
	if j-i > 5 || j >= len(ts) {
		return false
	}
	k := j + 1
	for k < len(ts) && ts[k].Key != "," {
		if p := ts[k].Pos; p == posVerb || p == posAux || ts[k].Key == ";" || ts[k].Key == "and" {
			return false
		}
		k++
	}
	if k-j-1 < 1 || k-j-1 > 5 || k+1 >= len(ts) {
		return false
	}
	p := ts[k+1].Pos
	return p == posVerb || p == posAux
}

// foundedCompany reports whether a founding verb of the clause is passive
// with a company or a person for its subject: "A was founded in 2015 by
// B", "A was set up by researchers from B", and the participle of an
// apposition to a company ("took on Project Sylva, a telco cloud stack
// started by A, B and C": round 29, dev16). What follows "by" founded A;
// it joined no group.
func foundedCompany(c *clauses, sp clauseSpan, cs []cue) bool {
	ts := c.ts
	for _, cu := range cs {
		if cu.class != cueFound || cu.at == 0 {
			continue
		}
		// "by" follows the verb, perhaps after a short time or place
		// phrase ("in 2015", "in May 2024").
		by := false
		for j := cu.at + cu.n; j < sp.to && j <= cu.at+cu.n+4 && ts[j].Key != ","; j++ {
			if ts[j].Key == "by" {
				by = true
				break
			}
		}
		if by && (passiveOfCompany(c, sp, cu.at) || apposedCompany(c, sp, cu.at)) { // frames_guard.go
			return true
		}
	}
	return false
}

// rosterOfUnlinked reports whether a member or founder noun of the clause
// is followed by "of" and words no mention covers: "among the founders of
// the new edge forum", "founding members of a rival body". The roster is
// that body's, which the clause names but no mention linked; a group in
// reach from an earlier sentence is not what it speaks of.
func rosterOfUnlinked(c *clauses, sp clauseSpan, cs []cue) bool {
	ts := c.ts
	for _, cu := range cs {
		if cu.class != cueMember && cu.class != cueFounder {
			continue
		}
		j := cu.at + cu.n
		if j+1 >= sp.to || ts[j].Key != "of" {
			continue
		}
		at := ts[j+1].Start
		covered := false
		for i := range c.s.ms {
			if m := &c.s.ms[i]; m.Start <= at && at < m.End || m.Start >= at && m.Start <= ts[min(j+4, sp.to-1)].Start {
				covered = true
				break
			}
		}
		if !covered {
			return true
		}
	}
	return false
}
