package extract_test

import "testing"

// TestInvestGuard covers the precision guards of invest_guard.go, with
// sentences written for the test: a product of the company, a holding of
// it, the investor's own unit, money lent or granted and a fund raised by
// its manager state no investment in the company; the near misses keep
// theirs.
func TestInvestGuard(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"equipment of a vendor", "Cobalt Mobile invested $80 million in Helix Wireless equipment for its 5G network.", nil},
		{"a vendor's chips with a model name", "Cobalt Mobile put $20 million into Helix Wireless X9 chips.", nil},
		{"a holding four words on", "Cobalt Mobile invested $50 million in Helix Wireless's regional data centre unit.", nil},
		{"a fund of the company", "Cobalt Mobile invested in Helix Wireless's venture fund.", nil},
		{"its own unit", "Cobalt Mobile invested $1 billion in Granite Labs, its network unit, over five years.", nil},
		{"a wholly owned subsidiary of the investor", "Cobalt Mobile invested in Granite Labs, a wholly owned subsidiary of Cobalt Mobile.", nil},
		{"the investor's unit in the possessive", "Cobalt Mobile invested in Granite Labs, Cobalt Mobile's software arm.", nil},
		{"a loan", "Granite Labs secured a $300 million loan from Larch Networks to build data centres.", nil},
		{"debt financing", "Granite Labs raised $200 million in debt financing from Larch Networks.", nil},
		{"a credit facility", "Granite Labs secured a $90 million credit facility from Larch Networks.", nil},
		{"a fund raised by its manager", "Larch Networks raised $2 billion for its infrastructure fund, with Helix Wireless and Ion Cloud among the backers.", nil},

		// near misses
		{"shares of the company", "Cobalt Mobile bought $80 million of Helix Wireless shares.", []string{inv("cobalt-mobile", "helix-wireless")}},
		{"the company named plainly", "Cobalt Mobile has invested in Helix Wireless, its supplier.", []string{inv("cobalt-mobile", "helix-wireless")}},
		{"another owner's arm", "Cobalt Mobile has been a shareholder of Granite Labs, the group's digital arm, since 2020.", []string{inv("cobalt-mobile", "granite-labs")}},
		{"an investment beside a loan", "Larch Networks provided a loan to Granite Labs and also invested in Granite Labs.", []string{inv("larch-networks", "granite-labs")}},
		{"a round, not a fund", "Granite Labs raised money in a round led by Larch Networks.", []string{inv("larch-networks", "granite-labs")}},
	})
}
