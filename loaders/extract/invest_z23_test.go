package extract_test

import "testing"

// TestInvestZ23OutsideBacker: "outside" between a determiner, an adjective
// or a possessive and a noun is an adjective, so "largest outside backer"
// stays one noun phrase with its head (nlp_participle_adj.go outsideAdj).
func TestInvestZ23OutsideBacker(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"is still Y's largest outside backer", "Helix Wireless is still Granite Labs' largest outside backer.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"is the biggest outside investor in Y", "Larch Networks is the biggest outside investor in Granite Labs.",
			[]string{inv("larch-networks", "granite-labs")}},
		{"the largest outside shareholder of Y", "Polar Compute is the largest outside shareholder of Granite Labs, which sells chips.",
			[]string{inv("polar-compute", "granite-labs")}},

		// near misses
		{"a place outside Y", "Helix Wireless opened offices outside Granite Labs' home town.", nil},
		{"the largest outside its home market", "Larch Networks is the largest outside Europe.", nil},
	})
}
