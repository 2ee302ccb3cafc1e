package extract

// "A has its own agreement with B on open-source models", "A has an
// agreement with B": an agreement the subject has with a named company is
// a partnership, as one it signs is (helper z18part). Only with the
// with-phrase: "A and B have an agreement" may be anything. A supply,
// licence or purchase agreement makes customer and supplier, and a
// tentative one states nothing (partnerHave checks tentativeMods).
func (c *clauses) haveAgreementAt(n int) bool {
	if n >= len(c.us) || c.us[n].Kind != 'N' || c.us[n].Lemma != "agreement" || c.partnerNounWith(n) < 0 {
		return false
	}
	for _, m := range c.us[n].mods {
		if supplyNouns[m] {
			return false
		}
	}
	return true
}
