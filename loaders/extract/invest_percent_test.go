package extract_test

import "testing"

// TestInvestParts covers stakes told as a part of a company bought, sold,
// paid for or owned (invest_percent.go) and investors named by a holder
// noun (invest_holders.go), with sentences written for the test, and the
// near misses that state none.
func TestInvestParts(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"took N% of", "Acme Telecom took 35% of Granite Labs last year.", []string{inv("acme-telecom", "granite-labs") + " date=2024"}},
		{"agreed to buy N% of", "Ion Cloud agreed to buy 49% of Polar Compute for $2 billion.", []string{inv("ion-cloud", "polar-compute") + " modality=planned"}},
		{"paying for N% of", "Ion Cloud, the Oslo group, is paying $300 million for 20% of Polar Compute.", []string{inv("ion-cloud", "polar-compute")}},
		{"sold N% of Y to A", "Kestrel Telecom sold 40% of Granite Labs to Acme Telecom in 2021.", []string{inv("acme-telecom", "granite-labs") + " date=2021"}},
		{"belongs N% to A and M% to B", "Granite Labs now belongs 60% to Acme Telecom and 40% to Ion Cloud.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"gapped second owner", "Acme Telecom owns 70% of Granite Labs and Ion Cloud the remaining 30%.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"coordinated holder copula", "Acme Telecom, which controls Cobalt Mobile and is the largest shareholder in Granite Labs, reported results.",
			[]string{inv("acme-telecom", "cobalt-mobile"), inv("acme-telecom", "granite-labs")}},
		{"became Y's largest shareholder", "Ion Cloud, which became Granite Labs' largest shareholder in 2020, grew.", []string{inv("ion-cloud", "granite-labs") + " date=2020"}},
		{"as well as after among its investors", "Granite Labs counts Acme Telecom and Ion Cloud among its investors, as well as Kestrel Telecom.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"apposition Y's biggest backer", "Acme Telecom, Granite Labs' biggest backer with $2 billion invested, is not a partner in the venture.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"apposition Y's majority owner", "Ion Cloud, Polar Compute's majority owner, did not comment.", []string{inv("ion-cloud", "polar-compute")}},
		{"among the early backers of Y", "Acme Telecom and Ion Cloud are also among the early backers of Granite Labs, the radio maker.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"majority-owned by", "Granite Labs is majority-owned by Acme Telecom.", []string{inv("acme-telecom", "granite-labs")}},
		{"apposition owned by A's B", "Ion Cloud will invest in Granite Labs, the Oslo-based operator owned by Acme Telecom's Polar Compute.",
			[]string{inv("ion-cloud", "granite-labs") + " modality=planned", inv("polar-compute", "granite-labs")}},

		// near misses
		{"owned by alone is an acquisition", "Granite Labs is owned by Acme Telecom.", nil},
		{"not majority-owned", "Granite Labs is not majority-owned by Acme Telecom.", nil},
		{"owned by a country", "Granite Labs, the Oslo operator owned by Norway, grew.", nil},
		{"among the potential backers of Y", "Acme Telecom is among the potential backers of Granite Labs.", nil},
		{"among the customers of Y", "Acme Telecom is among the customers of Granite Labs.", nil},
		{"apposition Y's former owner", "Ion Cloud, Polar Compute's former owner, did not comment.", nil},
		{"apposition Y's customer", "Ion Cloud, Polar Compute's biggest customer, did not comment.", nil},
		{"a list of two with a possessive", "Ion Cloud and Polar Compute's owners did not comment.", nil},
		{"gapped owner of a venture", "Acme Telecom and Ion Cloud set up a joint venture. Acme Telecom will hold 60% of the venture and Ion Cloud the other 40%.",
			[]string{"jointVenture(acme-telecom,ion-cloud) share=60-40"}},
		{"all of Y is an acquisition", "Acme Telecom took 100% of Granite Labs last year.", nil},
		{"N% of Y's business", "Acme Telecom took 60% of Granite Labs' fibre business.", nil},
		{"did not buy", "Ion Cloud did not buy 49% of Polar Compute.", nil},
		{"N% of a market", "Acme Telecom took 35% of the market.", nil},
		{"sold N% of its own shares", "Acme Telecom spun off its towers and sold 60% of it to Ion Cloud.", nil},
		{"belongs to a group", "Granite Labs belongs to Acme Telecom's portfolio of brands.", nil},
		{"coordinated former holder", "Acme Telecom, which controls Cobalt Mobile and is the former largest shareholder in Granite Labs, grew.", []string{inv("acme-telecom", "cobalt-mobile")}},
		{"coordinated customer", "Acme Telecom, which controls Cobalt Mobile and is the largest customer of Granite Labs, grew.", []string{inv("acme-telecom", "cobalt-mobile")}},
		{"as well as with no investors", "Granite Labs sells radios to Acme Telecom, as well as Kestrel Telecom.", nil},
	})
}
