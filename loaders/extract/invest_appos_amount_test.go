package extract_test

import "testing"

// TestApposBackerAmount covers an investor in apposition whose holder
// noun carries the amount it put in (invest_holders.go famApposBacker),
// with sentences written for the test, and the near miss.
func TestApposBackerAmount(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"Y's $N minority investor since year", "Acme Telecom, Granite Labs' $1.5 billion minority investor since 2024, has a seat on its board.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2024"}},
		{"Y's EUR N backer", "Ion Cloud, Polar Compute's €200 million backer, said it was pleased.", []string{inv("ion-cloud", "polar-compute")}},

		// near misses
		{"a customer with an amount", "Acme Telecom, Granite Labs' $1.5 billion customer since 2024, has a seat on its board.", nil},
	})
}
