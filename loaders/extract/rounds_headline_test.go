package extract_test

import "testing"

// TestRoundHeadlineRoster covers a round a headline names by its
// possessive ("Y's $41 million raise", rounds_bare.go) and a roster of its
// backers under "The other backers in the round are:" (rounds_money.go),
// with texts written for the test, and the near misses.
func TestRoundHeadlineRoster(t *testing.T) {
	reg := mustRegister(t, "headline.yaml", roundTestRegister)
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNewsWith(t, reg, []newsCase{
		{"a possessive raise in the headline, a cheque in the body",
			"Granite Labs' $41 million raise\n\nKestrel Capital wrote the biggest cheque in the Series A.",
			[]string{inv("kestrel-capital", "granite-labs")}},
		{"backers in the round, as a bulleted roster",
			"Granite Labs' $41 million raise\n\nWho else is in? The other backers in the round are:\n- Ion Cloud\n- Larch Ventures\n",
			[]string{inv("ion-cloud", "granite-labs"), inv("larch-ventures", "granite-labs")}},

		// near misses
		{"a pay raise is no round", "Granite Labs staff get a raise\n\nKestrel Capital wrote the biggest cheque in the sector.", nil},
		{"customers in a roster", "Granite Labs' $41 million raise\n\nThe customers in the round are:\n- Ion Cloud\n- Larch Ventures\n", nil},
	})
}
