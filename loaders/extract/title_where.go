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
