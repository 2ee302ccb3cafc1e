package extract_test

import "testing"

// TestPartnerBetweenDescribed: describing words before a party of
// "between" ("the tie-up between drone-analytics firm A and B") do not end
// the list (families2.go famBetween); near misses: a person as a party, a
// planned tie-up.
func TestPartnerBetweenDescribed(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"a descriptor before the first party", "Its best-known example remains the 2016 tie-up between drone-analytics firm Acme Telecom and Borealis Networks, two start-ups it had backed.", ab},
		{"descriptors before both parties", "The partnership between cloud provider Acme Telecom and chipmaker Borealis Networks ended in 2024.", ab},
		{"near miss: a person as a party", "The partnership between analyst Jane Park and Borealis Networks ended.", nil},
		{"near miss: a planned tie-up", "A planned tie-up between cloud provider Acme Telecom and Borealis Networks was called off.", nil},
	})
}
