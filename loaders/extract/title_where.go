package extract

// Precision family (issue 13, helper x14prec): a title stated in a
// relative clause opened by "where" belongs to the organisation the
// clause hangs on. "Sam Altman, chief executive of OpenAI, whose largest
// investor is Microsoft, where Satya Nadella is chief executive" makes
// Nadella chief executive of Microsoft, never of the article's topic
// company, which the bare "P is chief executive" otherwise falls back on.

// whereAntecedent reads a subject opened by "where": ok is true when the
// unit before subj is "where", and org holds the organisation right
// before it (over a comma) when there is one.
func (c *clauses) whereAntecedent(x *extractor, subj int) (org []arg, ok bool) {
	w := subj - 1
	if w < 0 || c.us[w].words != "where" {
		return nil, false
	}
	k := w - 1
	if c.isPunct(k, ",") {
		k--
	}
	if k >= 0 && c.us[k].Kind == 'E' && !c.isCountry(k) && !c.isPerson(x, k) {
		return c.args(x, k), true
	}
	return nil, true
}

// whereSince reports whether a "where" clause's title at unit k-1 ends
// with a time from unit k ("X, where he has been CEO since 2019."): the
// clause still names no organisation of its own.
func (c *clauses) whereSince(x *extractor, subj, k int) bool {
	if _, ok := c.whereAntecedent(x, subj); !ok || k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "since" {
		return false
	}
	return c.us[k+1].Kind == 'N' && (c.us[k+1].tag == posNum || temporal(c.us[k+1].words)) && (c.boundary(k+2) || c.isPunct(k+2, ","))
}
