package extract_test

import "testing"

// TestRoundUnnamedFocus covers helper z17inv's rounds that name no
// company (rounds_unnamed.go): a lead told in front of the round ("Led by
// A, a $40 million Series B ...") or in a passive relative clause after
// it ("a seed round, which was led by A"), and the backers who take part
// in it a sentence later, all invest in the company the last sentences
// are about when no money talk is in reach; "the round" with none open is
// the last raiser's or the previous sentence's company's; with sentences written for
// the test and the near misses.
func TestRoundUnnamedFocus(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	intro := "Granite Labs sells radio software to operators. "
	runNews(t, []newsCase{
		{"a fronted lead and later backers", intro + "Led by Ion Cloud, a $40 million Series B gave it a valuation of $1 billion. Existing backers Acme Telecom and Helix Wireless also took part in the round.",
			[]string{inv("acme-telecom", "granite-labs"), inv("helix-wireless", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"a passive relative lead", intro + "In 2023 it closed a $30 million seed round, which was led by Ion Cloud. Acme Telecom also took part in the round.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"the round after the company's introduction", intro + "The round was co-led by Ion Cloud and valued the company at $1 billion.",
			[]string{inv("ion-cloud", "granite-labs")}},
		{"the round a series closed a sentence before", "This week Polar Compute, the Dublin company that sells radio software to operators, closed a $40 million Series B. Led by Ion Cloud, the round is the largest of the year.",
			[]string{inv("ion-cloud", "polar-compute")}},
		{"joined that earlier round", "Polar Compute raised $200 million in a Series A round. Two domestic telecom groups, Acme Telecom and Kestrel Telecom, joined that earlier round.",
			[]string{inv("acme-telecom", "polar-compute"), inv("kestrel-telecom", "polar-compute")}},

		// near misses
		{"joined that earlier alliance", "Polar Compute raised $200 million in a Series A round. Two domestic telecom groups, Acme Telecom and Kestrel Telecom, joined that earlier partnership.",
			nil},
		{"the round after an order won", "Granite Labs won a $25 million order. The round was led by Ion Cloud.",
			nil},
		{"a round whose owner is named", intro + "Polar Compute, whose $40 million Series B was led by Ion Cloud, sells servers.",
			[]string{inv("ion-cloud", "polar-compute")}},
		{"a person who follows deals", intro + "Led by Ion Cloud, a $40 million Series B gave it a valuation of $1 billion. We asked Jane Park, who follows technology deals, about it.",
			[]string{inv("ion-cloud", "granite-labs")}},
		{"no company in reach", intro + "Its staff grew. Its sales grew. Its costs fell. Led by Ion Cloud, a $40 million Series B gave it a valuation of $1 billion.",
			nil},
	})
}
