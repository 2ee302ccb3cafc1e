package extract

// A memorandum of understanding told as a noun phrase, "a memorandum of
// understanding between A and B" (issue 13, drill ventures2): the pair
// after "between" are partners as they are after "a partnership
// between". The words "of understanding" sit between the noun and its
// "between", which famBetween (families2.go) otherwise reads right
// after the partnership noun; the tagger may read "understanding" as
// a verb, so its words decide.

// betweenAfterNoun returns the unit of the "between" that names the
// parties of the partnership noun at unit j ("a partnership between",
// "a memorandum of understanding between"), or -1.
func (c *clauses) betweenAfterNoun(j int) int {
	if c.us[j].Kind != 'N' || !partnershipNouns[c.us[j].Lemma] && !partnershipNouns[singularPartnershipNoun(c.us[j].Lemma)] {
		return -1
	}
	b := j + 1
	if c.us[j].Lemma == "memorandum" && b+2 < len(c.us) && c.us[b].Kind == 'P' && c.us[b].Lemma == "of" && c.us[b+1].words == "understanding" {
		b += 2
	}
	if b+1 >= len(c.us) || c.us[b].Kind != 'P' || c.us[b].Lemma != "between" {
		return -1
	}
	return b
}
