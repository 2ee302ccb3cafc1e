package extract_test

import "testing"

// TestApposBackerOf covers an investor in apposition whose holder noun
// carries a since-phrase or an of-phrase (invest_appos.go), with
// sentences written for the test, and the near misses that must not fire.
func TestApposBackerOf(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"A, an early backer of Y,", "Separately, Acme Telecom, an early backer of Granite Labs, said it would keep its stake.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"A, the largest investor in Y,", "Helix Wireless, the largest investor in Polar Compute, opened an office in Oslo.",
			[]string{inv("helix-wireless", "polar-compute")}},
		{"A, Y's anchor investor since 2019,", "Acme Telecom, Granite Labs's anchor investor since 2019, opened an office in Oslo.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2019"}},

		// near misses
		{"a former backer", "Acme Telecom, a former backer of Granite Labs, opened an office in Oslo.", nil},
		{"a potential investor", "Acme Telecom, a potential investor in Granite Labs, opened an office in Oslo.", nil},
		{"the of-phrase goes on", "Acme Telecom, a backer of Granite Labs and Ion Cloud's rival, opened an office.", nil},
		{"since-phrase, then the clause goes on", "Acme Telecom, Granite Labs's anchor investor since 2019 said it was happy.", nil},
		{"a possessive's verb is no noun modifier", "Acme Telecom, Granite Labs's owned investor, opened an office in Oslo.", nil},
		{"a customer, not a backer", "Acme Telecom, an early customer of Granite Labs, opened an office in Oslo.", nil},
	})
}
