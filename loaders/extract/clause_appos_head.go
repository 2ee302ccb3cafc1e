package extract

// Precision family (issue 13, helper x14prec): a relative clause may hang
// on a name inside an apposition, and then the verb after both belongs to
// the apposition's head. In "Jane Park, chief executive of Acme, which
// owns 20% of Granite, chairs the forum" the one who chairs is Jane Park,
// not Acme, the antecedent of "which".

// appositionHead is, for entity unit a that is the object of a
// preposition closing an apposition ("E, chief executive of a", "E, a
// shareholder in a"), the entity E the apposition describes; else a.
func (c *clauses) appositionHead(a int) int {
	k := a - 1
	if k < 1 || c.us[k].Kind != 'P' || (c.us[k].Lemma != "of" && c.us[k].Lemma != "at" && c.us[k].Lemma != "in") {
		return a
	}
	k--
	if c.us[k].Kind != 'N' {
		return a
	}
	k--
	if k >= 0 && c.us[k].Kind == 'M' {
		k--
	}
	if k < 1 || !c.isPunct(k, ",") || c.us[k-1].Kind != 'E' {
		return a
	}
	return k - 1
}
