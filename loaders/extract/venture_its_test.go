package extract_test

import "testing"

// TestVentureIts covers "its/their joint venture" as a venture verb's
// object (venture_its.go, round 22, helper z26jv), with sentences written
// for the test, and the near misses: a negated verb, a venture closed, and
// the apposition that families2.go already read.
func TestVentureIts(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	tests := []newsCase{
		{"completed its joint venture with B", "Acme Telecom completed its joint venture with Helix Wireless, which now runs rural towers.", []string{jv}},
		{"formed its joint venture with B", "Acme Telecom formed its joint venture with Helix Wireless in 2023.", []string{jv}},
		{"A and B sealed their joint venture", "Acme Telecom and Helix Wireless sealed their joint venture in April.", []string{jv}},
		{"sealed its joint venture", "Acme Telecom sealed its joint venture with Helix Wireless on Monday.", []string{jv}},
		{"planned: wants to complete", "Acme Telecom wants to complete its joint venture with Helix Wireless.", []string{jv + " modality=planned"}},

		// near misses
		{"negated", "Acme Telecom did not complete its joint venture with Helix Wireless.", nil},
		{"a venture closed", "Acme Telecom closed its joint venture with Helix Wireless after two years of losses.", nil},
	}
	runNewsWith(t, mustRegister(t, "ventures.yaml", ventureRegister), tests)
}
