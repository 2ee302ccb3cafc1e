package extract_test

import "testing"

// TestRaisedFromGroup covers money raised from a group the sentence lists
// (invest_group.go) and a stake denied by "no" (invest.go), with the near
// misses that state none.
func TestRaisedFromGroup(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"a group that included", "Granite Labs raised $6 billion from a group that included Acme Telecom, Ion Cloud and Helix Wireless.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs"), inv("helix-wireless", "granite-labs")}},
		{"investors including", "Polar Compute secured $30 million from investors including Cobalt Mobile and Larch Networks.",
			[]string{inv("cobalt-mobile", "polar-compute") + " amount=$30 million", inv("larch-networks", "polar-compute") + " amount=$30 million"}},
		{"a syndicate which comprised", "Granite Labs landed $50 million from a syndicate which comprised Ion Cloud and Acme Telecom.",
			[]string{inv("ion-cloud", "granite-labs"), inv("acme-telecom", "granite-labs")}},
		{"backers such as", "Granite Labs raised $10 million from backers such as Acme Telecom.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$10 million"}},

		// near misses
		{"a group that excluded", "Granite Labs raised $6 billion from a group that did not include Acme Telecom.", nil},
		{"customers including", "Granite Labs won $6 million in orders from customers including Acme Telecom.", nil},
		{"no money", "Granite Labs won praise from a group that included Acme Telecom.", nil},
		{"has no stake", "Acme Telecom tested Granite Labs' software last year but has no stake in the company.", nil},
	})
}
