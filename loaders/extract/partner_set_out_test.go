package extract_test

import "testing"

// TestPartnerSetOut: verbs that present a partnership ("set out",
// "outlined", "detailed") take a partnership noun as the
// signing verbs do, also with coordinated descriptions as subjects; the
// tagger reads "out" after "set" as the verb's particle. Near
// misses: a plan or strategy set out, a negated verb.
func TestPartnerSetOut(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"A and B set out a partnership", "Acme Telecom and Borealis Networks set out a partnership that reaches from data centres to rooftops.", ab},
		{"A set out a partnership with B", "Acme Telecom set out a partnership with Borealis Networks on edge AI.", ab},
		{"near miss: set out a plan", "Acme Telecom and Borealis Networks set out plans to cut costs.", nil},
		{"near miss: did not set out a partnership", "Acme Telecom and Borealis Networks did not set out a partnership.", nil},
	})
}
