package extract_test

import "testing"

// TestRoundOf covers a round named as "the round of Y" (rounds_return.go
// openRoundIn), with sentences written for the test, and the near misses
// where "of" names no company's round.
func TestRoundOf(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"led the Series B of Y", "Acme Telecom led the Series B of Granite Labs.", []string{inv("acme-telecom", "granite-labs")}},
		{"took part in the funding round of Y", "Acme Telecom took part in the funding round of Granite Labs.", []string{inv("acme-telecom", "granite-labs")}},
		{"the round stays open", "Acme Telecom led the seed round of Granite Labs. Borealis Networks also took part.",
			[]string{inv("acme-telecom", "granite-labs"), inv("borealis-networks", "granite-labs")}},

		// near misses
		{"a round of funding", "Acme Telecom led a round of funding last year. Borealis Networks also took part.", nil},
		{"a name that only modifies", "Acme Telecom announced a new round of Granite Labs layoffs.", nil},
	})
}
