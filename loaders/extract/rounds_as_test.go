package extract_test

import "testing"

// TestRoundAsInvestor covers a backer that enters the open round in the
// role of an investor whatever its verb (rounds_as.go), with sentences
// written for the test, and the near misses that state no investment.
func TestRoundAsInvestor(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := inv("ion-cloud", "granite-labs") + " amount=$50 million"
	open := "Granite Labs has raised $50 million in a Series B round led by Ion Cloud. "
	runNews(t, []newsCase{
		{"joined as new investors", open + "Acme Telecom and Borealis Networks joined as new investors.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs")}},
		{"signed on as a backer", open + "Cobalt Mobile signed on as a strategic backer, the company said.",
			[]string{lead, inv("cobalt-mobile", "granite-labs")}},
		{"returned as shareholders", open + "Helix Wireless and Acme Telecom returned too as minority shareholders.",
			[]string{lead, inv("helix-wireless", "granite-labs"), inv("acme-telecom", "granite-labs")}},

		// near misses
		{"no round under discussion", "Acme Telecom joined as a new investor, the company said.", nil},
		{"a hedged role", open + "Acme Telecom joined as a potential investor.", []string{lead}},
		{"a role that is no holding", open + "Acme Telecom signed on as an adviser.", []string{lead}},
		{"negated", open + "Acme Telecom did not join as an investor.", []string{lead}},
		{"left a role", open + "Acme Telecom stepped down as a shareholder.", []string{lead}},
	})
}
