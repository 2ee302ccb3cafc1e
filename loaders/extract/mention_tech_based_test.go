package extract_test

import "testing"

// TestTechBasedName covers a company named before "-based"
// (mention_tech_based.go): the technology a thing is built on is no
// argument, while a named owner of a named company still is.
func TestTechBasedName(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"a stake in a designer built on a company's chips", "Granite Labs makes servers. Helix Wireless owns about 40% of the Polar Compute-based server maker.",
			// no stake in Polar Compute; the description stands for the
			// company just named (invest_described_focus.go, helper z17inv)
			[]string{inv("helix-wireless", "granite-labs")}},

		// near miss: the same stake named plainly
		{"a stake in the named company", "Helix Wireless owns about 40% of Polar Compute.",
			[]string{inv("helix-wireless", "polar-compute")}},
	})
}
