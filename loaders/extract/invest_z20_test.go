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
