package extract_test

import "testing"

// TestPartnerDocumentTitle: an agreement's title in capitals ("a
// Memorandum of Understanding", "a Strategic Partnership Agreement") is the
// partnership noun, not an unknown company's name.
func TestPartnerDocumentTitle(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"A and B signed a Memorandum of Understanding", "Acme Telecom and Borealis Networks have signed a Memorandum of Understanding to explore quantum networking.", ab},
		{"A signed a Memorandum of Understanding with B", "Acme Telecom signed a Memorandum of Understanding with Borealis Networks on rural coverage.", ab},
		{"A and B signed a Strategic Partnership Agreement", "Acme Telecom and Borealis Networks signed a Strategic Partnership Agreement in Lisbon.", ab},
		{"near miss: a title under discussion", "Acme Telecom is considering a Memorandum of Understanding with Borealis Networks.", nil},
	})
}
