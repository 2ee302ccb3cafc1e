package extract_test

import "testing"

// TestPartnerAgreedAmount: "A and B agreed a $N collaboration" (an amount
// among the noun's modifiers), and a sentence opened by "Separately," is
// no sign of each party's own deal (partner_roles.go eachOwn).
func TestPartnerAgreedAmount(t *testing.T) {
	runNews(t, []newsCase{
		{"A and B agreed a $N billion collaboration",
			"Larch Networks and Polar Compute agreed a $4 billion collaboration to build edge sites in Chile.",
			[]string{"partnerOf(larch-networks,polar-compute)"}},
		{"Separately, A and B signed a €Nbn partnership",
			"Separately, Cobalt Mobile and Granite Labs signed a €300m partnership on network software.",
			[]string{"partnerOf(cobalt-mobile,granite-labs)"}},
		{"near miss: A and B separately signed partnerships (each its own)",
			"Cobalt Mobile and Granite Labs separately signed partnerships on network software.",
			nil},
	})
}
