package extract_test

import "testing"

// TestPartnerJoinedPair: a line that is nothing but "A x B" or "A + B" (a
// listicle's item heading) is a partnership; "A and B" alone, a country
// pair or a third name is not (partner_heading_pair.go).
func TestPartnerJoinedPair(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"A x B", "Acme Telecom x Borealis Networks", ab},
		{"numbered A + B", "3. Acme Telecom + Borealis Networks", ab},
		{"A × B with a full stop", "Acme Telecom × Borealis Networks.", ab},
		{"near miss: A and B", "Acme Telecom and Borealis Networks", nil},
		{"near miss: a longer line", "Acme Telecom x Borealis Networks x Cobalt Mobile", nil},
	})
}
