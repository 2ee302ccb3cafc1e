package extract_test

import "testing"

// TestCoLeadWith covers a co-lead named with "with" after the round
// (rounds_colead.go), with sentences written for the test, and the near
// misses.
func TestCoLeadWith(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"co-led the round in Y with B", "Acme Telecom co-led the seed round in Granite Labs with Borealis Networks.",
			[]string{inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs")}},
		{"led the round of Y with B", "Acme Telecom led the Series A of Granite Labs with Cobalt Mobile.",
			[]string{inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},

		// near misses
		{"with a country", "Acme Telecom led the Series A of Granite Labs with Norway.", []string{inv("acme-telecom", "granite-labs")}},
		{"with no round", "Acme Telecom led the talks with Borealis Networks.", nil},
	})
}
