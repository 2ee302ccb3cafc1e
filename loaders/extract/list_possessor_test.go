package extract_test

import "testing"

// TestListPossessor covers a list that goes on across an item with a
// possessor (list_possessor.go), with sentences written for the test, and
// the near misses.
func TestListPossessor(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"backed by A, B's C and D", "Granite Labs is backed by Acme Telecom, Ion Cloud's Borealis Networks and Cobalt Mobile.",
			[]string{inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"counts A and B's C among its investors", "Polar Compute counts Acme Telecom and Ion Cloud's Kestrel Telecom among its investors.",
			[]string{inv("acme-telecom", "polar-compute"), inv("kestrel-telecom", "polar-compute")}},

		// near misses
		{"a possessor with no name after it", "Acme Telecom and Ion Cloud's partners met in Oslo.", nil},
	})
}
