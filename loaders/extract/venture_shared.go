package extract

// sharedVenture is the venture a split venture noun at unit j describes
// (round 42, from the tune split): "VodafoneThree is a 51:49 venture
// between Vodafone and CK Hutchison": the name before the copula (or an
// apposition's comma, where the units give one). Before, the fact named
// the owners and no venture. nil without a split or such a name.
func (c *clauses) sharedVenture(x *extractor, j int, share string) *arg {
	if share == "" || j < 2 || c.us[j-2].Kind != 'E' || c.isPerson(x, j-2) || c.isCountry(j-2) || c.ents[c.us[j-2].ent].poss {
		return nil
	}
	link := c.us[j-1]
	if !(link.Kind == 'V' && !link.Neg && (link.Lemma == "be" || link.Lemma == "remain" || link.Lemma == "become")) && !c.isPunct(j-1, ",") {
		return nil
	}
	as := c.args(x, j-2)
	if len(as) != 1 {
		return nil
	}
	return &as[0]
}
