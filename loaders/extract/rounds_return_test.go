package extract_test

import "testing"

// TestRoundReturn covers the intransitive ways a backer joins the round
// under discussion (rounds_return.go), with sentences written for the
// test, and the near misses that state no investment.
func TestRoundReturn(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := inv("ion-cloud", "granite-labs") + " amount=$50 million"
	open := "Granite Labs has raised $50 million in a Series B round led by Ion Cloud. "
	runNews(t, []newsCase{
		{"existing investors also returned", open + "Existing investors Acme Telecom and Borealis Networks also returned, the company said.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs")}},
		{"a floating quantifier before the verb", open + "Acme Telecom, Borealis Networks and Cobalt Mobile each took part, as did Helix Wireless.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs"), inv("cobalt-mobile", "granite-labs"), inv("helix-wireless", "granite-labs")}},
		{"doubled down with a cheque", open + "Acme Telecom doubled down with a larger cheque this time.",
			[]string{lead, inv("acme-telecom", "granite-labs")}},
		{"each bought in", open + "Acme Telecom and Borealis Networks each bought in.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs")}},
		{"chipped in", open + "Helix Wireless chipped in as well.", []string{lead, inv("helix-wireless", "granite-labs")}},
		{"followed with an amount for a share", open + "Acme Telecom followed with $20 million for 7.5%.", []string{lead, inv("acme-telecom", "granite-labs")}},
		{"took smaller slices", open + "Acme Telecom and Cobalt Mobile took smaller slices.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"invested through vehicles", open + "Two operators also invested, through Acme Telecom and Cobalt Mobile respectively.",
			[]string{lead, inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"a company sold stakes to unnamed investors", "In 2020, Polar Compute sold minority stakes to 13 investors in twelve weeks. Acme Telecom and Ion Cloud each bought in.",
			[]string{inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute")}},

		// near misses
		{"no round under discussion", "Acme Telecom returned, the company said. Borealis Networks doubled down with a larger cheque.", nil},
		{"returned somewhere", open + "Acme Telecom returned to Norway in May.", []string{lead}},
		{"negated", open + "Acme Telecom did not return, and Borealis Networks never bought in.", []string{lead}},
		{"doubled down on a strategy", open + "Acme Telecom doubled down on its network strategy.", []string{lead}},
		{"slices of a market", open + "Acme Telecom took smaller slices of the market.", []string{lead}},
		{"round out of reach", open + "Its chief executive spoke. Sales grew. Margins fell. Costs rose. Acme Telecom returned.", []string{lead}},
		{"sold stakes to named buyers opens nothing", "Polar Compute sold shares to Ion Cloud. Ion Cloud said it had no plans. Acme Telecom each bought in.",
			nil},
	})
}
