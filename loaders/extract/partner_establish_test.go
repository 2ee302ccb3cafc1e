package extract_test

import "testing"

// TestPartnerEstablish: "establish a partnership" is the partnership's
// light verb, as "form" and "forge" are; a founded venture is no
// partnership of this rule.
func TestPartnerEstablish(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"A and B established a partnership", "Acme Telecom and Borealis Networks established a strategic partnership in June.", ab},
		{"A will establish a collaboration with B", "Acme Telecom will establish a research collaboration with Borealis Networks.", []string{"partnerOf(acme-telecom,borealis-networks) modality=planned"}},
	})
}
