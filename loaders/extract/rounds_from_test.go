package extract_test

import "testing"

// TestRoundFromBackers: a round whose money came "with investments from"
// its backers, or a round "backed by" them, names its investors as "with
// participation from" did.
func TestRoundFromBackers(t *testing.T) {
	reg := fundingRegister(t) // amount_compact_test.go
	tests := []factCase{
		{"investments from",
			"Kestrel AI has closed its $60 million Series B with investments from Fjord Capital and Birch Ventures.",
			[]string{"investedIn(fjord-capital,kestrel-ai)", "investedIn(birch-ventures,kestrel-ai)"}, nil},
		{"a round backed by",
			"Kestrel AI announced a $60 million funding round backed by Birch Ventures.",
			[]string{"investedIn(birch-ventures,kestrel-ai)"}, nil},
		{"near miss: a product backed by a company is no round",
			"Kestrel AI launched a chip backed by Birch Ventures' research.",
			nil, []string{"investedIn(birch-ventures,kestrel-ai)"}},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
