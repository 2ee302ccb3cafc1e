package extract_test

import "testing"

// TestMemberAmongBare: "A and B are among the members" with no "of X"
// names members of the group the sentence speaks of. Near misses: among
// the customers, a negated copula, no group named or in discussion.
func TestMemberAmongBare(t *testing.T) {
	bc := []string{"memberOf(borealis-networks,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance)"}
	runNews(t, []newsCase{
		{"among the members, while", "The Open Edge Alliance pairs chips with software; Borealis Networks and Cobalt Mobile are among the members, while Ion Cloud has stayed out.", bc},
		{"among its members.", "Acme Telecom backs the Open Edge Alliance, and Borealis Networks and Cobalt Mobile are among its members.", bc},
		{"near miss: among the customers", "The Open Edge Alliance sells test kits; Borealis Networks and Cobalt Mobile are among the customers.", nil},
		{"near miss: negated", "The Open Edge Alliance pairs chips with software; Borealis Networks and Cobalt Mobile are not among the members.", nil},
		{"near miss: no group", "Acme Telecom sells radios; Borealis Networks and Cobalt Mobile are among the members.", nil},
	})
}
