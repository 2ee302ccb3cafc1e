package extract_test

import "testing"

// TestVentureShapes covers joint ventures the sentence names as one
// (venture_shapes.go, and the slash share of clause_share.go), with
// sentences written for the test, and the near misses that must not fire.
func TestVentureShapes(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"formed a 50/50 venture, J,", "Acme Telecom and Helix Wireless formed a 50/50 venture, Granite Labs, last year to sell edge servers.",
			[]string{"founded(granite-labs) date=2024", jv + " share=50/50"}},
		{"set up J, a 50/50 joint venture that", "In May, Acme Telecom and Helix Wireless set up Granite Labs, a 50/50 joint venture that will run towers.",
			[]string{"founded(granite-labs)", jv + " share=50/50"}},
		{"J, the company jointly owned by A and B,", "Granite Labs, the cloud company jointly owned by Acme Telecom and Helix Wireless, today opened a site.",
			[]string{jv}},
		{"teamed up with B to create a joint venture called J", "Acme Telecom teamed up with Helix Wireless to create a joint venture called Granite Labs, which will sell private 5G.",
			[]string{"founded(granite-labs)", jv}},
		{"partnered with B to set up a joint venture named J", "Helix Wireless has partnered with Acme Telecom to set up a joint venture named Granite Labs.",
			[]string{"founded(granite-labs)", jv}},
		{"J, A and B's 50-50 JV, has run: J is no partner", "Granite Labs, Acme Telecom and Helix Wireless's 50-50 JV, has run the network since 2021.",
			[]string{jv}},
		{"three partners' joint venture, then its name", "Acme Telecom, Helix Wireless and Ion Cloud's joint venture, Granite Labs, opened in May.",
			[]string{"jointVenture(acme-telecom,helix-wireless,ion-cloud)"}},

		// near misses
		{"no comma after the JV: three partners", "Acme Telecom, Helix Wireless and Ion Cloud's joint venture has run the network since 2021.",
			[]string{"jointVenture(acme-telecom,helix-wireless,ion-cloud)"}},
		{"a venture with no share is no joint venture", "Acme Telecom and Helix Wireless formed a venture, Granite Labs, last year.", nil},
		{"a slash with spaces is no share", "Acme Telecom and Helix Wireless formed a 50 / 50 venture, Granite Labs, last year.", nil},
		{"did not form", "Acme Telecom and Helix Wireless did not form a 50/50 venture, Granite Labs, last year.", nil},
		{"owned by one company", "Granite Labs, the cloud company jointly owned by Acme Telecom, today opened a site.", nil},
		{"owned, not jointly, by a list is no venture here", "Granite Labs, the cloud company owned by funds, today opened a site.", nil},
		{"a verb of competing is no teaming up", "Acme Telecom competes with Helix Wireless to create a joint venture called Granite Labs.", nil},
	})
}
