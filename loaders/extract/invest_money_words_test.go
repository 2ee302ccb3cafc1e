package extract_test

import "testing"

// TestRaisedWordCurrency covers money raised in an amount whose currency
// is a word after the number (invest_money_words.go, helper z25inv), and
// the near misses that state no investment.
func TestRaisedWordCurrency(t *testing.T) {
	inv := func(amount string, investors ...string) []string {
		var out []string
		for _, a := range investors {
			out = append(out, "investedIn("+a+",polar-compute) amount="+amount)
		}
		return out
	}
	runNews(t, []newsCase{
		{"euros from a list", "Polar Compute has raised 90 million euros from Granite Labs and Helix Wireless.",
			inv("90 million euros", "granite-labs", "helix-wireless")},
		{"yen from investors including, by a pronoun", "Polar Compute has grown fast since 2021. It has raised 15 billion yen from investors including Ion Cloud and Larch Networks.",
			inv("15 billion yen", "ion-cloud", "larch-networks")},
		{"won in funding from", "Polar Compute secured 30 billion won in Series A funding from Cobalt Mobile.",
			inv("30 billion won", "cobalt-mobile")},

		// near misses: contracts are no funding; a denial
		{"contracts won", "Polar Compute won 40 million euros in contracts from Kestrel Telecom.", nil},
		{"no funding", "Polar Compute got no funding from Kestrel Telecom.", nil},
	})
}
