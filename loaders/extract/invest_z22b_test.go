package extract_test

import "testing"

// TestInvestZ22bCommaSplice: "A invested in Y, B invested in Z" is two
// clauses; Y is no investor in Z (list_verb_splice.go).
func TestInvestZ22bCommaSplice(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"two investing clauses spliced", "Helix Wireless invested in Granite Labs, Larch Networks invested in Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "polar-compute")}},
		{"with amounts and an auxiliary", "Helix Wireless has put $5 million into Granite Labs, Larch Networks has put $2 million into Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs") + " amount=$5 million", inv("larch-networks", "polar-compute") + " amount=$2 million"}},
		{"a present verb after the second name", "Helix Wireless holds 30% of Granite Labs, Larch Networks owns 20% of Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "polar-compute")}},

		// near misses: a real list stays one
		{"a pair object list", "Helix Wireless invested in Granite Labs, Polar Compute and Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("helix-wireless", "polar-compute"), inv("helix-wireless", "larch-networks")}},
	})
}
