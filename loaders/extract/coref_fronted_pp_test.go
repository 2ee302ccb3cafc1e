package extract_test

import "testing"

// TestFrontedWithDescription: a description opening the main clause after
// a fronted phrase of partnership is not the phrase's partner
// (coref_fronted_pp.go), with sentences written for the test, and the
// near miss of a real apposition.
func TestFrontedWithDescription(t *testing.T) {
	lead := "Acme Telecom, the Spanish operator, sells phones. "
	tests := []newsCase{
		{"in collaboration with B, the description",
			lead + "In collaboration with Borealis Networks, the Spanish operator opened a lab in Madrid.",
			[]string{"headquarteredIn(acme-telecom,ES)", "partnerOf(acme-telecom,borealis-networks)"}},
		{"together with B, the description",
			lead + "Together with Borealis Networks, the Spanish operator will trial open radio gear.",
			[]string{"headquarteredIn(acme-telecom,ES)"}},

		// near miss: an apposition after a name is the name's
		{"an apposition in the main clause",
			"Acme Telecom sells phones. It signed a deal with Borealis Networks, the Spanish operator, last year.",
			[]string{"headquarteredIn(borealis-networks,ES)", "partnerOf(acme-telecom,borealis-networks)"}},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
