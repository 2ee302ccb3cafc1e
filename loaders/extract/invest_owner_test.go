package extract_test

import "testing"

// TestInvestorsOwner covers investor lists whose noun names no company
// (invest_owner.go): the round under discussion is theirs, not the
// previous sentence's subject; a possessor or "whose" still decides.
func TestInvestorsOwner(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := inv("ion-cloud", "granite-labs") + " amount=$50 million"
	open := "Granite Labs has raised $50 million in a Series B round led by Ion Cloud. "
	runNews(t, []newsCase{
		{"among the new backers after a follower", open + "Acme Telecom doubled down with a larger cheque. Among the new backers were Borealis Networks and Cobalt Mobile.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"the other investors include", open + "Acme Telecom took part as well. The other investors include Helix Wireless.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("helix-wireless", "granite-labs")}},

		// near misses: a possessor names another company
		{"a possessor decides", open + "Acme Telecom took part as well. Polar Compute's investors include Helix Wireless.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("helix-wireless", "polar-compute")}},
		{"the round's own company is no investor of itself", open + "Among the new backers were Granite Labs and Cobalt Mobile.",
			[]string{lead, inv("cobalt-mobile", "granite-labs")}},
	})
}
