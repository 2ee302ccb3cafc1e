package extract_test

import "testing"

// TestDealSubject covers a part bought through a signed deal
// (invest_deal.go), with sentences written for the test, and the near
// misses that state none.
func TestDealSubject(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"signed a deal to acquire N% of Y", "Kestrel Telecom signed a deal to acquire 55% of Granite Labs.", []string{inv("kestrel-telecom", "granite-labs")}},
		{"followed up by signing an agreement to buy", "Kestrel Telecom followed up in 2022 by signing an agreement to buy 55% of Granite Labs from Ion Cloud for $1.65 billion.",
			[]string{inv("kestrel-telecom", "granite-labs") + " date=2022"}},

		// near misses
		{"did not sign", "Kestrel Telecom did not sign a deal to acquire 55% of Granite Labs.", nil},
		{"a deal with another party", "Kestrel Telecom signed a deal with Ion Cloud to acquire 55% of Granite Labs.", nil},
		{"a deal to supply", "Kestrel Telecom signed a deal to supply 55% of Granite Labs.", nil},
		{"a deal to acquire no part", "Kestrel Telecom signed a deal to acquire towers from Granite Labs.", nil},
	})
}
