package extract_test

import "testing"

// TestRoundOpenIn covers a round opened by the company it is in
// (rounds_return.go) and a bracketed short form between a subject and its
// verb (clause_alias.go), with the near misses that open nothing.
func TestRoundOpenIn(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"followers after a lead in Y", "Ion Cloud led a $40 million Series B in Granite Labs, the Oslo start-up; Acme Telecom and Cobalt Mobile also participated.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$40 million", inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"followers in the next sentence", "Ion Cloud led the seed round for Polar Compute. Helix Wireless took part as well.",
			[]string{inv("ion-cloud", "polar-compute"), inv("helix-wireless", "polar-compute")}},
		{"a lower-case short form in brackets", "Larch Networks (ln) bought a 9.9% stake in Meridian Mobile last year.",
			[]string{inv("larch-networks", "meridian-mobile") + " date=2024"}},

		{"a semicolon opens the followers' clause", "Ion Cloud led a $40 million Series B in Granite Labs; Acme Telecom and Cobalt Mobile also participated.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$40 million", inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"a semicolon list of co-leads stays one list", "Granite Labs raised $40 million. The round was co-led by three backers: Ion Cloud; Acme Telecom; and Cobalt Mobile.",
			[]string{inv("ion-cloud", "granite-labs"), inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},

		// near misses
		{"a round in a year", "Ion Cloud led a Series B in 2024. Acme Telecom also participated.", nil},
		{"a round in a place", "Ion Cloud led the largest seed round in Norway. Acme Telecom also participated.", nil},
		{"the short form of another subject", "Larch Networks (ln) said Meridian Mobile (mm) bought a 9.9% stake in Polar Compute.",
			[]string{inv("meridian-mobile", "polar-compute")}},
	})
}
