package extract_test

import "testing"

// TestRoundLedJoined covers a lead told with no object and its joiners, a
// backer confirmed as an investor (rounds_led.go), money taken from an
// investor (invest_args.go) and "the young company" as the investee in
// focus (invest_implicit.go), with the near misses that state none.
func TestRoundLedJoined(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	open := "Granite Labs raised $210 million in a Series D: "
	runNews(t, []newsCase{
		{"led, and was joined by", open + "Ion Cloud led, and was joined by Acme Telecom and Cobalt Mobile.",
			[]string{inv("ion-cloud", "granite-labs"), inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"confirmed as an investor", "Granite Labs raised $50 million in a round led by Ion Cloud. Acme Telecom was confirmed as an investor.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$50 million", inv("acme-telecom", "granite-labs")}},
		{"is also an investor", "Granite Labs raised $50 million in a round led by Ion Cloud. Acme Telecom is also an investor.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$50 million", inv("acme-telecom", "granite-labs")}},
		{"took money from", "Polar Compute took $100 million from Acme Telecom in 2023.",
			[]string{inv("acme-telecom", "polar-compute") + " date=2023 amount=$100 million"}},
		{"the young company", "Granite Labs raised $50 million in a round led by Ion Cloud. Acme Telecom and Cobalt Mobile all put money into the young company.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$50 million", inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},

		// near misses
		{"led with no round", "Ion Cloud led, and was joined by Acme Telecom.", nil},
		{"led a project", open + "Ion Cloud led the engineering work.", nil},
		{"an investor in another company", "Granite Labs raised $50 million in a round led by Ion Cloud. Acme Telecom is also an investor in Polar Compute.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$50 million", inv("acme-telecom", "polar-compute")}},
		{"not confirmed", "Granite Labs raised $50 million in a round led by Ion Cloud. Acme Telecom was not confirmed as an investor.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$50 million"}},
		{"took customers from", "Polar Compute took customers from Acme Telecom in 2023.", nil},
	})
}
