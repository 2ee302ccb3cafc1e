package extract_test

import "testing"

// TestPartnersOfAnAlliance: the "partners" an alliance or consortium
// "includes" are its members, not partners of it (families2.go); a
// company's partners stay its partners.
func TestPartnersOfAnAlliance(t *testing.T) {
	runNews(t, []newsCase{
		{"the consortium whose partners include A, B and C",
			"Kestrel Telecom has joined the Open Edge Alliance, the research consortium whose partners include Acme Telecom, Borealis Networks and Granite Labs.",
			[]string{"memberOf(kestrel-telecom,open-edge-alliance)", "memberOf(acme-telecom,open-edge-alliance)", "memberOf(borealis-networks,open-edge-alliance)", "memberOf(granite-labs,open-edge-alliance)"}},
		{"a company whose partners include A and B: partners",
			"Ion Cloud, the hosting firm whose partners include Acme Telecom and Borealis Networks, opened a site in Oslo.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(borealis-networks,ion-cloud)"}},
	})
}
