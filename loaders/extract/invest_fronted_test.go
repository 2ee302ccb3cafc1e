package extract_test

import "testing"

// TestFrontedHolders covers holders of a company set up front or named by
// a possessor (invest_fronted.go), and the near misses that state none.
func TestFrontedHolders(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"fronted At Y with a ranked holder and an apposed list",
			"At Granite Labs, Acme Telecom became the largest shareholder in 2023 after converting loans into equity, ahead of the two promoter shareholders, Ion Cloud and Cobalt Mobile.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2023", inv("ion-cloud", "granite-labs") + " date=2023", inv("cobalt-mobile", "granite-labs") + " date=2023"}},
		{"a possessor's apposed holders", "Granite Labs' two largest shareholders, Acme Telecom and Ion Cloud, backed the plan.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"became a ranked holder of the round's company", "Granite Labs raised $50 million in a round led by Ion Cloud. Acme Telecom became the second-largest shareholder.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$50 million", inv("acme-telecom", "granite-labs")}},

		// near misses
		{"fronted At Y with a customer", "At Granite Labs, Acme Telecom became the largest customer.", nil},
		{"apposed holders of nobody named", "The two promoter shareholders, Acme Telecom and Ion Cloud, declined to comment.", nil},
		{"became a holder with no company in reach", "Acme Telecom became the largest shareholder after the deal.", nil},
	})
}
