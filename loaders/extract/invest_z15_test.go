package extract_test

import "testing"

// TestInvestPricedAndGoverned covers the investment structures of helper
// z15inv (issue 13), with sentences written for the test: a stake or a
// round whose price splits its noun phrase (invest_priced.go), backers
// named beside those who took part in a round (rounds.go), a stake one
// phrase below its verb (invest_stake_governed.go), a sentence-opening
// "Its largest shareholder is A" (coref_its_investor.go) and an adverb
// after the copula of "A is also Y's largest shareholder"
// (invest_relative.go), with the near misses that state no investment.
func TestInvestPricedAndGoverned(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		// invest_priced.go
		{"took a priced stake", "Acme Telecom took a $2 billion stake in Granite Labs last year.",
			[]string{inv("acme-telecom", "granite-labs") + " date=2024 amount=$2 billion"}},
		{"joined a priced round of Y", "Helix Wireless joined the $40 million Series B round of Polar Compute in March.",
			[]string{inv("helix-wireless", "polar-compute")}},

		// rounds.go: alongside
		{"took part alongside", "Polar Compute raised $60 million in a Series C round led by Acme Telecom. Helix Wireless also took part, alongside Ion Cloud and Larch Networks.",
			[]string{inv("acme-telecom", "polar-compute") + " amount=$60 million", inv("helix-wireless", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("larch-networks", "polar-compute")}},

		// invest_stake_governed.go
		{"paid for a stake of N percent in Y", "Meridian Mobile paid $700 million for a stake of roughly 4 percent in Cobalt Mobile.",
			[]string{inv("meridian-mobile", "cobalt-mobile") + " amount=$700 million"}},
		{"completed the purchase of a stake in Y", "Kestrel Telecom completed the purchase of a 12% stake in Borealis Networks in April.",
			[]string{inv("kestrel-telecom", "borealis-networks")}},
		{"relative clause completes the purchase", "The move came from Kestrel Telecom, the investment group that completed the acquisition of a 5% stake in Ion Cloud.",
			[]string{inv("kestrel-telecom", "ion-cloud")}},

		// coref_its_investor.go and invest_relative.go
		{"Its largest shareholder is A", "Granite Labs designs radio chips. Its largest shareholder is Helix Wireless, the holding company of a shipping family.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"is also Y's largest shareholder", "Ion Cloud runs data centres. Meridian Mobile is also Acme Telecom's largest shareholder.",
			[]string{inv("meridian-mobile", "acme-telecom")}},

		// near misses
		{"a stake only offered for", "Meridian Mobile offered $700 million for a stake of roughly 4 percent in Cobalt Mobile.", nil},
		{"a purchase considered", "Kestrel Telecom considered the purchase of a 12% stake in Borealis Networks.", nil},
		{"a stake sold", "Kestrel Telecom sold a $2 billion stake in Granite Labs last year.", nil},
		{"its largest customer is A", "Granite Labs designs radio chips. Its largest customer is Helix Wireless.", nil},
		{"took part in a trial alongside", "Helix Wireless took part in the trial, alongside Ion Cloud and Larch Networks.", nil},
	})
}
