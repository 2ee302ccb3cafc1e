package extract

// A wire story's first sentence opens with its dateline ("NEW YORK, Oct 6
// (Telegraph Wire) - Verizon Communications on Monday replaced ..."; issue
// 13, round 30, dev17). The dateline is no part of the clause: read with
// it, the place and the date stand before the subject, and the structural
// rules that look for a subject at the start of the sentence found none.
// dropDateline removes the units inside a dateline (wireDatelineRE,
// coref_elided.go), so the clause starts at its subject.
func (c *clauses) dropDateline() {
	d := wireDatelineRE.FindStringIndex(c.s.text)
	if d == nil {
		return
	}
	k := 0
	for k < len(c.us) && c.us[k].End <= d[1] {
		k++
	}
	if k > 0 && k < len(c.us) {
		c.us = c.us[k:]
	}
}
