package extract_test

import "testing"

// TestPartnerUpPresent: a headline's present tense after two names, "A and
// B team up on", "A, B tie up to", is the partnership verb, not the nouns
// "team" and "tie".
func TestPartnerUpPresent(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"A and B team up on", "Acme Telecom and Borealis Networks team up on satellite backhaul", ab},
		{"A and B tie up on", "Acme Telecom and Borealis Networks tie up on private 5G for ports", ab},
		{"A, B tie up to", "Acme Telecom, Borealis Networks tie up to build edge data centres", ab},
		{"near miss: the A team", "The Acme Telecom team up in the Arctic tested the radios.", nil},
	})
}
