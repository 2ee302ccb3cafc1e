package extract_test

import "testing"

// TestTeamedToInvest: "A teamed (up) with B to invest in Y" and "A joined
// forces with B and C to invest in Y": each of them invests, not only the
// company nearest the infinitive.
func TestTeamedToInvest(t *testing.T) {
	reg := fundingRegister(t) // amount_compact_test.go
	tests := []factCase{
		{"teamed with",
			"Fjord Capital teamed with Birch Ventures to invest $30 million in Kestrel AI.",
			[]string{"investedIn(fjord-capital,kestrel-ai) amount=$30 million", "investedIn(birch-ventures,kestrel-ai) amount=$30 million", "partnerOf(birch-ventures,fjord-capital)"}, nil},
		{"joined forces with",
			"Fjord Capital joined forces with Birch Ventures to invest in Kestrel AI.",
			[]string{"investedIn(fjord-capital,kestrel-ai)", "investedIn(birch-ventures,kestrel-ai)", "partnerOf(birch-ventures,fjord-capital)"}, nil},
		{"near miss: a meeting is no teaming",
			"Fjord Capital met with Birch Ventures to discuss Kestrel AI.",
			nil, []string{"investedIn(fjord-capital,kestrel-ai)"}},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
