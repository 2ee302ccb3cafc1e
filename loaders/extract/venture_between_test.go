package extract_test

import "testing"

// TestVentureBetween covers venture parties in apposition after "between"
// and a venture's funders as a copula's subject (venture_between.go),
// with sentences written for the test, and the near misses.
func TestVentureBetween(t *testing.T) {
	inv := func(investor string) string { return "investedIn(" + investor + ",nimbus-edge)" }
	tests := []newsCase{
		{"between A, a description, and B", "Nimbus Edge is a joint venture between Acme Telecom, the French operator, and IT group Cobalt Mobile.",
			[]string{"headquarteredIn(acme-telecom,FR)", "jointVenture(acme-telecom,cobalt-mobile)"}},
		{"between A, country's description, and B", "Nimbus Edge is a joint venture between Acme Telecom, France's largest telecoms operator, and IT services group Cobalt Mobile.",
			[]string{"headquarteredIn(acme-telecom,FR)", "jointVenture(acme-telecom,cobalt-mobile)"}},
		{"between a list with a serial comma", "Nimbus Edge is a joint venture between Acme Telecom, Borealis Networks, and Cobalt Mobile.",
			[]string{"jointVenture(acme-telecom,borealis-networks,cobalt-mobile)"}},
		{"the equity funders of the venture are", "Nimbus Edge will build data centres in Texas. The equity funders of the joint venture are Acme Telecom, Borealis Networks and Cobalt Mobile.",
			[]string{inv("acme-telecom"), inv("borealis-networks"), inv("cobalt-mobile"), "jointVenture(acme-telecom,borealis-networks,cobalt-mobile)"}},
		{"funders after the partners were told", "Acme Telecom and Borealis Networks set up Nimbus Edge, a joint venture, in 2024. The founding shareholders of the venture are Acme Telecom and Borealis Networks.",
			[]string{inv("acme-telecom"), inv("borealis-networks"), "jointVenture(acme-telecom,borealis-networks)"}},

		// near misses
		{"a relative clause is no apposition", "Nimbus Edge is a joint venture between Acme Telecom, which sells phones, and Cobalt Mobile.", nil},
		{"former shareholders", "Nimbus Edge sells gear. The former shareholders of the venture are Acme Telecom and Cobalt Mobile.", nil},
		{"customers of the venture", "Nimbus Edge sells gear. The customers of the venture are Acme Telecom and Cobalt Mobile.", nil},
		{"funders of no venture in reach", "Acme Telecom sells gear. The equity funders of the venture are Borealis Networks and Cobalt Mobile.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
