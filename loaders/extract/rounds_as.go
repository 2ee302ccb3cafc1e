package extract

// This file reads a backer that enters the round under discussion in the
// role of an investor, whatever the verb (helper x13i10, issue 13, on the
// drill testdata/drills/invest3): "B, C and D joined as new investors",
// "E signed on as a strategic backer", "F participated as a minority
// shareholder", "G returned as an investor". The role noun carries the
// meaning, so the verb is not listed: any active, affirmed verb with no
// object of its own whose "as" phrase is an investor noun ending the
// clause adds its subject to the open round. Before it only "came in as"
// was read (rounds2.go). An investor noun followed by its own company
// ("joined as an investor in Y") is left to the families that read the
// company; a hedged role ("as a potential investor", "as a former
// backer") and a role that is no holding ("as an adviser") state nothing.

// famRoundAsInvestor: "B and C joined as new investors" in an open round.
func (x *extractor) famRoundAsInvestor(c *clauses) {
	r := x.round
	if r == nil || x.sentIdx-r.sent > roundReach {
		return
	}
	for v, u := range c.us {
		if u.Kind != 'V' || u.Neg || u.Passive || u.Lemma == "be" || confirmVerbs[u.Lemma] || c.ts[u.Head].Form == formIng {
			continue
		}
		k := v + 1
		for k+1 < len(c.us) && (c.us[k].Kind == 'O' && c.us[k].tag == posAdv || asParticles[c.us[k].words] && c.us[k].words != "down" && c.us[k+1].Kind == 'P') {
			k++ // "came aboard as", "joined too as", "signed on as" (roles_as_title.go's particles; "stepped down as" leaves a role)
		}
		if k+1 >= len(c.us) || c.us[k].Kind != 'P' || c.us[k].Lemma != "as" {
			continue
		}
		n := c.us[k+1]
		if n.Kind != 'N' || !investorNouns[n.Lemma] || n.Lemma == "owner" || !holderWords(n.words) || !c.intransitiveEnd(k+1) {
			continue
		}
		if mod, drop := modalityOf(c.text(max(v-3, 0), v)); drop || mod != "" {
			continue
		}
		x.returnFollower(c, v, c.floatingSubject(v)) // rounds_return.go
	}
}
