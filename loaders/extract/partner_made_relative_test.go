package extract_test

import "testing"

// TestPartnerMadeRelative: two parties that set up or ran together the
// thing a relative clause hangs on, with or without "that", are its
// founders or co-owners, not partners (partner_made_relative.go); a main
// clause of setting up or running something together is still a
// partnership.
func TestPartnerMadeRelative(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"project that the two set up together", "The specs come from Orbit, the open-source project that Acme Telecom and Borealis Networks set up together in 2021.", nil},
		{"venture the two ran together, no pronoun", "Orbit Mobile was the handset venture Acme Telecom and Borealis Networks ran together until 2012.", nil},
		{"lab the two founded together, no pronoun", "Orbit is the research lab Acme Telecom and Borealis Networks founded together in 2019.", nil},
		{"still read: main clause set up together", "Acme Telecom and Borealis Networks set up a test lab together in 2021.", ab},
		{"still read: main clause ran a trial together", "Acme Telecom and Borealis Networks ran the trial together in Lisbon.", ab},
	})
}
