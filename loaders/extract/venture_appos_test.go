package extract_test

import "testing"

// TestVentureAppositive: the venture's name in apposition after its
// partners, and a partner's former name between commas, are no partners
// (venture_appos.go); a real third partner stays.
func TestVentureAppositive(t *testing.T) {
	jv := "jointVenture(acme-telecom,cobalt-mobile)"
	tests := []newsCase{
		{"the venture named after the partners", "The joint venture between Acme Telecom and Cobalt Mobile, Nimbus Edge, builds fibre.", []string{jv}},
		{"the venture named after 'with B'", "Acme Telecom's joint venture with Cobalt Mobile, Nimbus Edge, builds fibre.", []string{jv}},
		{"a former name between commas", "Nimbus Edge was formed as a joint venture in 2021, when Acme Telecom, then still called Ion Cloud, and Cobalt Mobile agreed to fold their data centres into one company.",
			[]string{jv, "founded(nimbus-edge) date=2021"}},
		{"three partners stay three", "Nimbus Edge, a joint venture of Acme Telecom, Borealis Networks and Cobalt Mobile, builds fibre.",
			[]string{"jointVenture(acme-telecom,borealis-networks,cobalt-mobile)"}},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
