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

// TestInvestZ20DescribedRaiser: a sentence-opening description that
// raises an amount or a round opens the round of the company the last
// sentences are about (rounds_described.go). Lambda is a company the
// priors place in the US, so the mention layer leaves "The San Jose
// company" to this rule, and "The Oslo company" is not Lambda.
func TestInvestZ20DescribedRaiser(t *testing.T) {
	reg := mustRegister(t, "z20-described", `entities:
  lambda: {name: Lambda, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  larch-networks: {name: Larch Networks, type: company}
`)
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNewsWith(t, reg, []newsCase{
		{"the city company raised", "Lambda rents out GPUs by the hour. The San Jose company raised $300 million on Tuesday. Helix Wireless led the round.",
			[]string{inv("helix-wireless", "lambda")}},
		{"the city company closed a Series C", "Lambda rents out GPUs by the hour. The San Jose company closed a $300 million Series C on Tuesday. Helix Wireless and Larch Networks co-led the round.",
			[]string{inv("helix-wireless", "lambda"), inv("larch-networks", "lambda")}},

		// near misses
		{"a city of another country", "Lambda rents out GPUs by the hour. The Oslo company raised $300 million on Tuesday. Helix Wireless led the round.", nil},
		{"two companies in reach", "Lambda and Cobalt Mobile rent out GPUs by the hour. The San Jose company raised $300 million on Tuesday. Helix Wireless led the round.", nil},
		{"a raise denied", "Lambda rents out GPUs by the hour. The San Jose company did not raise $300 million on Tuesday. Helix Wireless led the round.", nil},
	})
}

// TestInvestZ20InvestedInTheRound: "A, which each invested in the
// round", "A invested in the round" name backers of the round under
// discussion (rounds.go).
func TestInvestZ20InvestedInTheRound(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	round := "Granite Labs raised $30 million in a Series A on Monday. "
	runNews(t, []newsCase{
		{"which each invested in the round", round + "Managers from Helix Wireless and Larch Networks, which each invested in the round, visited the plant.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"invested in the round", round + "Polar Compute invested in the round as well.",
			[]string{inv("polar-compute", "granite-labs")}},

		// near misses
		{"did not invest in the round", round + "Helix Wireless, which did not invest in the round, visited the plant.", nil},
		{"no round open", "Helix Wireless visited the plant. Larch Networks invested in the round as well.", nil},
	})
}

// TestInvestZ20FreshEquity: equity raised is a round's money, as capital
// is (rounds_money.go moneyNouns): its backers told next are the
// raiser's.
func TestInvestZ20FreshEquity(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"raised fresh equity", "Granite Labs has raised fresh equity from its owners. The new money came from Helix Wireless and Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},

		// near misses
		{"equity written down", "Granite Labs wrote down its equity in Cobalt Mobile. Analysts at Helix Wireless expected the move.", nil},
	})
}
