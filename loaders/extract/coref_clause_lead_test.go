package extract_test

import "testing"

// TestClauseLeadCompany: a company description that opens a clause after
// ", and" or ", but" is the company that opened the sentence as its
// subject, not the one the sentence before was about (coref_clause_lead.go).
func TestClauseLeadCompany(t *testing.T) {
	runNews(t, []newsCase{
		{"the company after ', and'",
			"Borealis Capital led the funding round for Acme Robotics. Polar Compute also took part, and the company will become a partner of Acme Robotics.",
			[]string{"investedIn(borealis-capital,acme-robotics)", "investedIn(polar-compute,acme-robotics)", "partnerOf(acme-robotics,polar-compute) modality=planned"}},
		{"the company after ', but'",
			"Borealis Capital led the funding round for Acme Robotics. Polar Compute did not take part, but the company has joined the Open Edge Alliance.",
			[]string{"investedIn(borealis-capital,acme-robotics)", "memberOf(polar-compute,open-edge-alliance)"}},
	})
}
