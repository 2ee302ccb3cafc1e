package extract

// Members after a colon (issue 13, helper z15rel, from dev3's misses): a
// plural subject that only counts or sorts the members ("Five
// universities are part of the consortium too: A, which will run the
// lab, B, C and D") names them in the list after the colon. The list may
// hold a relative clause on one item, passed over to the next comma.
// "The consortium" there, when coreference left it unread (the group was
// named paragraphs before), is the alliance under discussion, as in "its
// members include". Near misses (member_colon_test.go): no colon, a
// person in the list, "part of the plan" (no group noun).

// colonMembers are the organisations listed after the colon that follows
// the groups at unit at (over adverbs such as "too"), when the verb at v
// has a plain noun phrase as its subject.
func (x *extractor) colonMembers(c *clauses, v, at int) []arg {
	if v < 1 || c.us[v-1].Kind != 'N' {
		return nil
	}
	k := at + 1
	for k < len(c.us) && c.us[k].Kind == 'O' && c.us[k].tag == posAdv {
		k++
	}
	if !c.isPunct(k, ":") {
		return nil
	}
	var out []arg
	for k++; k < len(c.us); k++ {
		u := c.us[k]
		switch {
		case u.Kind == 'E':
			if c.isPerson(x, k) || c.isCountry(k) || c.ents[u.ent].poss {
				return nil
			}
			out = append(out, c.args(x, k)...)
		case u.Kind == 'M' || c.isPunct(k, ",") || u.Kind == 'O' && u.words == "and":
		case c.relative(k) && c.isPunct(k-1, ","):
			for k+1 < len(c.us) && !c.isPunct(k+1, ",") && !c.boundary(k+1) {
				k++ // "A, which will help run the lab, B"
			}
		case c.boundary(k):
			return out
		default:
			return nil
		}
	}
	return out
}

// groupInDiscussion is the alliance under discussion when unit at is a
// plain definite group noun phrase ("the consortium") that coreference
// did not resolve.
func (x *extractor) groupInDiscussion(c *clauses, at int) (arg, bool) {
	if at >= len(c.us) || c.us[at].Kind != 'N' || !groupHeads[c.us[at].Lemma] || c.us[at].words != "the "+c.us[at].Lemma {
		return arg{}, false
	}
	if x.curAlli == "" {
		return arg{}, false
	}
	return arg{slug: x.curAlli, text: "(" + x.nameOf(x.curAlli) + ")"}, true
}
