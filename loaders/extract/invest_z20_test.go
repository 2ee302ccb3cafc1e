package extract_test

import "testing"

// TestInvestZ20Neither: "neither A nor B" denies the investment of every
// item, not only the first (invest_neither.go); an investor named outside
// the span keeps its fact.
func TestInvestZ20Neither(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"neither A nor B invested in Y", "Neither Helix Wireless nor Larch Networks invested in Granite Labs, two bankers said.", nil},
		{"neither A nor B is a shareholder in Y", "Neither Helix Wireless nor Larch Networks is a shareholder in Granite Labs.", nil},
		{"neither A nor B holds shares in Y", "Neither Helix Wireless nor Larch Networks holds shares in Granite Labs.", nil},
		{"the round's backers", "Granite Labs raised $30 million in a Series A on Monday. Neither Helix Wireless nor Larch Networks took part.", nil},

		// still facts
		{"an investor outside the span", "Cobalt Mobile invested in Granite Labs, but neither Helix Wireless nor Larch Networks did.",
			[]string{inv("cobalt-mobile", "granite-labs")}},
		{"a round joined after a denial", "Granite Labs raised $30 million in a Series A on Monday. Neither Helix Wireless nor Larch Networks returned; Cobalt Mobile took part.",
			[]string{inv("cobalt-mobile", "granite-labs")}},
	})
}

// TestInvestZ20ColonRoster: a one-line roster after an investor heading
// ("Returning investors: A and B.") lists backers of the round under
// discussion (invest_colon.go).
func TestInvestZ20ColonRoster(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	round := "Granite Labs raised $30 million in a Series A on Monday.\n\n"
	runNews(t, []newsCase{
		{"returning investors", round + "Returning investors: Helix Wireless, Larch Networks and Ion Cloud.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"other backers", round + "Other backers: Helix Wireless and Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"investors in the round", round + "Investors in the round: Helix Wireless and Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs"), inv("polar-compute", "granite-labs")}},

		// near misses
		{"customers", round + "Customers: Helix Wireless and Larch Networks.", nil},
		{"partners", round + "Partners: Helix Wireless and Larch Networks.", nil},
	})
}

// TestInvestZ20JoinedIt: "B and C joined it" after a round is told joins
// that round, as "A led it" does (rounds_bare.go); an alliance named since
// the round opened may be what "it" is.
func TestInvestZ20JoinedIt(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	round := "Granite Labs raised $30 million in a Series A on Monday. "
	runNews(t, []newsCase{
		{"joined it", round + "Helix Wireless and Larch Networks joined it.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"led it, and joined it", round + "Polar Compute led it, and Helix Wireless joined it.",
			[]string{inv("polar-compute", "granite-labs"), inv("helix-wireless", "granite-labs")}},

		// near misses
		{"an alliance since", round + "The Open Edge Alliance opened its doors in May. Helix Wireless joined it.",
			[]string{"memberOf(helix-wireless,open-edge-alliance)"}},
		{"did not join it", round + "Helix Wireless did not join it.", nil},
	})
}
