package extract_test

import "testing"

// TestVenturePairRelative covers "J, the venture A and B set up" and "J is
// the venture A and B formed": a venture noun (no "joint" needed) beside
// the venture's name with a pronoun-less relative clause whose plural
// subject founded it (venture_pair_relative.go), and the near misses: one
// founder, a negated copula, a passive. The relative's time ("set up in
// 2021") founds the venture (venture_split_relative.go, drill ventures2).
func TestVenturePairRelative(t *testing.T) {
	jv := "jointVenture(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"complement of is",
			"Polar Compute is the venture Acme Telecom and Cobalt Mobile set up in 2021.",
			[]string{jv, "founded(polar-compute) date=2021"}},
		{"apposition, then the main clause",
			"Polar Compute, the venture Acme Telecom and Cobalt Mobile formed last year, sells GPU capacity.",
			[]string{jv, "founded(polar-compute) date=2024"}},
		{"a described pair from the sentence before",
			"Acme Telecom signed a deal with Cobalt Mobile. Polar Compute is the venture the two companies set up in 2021.",
			[]string{jv, "founded(polar-compute) date=2021", "partnerOf(acme-telecom,cobalt-mobile)"}},

		// near misses
		{"one founder: a subsidiary",
			"Polar Compute is the venture Acme Telecom set up in 2021.",
			nil},
		{"negated copula",
			"Polar Compute is not the venture Acme Telecom and Cobalt Mobile set up in 2021.",
			nil},
	})
}
