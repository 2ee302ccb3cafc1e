package extract_test

import "testing"

// TestTheyPair: a "they" after two parties the clause reader kept apart,
// a description resolved by coreference and a name joined by "and" at the
// start of a clause, stands for the pair (partner_they_pair.go), with
// sentences written for the test, and the near misses.
func TestTheyPair(t *testing.T) {
	lead := "Borealis Capital led the funding round for Acme Robotics. "
	inv := []string{"investedIn(borealis-capital,acme-robotics)", "investedIn(polar-compute,acme-robotics)"}
	runNews(t, []newsCase{
		{"description and name after ', and'",
			lead + "Polar Compute also took part, and the company and Acme Robotics said they would work together on warehouse robots.",
			append([]string{"partnerOf(acme-robotics,polar-compute)"}, inv...)},

		// near misses
		{"one party before they",
			lead + "Polar Compute also took part, and the company said they would work together on warehouse robots.",
			inv},
		{"the pair inside a phrase, not opening the clause",
			lead + "Polar Compute also took part in a deal with the company and Acme Robotics, which they would expand.",
			inv},
	})
}
