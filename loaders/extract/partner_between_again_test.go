package extract_test

import "testing"

// TestPartnerBetweenAgain: pairs after a plural partnership noun and after
// a repeated "between" are partners pair by pair, never across pairs.
func TestPartnerBetweenAgain(t *testing.T) {
	ab := "partnerOf(acme-telecom,borealis-networks)"
	cd := "partnerOf(cobalt-mobile,helix-wireless)"
	runNews(t, []newsCase{
		{"plural noun, between repeated", "The partnerships between Acme Telecom and Borealis Networks and, separately, between Cobalt Mobile and Helix Wireless were renewed in May.", []string{ab, cd}},
		{"plural agreements, between repeated", "Agreements between Acme Telecom and Borealis Networks and, separately, between Cobalt Mobile and Helix Wireless run until 2030.", []string{ab, cd}},
		{"singular noun, between repeated", "A partnership between Acme Telecom and Borealis Networks and, separately, between Cobalt Mobile and Helix Wireless was announced on Monday.", []string{ab, cd}},
		{"plural tie-ups, one pair", "Tie-ups between Acme Telecom and Borealis Networks have multiplied.", []string{ab}},
		{"near miss: a second between after a verb", "A partnership between Acme Telecom and Borealis Networks was signed between March and May.", []string{ab}},
	})
}
