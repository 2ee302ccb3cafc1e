package extract_test

import "testing"

// TestItAfterComparison: "..., and like B it is chaired by P" continues the
// first clause's subject; the organisation compared with is not "it"
// (coref_it_like.go), and P chairs B as well (lead_chair_like.go).
func TestItAfterComparison(t *testing.T) {
	runNews(t, []newsCase{
		{"like a founder",
			"Polar Compute was set up in 2022 by Borealis Networks and Granite Labs, and like Granite Labs it is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,granite-labs)", "chairmanOf(jane-park,polar-compute)", "founded(polar-compute) date=2022",
				"foundedBy(polar-compute,borealis-networks)", "foundedBy(polar-compute,granite-labs)"}},
		{"like another company, before the subject",
			"Like Helix Wireless, Polar Compute is chaired by Lena Berg.",
			[]string{"chairmanOf(lena-berg,helix-wireless)", "chairmanOf(lena-berg,polar-compute)"}},
		{"unlike a founder",
			"Polar Compute was set up in 2022 by Borealis Networks and Granite Labs, and unlike Borealis Networks it is run by Omar Haddad.",
			[]string{"ceoOf(omar-haddad,polar-compute)", "founded(polar-compute) date=2022",
				"foundedBy(polar-compute,borealis-networks)", "foundedBy(polar-compute,granite-labs)"}},
	})
}
