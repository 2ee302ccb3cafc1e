package extract_test

import "testing"

// TestRoundWhose: a round told in a relative clause on its company ("Y,
// whose $500 million Series D round was led by A") is the company's; a
// "whose" phrase that is no round states no investment.
func TestRoundWhose(t *testing.T) {
	runNews(t, []newsCase{
		{"whose round, with an amount and a time",
			"Polar Compute, whose US$500 million Series D round last year was led by Acme Telecom, spoke.",
			[]string{"investedIn(acme-telecom,polar-compute) date=2024"}},
		{"whose round backed by two",
			"Polar Compute, whose last round was backed by Acme Telecom and Helix Wireless, spoke.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(helix-wireless,polar-compute)"}},
		{"whose chief executive is no round",
			"Polar Compute, whose chief executive was backed by Acme Telecom, spoke.",
			nil},
	})
}
