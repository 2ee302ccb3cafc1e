package extract_test

import "testing"

// TestPartnerMoU: "MoU" / "MOU" is a memorandum, never a company's name:
// it is the partnership noun of the verb or of "between", and it is no
// party ("the MoU with B" names B alone).
func TestPartnerMoU(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"A and B signed an MoU on", "Acme Telecom and Borealis Networks signed an MoU on quantum-safe encryption.", ab},
		{"A signed a MOU with B", "Acme Telecom signed a MOU with Borealis Networks on encryption.", ab},
		{"the MoU between A and B", "The MoU between Acme Telecom and Borealis Networks covers encryption.", ab},
		{"near miss: the MoU is no party", "Borealis Networks said the MoU would be signed next year.", nil},
		{"near miss: an MoU under discussion", "Acme Telecom is considering an MoU with Borealis Networks.", nil},
	})
}
