package extract_test

import "testing"

// TestHeadlineInfinitive: a headline's "A and B to <verb>" states what the
// two will do; the names that open it are the verb's subject.
func TestHeadlineInfinitive(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"A and B to form a partnership", "Acme Telecom and Borealis Networks to form strategic partnership on edge AI", ab},
		{"A and B to partner on", "Acme Telecom and Borealis Networks to partner on open RAN trials", ab},
		{"A, B to team up on", "Acme Telecom, Borealis Networks to team up on subsea cables", ab},
		{"near miss: A's plan to", "Acme Telecom's plan to form a partnership with rivals stalled.", nil},
	})
}
