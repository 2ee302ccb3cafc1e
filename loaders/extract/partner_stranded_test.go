package extract_test

import "testing"

// TestStrandedWith covers partners named after a contact clause whose
// "with" is stranded, after a colon or as the object of "include"
// (partner_stranded.go), with sentences written for the test, and the near
// misses: customers and suppliers, and the flat "X partnered with A" rule
// reading "with include B" (relations.go).
func TestStrandedWith(t *testing.T) {
	pairs := []string{"partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"}
	tests := []newsCase{
		{"the companies A works with include B and C", "The companies Acme Telecom works with include Borealis Networks and Cobalt Mobile.", pairs},
		{"the providers it is working with: B and C", "Acme Telecom sells radios. Acme Telecom also listed the cloud providers it is working with on edge AI: Borealis Networks and Cobalt Mobile.", pairs},

		// near misses
		{"customers A works with", "The customers Acme Telecom works with include Borealis Networks and Cobalt Mobile.", nil},
		{"suppliers it works with", "Acme Telecom sells radios. Acme Telecom also listed the suppliers it works with: Borealis Networks and Cobalt Mobile.", nil},
		{"a company it does not work with", "Acme Telecom sells radios. Acme Telecom also listed the companies it does not work with: Borealis Networks and Cobalt Mobile.", nil},
	}
	runNewsWith(t, perturbRegister(t), tests)
}
