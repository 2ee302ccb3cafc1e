package extract_test

import "testing"

// invZ18 is the printed form of investedIn(investor, investee).
func invZ18(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }

// TestInvestZ18 covers the investor shapes helper z18inv read from the
// invest5 drill's misses, with sentences written for the test: a
// portfolio company of several owners (invest_vehicle.go), a subject
// across an emphatic reflexive (clause.go), a round whose verb of drawing
// follows a relative clause between commas (rounds_draw.go), and a round
// sized after "of" before a relative "that also drew" (invest_cheques.go);
// and the near misses that state none.
func TestInvestZ18(t *testing.T) {
	runNews(t, []newsCase{
		{"portfolio company of A and B", "Granite Labs is a portfolio company of Helix Wireless and Larch Networks.",
			[]string{invZ18("helix-wireless", "granite-labs"), invZ18("larch-networks", "granite-labs")}},
		{"X itself holds N% of Y", "Cobalt Mobile itself holds 40% of Polar Compute.",
			[]string{invZ18("cobalt-mobile", "polar-compute")}},
		{"the round, which A led, also drew B and C", "Granite Labs said it had raised $80 million. The round, which Helix Wireless led, also drew Larch Networks and Ion Cloud.",
			[]string{invZ18("helix-wireless", "granite-labs"), invZ18("ion-cloud", "granite-labs"), invZ18("larch-networks", "granite-labs")}},
		{"a round of $N that also drew B", "Helix Wireless invested in Granite Labs, leading a funding round of $40 million that also drew Larch Networks.",
			[]string{invZ18("helix-wireless", "granite-labs"), invZ18("larch-networks", "granite-labs")}},

		// near misses
		{"a vehicle of two stays unread", "Polar Compute is a vehicle of Larch Networks and Helix Wireless.", nil},
		{"not a portfolio company", "Granite Labs is not a portfolio company of Helix Wireless and Larch Networks.", nil},
		{"a relative clause whose subject is no round", "Granite Labs said it had raised $80 million. Helix Wireless, which Cobalt Mobile owns, also drew Larch Networks into talks.",
			nil},
		{"a round of talks", "Helix Wireless bought Granite Labs after a round of 40 meetings that also drew Larch Networks.",
			nil},
	})
}

// TestRegionCapsNoName covers a region's adjective before common all-caps
// words (mentions_place.go regionCapsRun): "European AI" is a field of
// business, no company, while names that go on with other words stay
// names.
func TestRegionCapsNoName(t *testing.T) {
	runNews(t, []newsCase{
		{"European AI is no company", "Helix Wireless invested in European AI.", nil},
		{"Nordic 5G is no company", "Helix Wireless invested in Nordic 5G.", nil},
		{"a region word before a name word stays a name", "Helix Wireless invested in Nordic Semiconductor.",
			[]string{invZ18("helix-wireless", "nordic-semiconductor")}},
		{"a longer name stays a name", "Helix Wireless invested in Asian AI Labs.",
			[]string{invZ18("helix-wireless", "asian-ai-labs")}},
	})
}

// TestConfirmedInvestorKeptRound covers "C was confirmed as an investor"
// coordinated after a follower of a round opened in an earlier sentence
// (rounds_led.go): the follower keeps the round open in this sentence,
// which did not open it.
func TestConfirmedInvestorKeptRound(t *testing.T) {
	runNews(t, []newsCase{
		{"also invested, and C was confirmed as an investor", "Granite Labs raised a Series B in March. Larch Networks also invested, and Cobalt Mobile was confirmed as an investor.",
			[]string{invZ18("cobalt-mobile", "granite-labs"), invZ18("larch-networks", "granite-labs")}},
		{"joined the round, and C was confirmed as an investor", "Granite Labs raised a Series B in March. Larch Networks joined the round as well, and Cobalt Mobile was confirmed as an investor.",
			[]string{invZ18("cobalt-mobile", "granite-labs"), invZ18("larch-networks", "granite-labs")}},

		// near misses
		{"not confirmed", "Granite Labs raised a Series B in March. Larch Networks also invested, and Cobalt Mobile was not confirmed as an investor.",
			[]string{invZ18("larch-networks", "granite-labs")}},
		// an investor of another company is that company's, not the
		// round's (round 36: "was confirmed as an investor in Y" states it)
		{"an investor of another company", "Granite Labs raised a Series B in March. Larch Networks also invested, and Cobalt Mobile was confirmed as an investor in Ion Cloud.",
			[]string{"investedIn(cobalt-mobile,ion-cloud)", invZ18("larch-networks", "granite-labs")}},
	})
}

// TestRoundFollowerNoInfinitive covers "B prefers to invest directly"
// after a round (rounds3.go): an infinitive of investing tells a habit or
// a wish, not a share of the round, while "B also invested" is one.
func TestRoundFollowerNoInfinitive(t *testing.T) {
	runNews(t, []newsCase{
		{"also invested", "Granite Labs closed a small round last autumn. Helix Wireless also invested.",
			[]string{invZ18("helix-wireless", "granite-labs")}},
		{"prefers to invest directly", "Granite Labs closed a small round last autumn. Helix Wireless prefers to invest directly.", nil},
		{"wants to invest too", "Granite Labs closed a small round last autumn. Helix Wireless wants to invest too.", nil},
	})
}

// TestBackingModifierOnly covers a name that only modifies the noun a
// verb of backing takes ("to finance the Granite Labs deal", invest.go):
// the money goes to the deal, not to the company, while "finance Granite
// Labs" stays an investment.
func TestBackingModifierOnly(t *testing.T) {
	runNews(t, []newsCase{
		{"backs Y", "Helix Wireless backs Granite Labs.", []string{invZ18("helix-wireless", "granite-labs")}},
		{"sold shares to finance the Y commitment", "Larch Networks: Helix Wireless sold most of its Larch Networks shares in June to finance the Granite Labs commitment.", nil},
		{"backs the Y project", "Helix Wireless backs the Granite Labs project.", nil},
	})
}

// TestBackedPredicate covers "Y is A-backed" and "Y is A- and B-backed"
// (invest_backed_pred.go) and a listicle section's "The ... research lab"
// for the heading's company (coref_freemods.go sectionOrgNouns).
func TestBackedPredicate(t *testing.T) {
	runNews(t, []newsCase{
		{"Y is A-backed", "Granite Labs is Helix Wireless-backed.", []string{invZ18("helix-wireless", "granite-labs")}},
		{"Y is A- and B-backed", "Granite Labs is Helix Wireless- and Larch Networks-backed, and it sells chips.",
			[]string{invZ18("helix-wireless", "granite-labs"), invZ18("larch-networks", "granite-labs")}},
		{"the research lab under a heading", "Start-ups to watch\n\nOperators have become investors.\n\n1. Granite Labs\nThe Tokyo research lab is backed by Helix Wireless.",
			[]string{invZ18("helix-wireless", "granite-labs")}},

		// near misses
		{"not A-backed", "Granite Labs is not Helix Wireless-backed.", nil},
		{"a country's backing", "Granite Labs is US-backed.", nil},
		{"a spaced dash", "Granite Labs is Helix Wireless - backed.", nil},
	})
}
