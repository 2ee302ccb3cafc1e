package extract_test

import "testing"

// TestAmountOnly covers money put in with no recipient named, read for
// the investee in focus (invest_amount_only.go), with sentences written
// for the test, and the near misses that name another recipient or none
// in focus.
func TestAmountOnly(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := inv("ion-cloud", "granite-labs") + " amount=$50 million"
	open := "Granite Labs has raised $50 million in a round led by Ion Cloud. "
	runNews(t, []newsCase{
		{"also invested an amount", open + "Acme Telecom also invested $10 million.",
			[]string{lead, inv("acme-telecom", "granite-labs") + " amount=$10 million"}},
		{"put in a further amount on its own account", open + "Borealis Networks put in a further $5 million on its own account.",
			[]string{lead, inv("borealis-networks", "granite-labs") + " amount=$5 million"}},
		{"investing for a share", open + "Cobalt Mobile is investing $8 million for 2 percent.",
			[]string{lead, inv("cobalt-mobile", "granite-labs") + " amount=$8 million"}},
		{"after an investment told", "Acme Telecom put $10 million into Granite Labs in May. Borealis Networks invested $4 million in June.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$10 million", inv("borealis-networks", "granite-labs") + " amount=$4 million"}},

		{"put in fresh equity", open + "In the same round Cobalt Mobile also put in fresh equity.",
			[]string{lead, inv("cobalt-mobile", "granite-labs")}},

		// near misses
		{"another recipient", open + "Acme Telecom invested $5 billion in its network.", []string{lead}},
		{"paid for something else", open + "Acme Telecom paid $5 million for a licence.", []string{lead}},
		{"negated", open + "Acme Telecom did not invest $5 million.", []string{lead}},
		{"nothing in focus", "Acme Telecom invested $5 million last year.", nil},
	})
}
