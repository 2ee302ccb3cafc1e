package extract_test

import "testing"

// TestInvestHolding covers holdings told without "stake in Y" after a
// verb (invest_holding.go, invest_items.go), with sentences written for
// the test, and the near misses that state none.
func TestInvestHolding(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"counts across a relative clause and an apposition",
			"Meridian Mobile counts Acme Telecom, which disclosed a 4.9% stake in 2023, and Ion Cloud, the investment arm of Helix Wireless, among its shareholders.",
			// the year the relative clause gives is read as the sentence's date
			[]string{inv("acme-telecom", "meridian-mobile") + " date=2023", inv("ion-cloud", "meridian-mobile") + " date=2023"}},
		{"a holding built up", "Acme Telecom has built up a 10% holding in Granite Labs.", []string{inv("acme-telecom", "granite-labs")}},
		{"a possessive holding", "Acme Telecom's holding in Granite Labs is small.", []string{inv("acme-telecom", "granite-labs")}},
		{"a stake raised in the round's company", "Granite Labs raised $50 million in a round led by Ion Cloud. Acme Telecom raised its stake to almost 10%.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$50 million", inv("acme-telecom", "granite-labs")}},
		{"a stake raised after an apposition with an -ing modifier",
			"Granite Labs raised $50 million in a round led by Ion Cloud. Acme Telecom, the investment arm of the Larch Networks banking foundation, raised its stake to almost 10%.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$50 million", inv("acme-telecom", "granite-labs")}},
		{"a stake in a participle clause", "Polar Compute sold minority stakes to five investors. Acme Telecom kicked things off, acquiring a 9.99% stake for $50 million.",
			[]string{inv("acme-telecom", "polar-compute")}},
		{"with B holding the other half", "Acme Telecom owns half of Granite Labs, with Ion Cloud holding the other half.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"added to its shareholder register", "Granite Labs added Acme Telecom and Ion Cloud to its shareholder register.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},

		{"spent an amount buying a stake in Y", "Acme Telecom said that it had spent about 2.1 billion euros buying a 9.9% stake in Granite Labs.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"followed, taking a stake in Y", "Acme Telecom followed, taking a 5% stake in Granite Labs.",
			[]string{inv("acme-telecom", "granite-labs")}},

		{"owns close to N% of Y", "Acme Telecom, which owns close to 30% of Granite Labs with its affiliates, is the largest foreign shareholder.",
			[]string{inv("acme-telecom", "granite-labs")}},

		// near misses
		{"close to a deal", "Acme Telecom is close to a deal with Granite Labs.", nil},
		{"spent time buying", "Acme Telecom spent months buying a stake in Granite Labs, without success.", nil},
		{"a holding company", "Acme Telecom set up a holding company in 2021.", nil},
		{"added to a customer list", "Granite Labs added Acme Telecom and Ion Cloud to its customer list.", nil},
		{"a participle with no focus", "Acme Telecom kicked things off, acquiring a 9.99% stake for $50 million.", nil},
		{"an apposition names another company's arm", "Meridian Mobile counts Ion Cloud, the investment arm of Helix Wireless, among its shareholders.",
			[]string{inv("ion-cloud", "meridian-mobile")}},
		{"counts customers", "Meridian Mobile counts Acme Telecom, which disclosed a 4.9% stake in 2023, and Ion Cloud among its customers.", nil},
	})
}
