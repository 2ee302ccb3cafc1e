package extract_test

import "testing"

// TestWithCoordinatedDescriptor: a descriptor with coordinated modifiers
// between "with" and the partner ("with Portuguese cloud and fibre group
// B") names B.
func TestWithCoordinatedDescriptor(t *testing.T) {
	runNews(t, []newsCase{
		{"with <nat> X and Y company B", "Acme Telecom signed a memorandum of understanding with Portuguese cloud and fibre company Ion Cloud to build data centres.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
		{"with X and Y firm B", "Acme Telecom has partnered with networking and software firm Borealis Networks on 6G.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
	})
}
