package extract_test

import "testing"

// TestItsHolding covers "its" before a holding in a named company
// (coref_its_holding.go), with sentences written for the test, and the
// near misses.
func TestItsHolding(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"its investment opening a sentence", "Acme Telecom reported results on Monday. Its investment in Granite Labs was small.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"its minority stake after a reporting verb", "Ion Cloud said its minority stake in Polar Compute was worth more than expected.",
			[]string{inv("ion-cloud", "polar-compute")}},

		// near misses
		{"its investment in no company", "Granite Labs said its investment in new chips would rise.", nil},
		{"its customers in a company", "Acme Telecom reported results on Monday. Its customers in Granite Labs' home market grew.", nil},
		{"a holding given away", "Ion Cloud reported results on Monday. It sold its minority stake in Polar Compute in May.", nil},
	})
}
