package extract_test

import "testing"

// TestHaveAsInvestor covers "Y has A as its shareholder" and "Y has A
// among its backers" (invest.go, the verb read as "counts" is), with
// sentences written for the test, and the near misses.
func TestHaveAsInvestor(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"has A as its largest shareholder", "Granite Labs has Acme Telecom as its largest shareholder.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"has A and B among its backers", "Since 2022 Granite Labs has had Acme Telecom and Borealis Networks among its backers.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2022", inv("borealis-networks", "granite-labs") + " date=2022"}},

		// near misses
		{"a customer", "Granite Labs has had Acme Telecom as a customer since 2020.", nil},
		{"negated", "Granite Labs does not have Acme Telecom as a shareholder.", nil},
		{"no holding", "Granite Labs has Acme Telecom as an adviser on the deal.", nil},
	})
}
