package extract_test

import "testing"

// TestCopulaNounPartner: "stays"/"remains" with a coordinated noun
// complement ("anchor tenant and strategic partner of B") state the last
// noun's relation (nlp_copula_noun.go, families2.go famCopula).
func TestCopulaNounPartner(t *testing.T) {
	runNews(t, []newsCase{
		{"stays a partner of B",
			"Kestrel Telecom sold its holding last year, yet it stays a preferred partner of Larch Networks.",
			[]string{"partnerOf(kestrel-telecom,larch-networks)"}},
		{"remains anchor tenant and strategic partner of B",
			"Acme Telecom remains anchor customer and technology partner of Ion Cloud after the sale.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
		{"near miss: remains anchor tenant of B (no partner noun)",
			"Acme Telecom remains anchor tenant of Ion Cloud after the sale.",
			nil},
	})
}
