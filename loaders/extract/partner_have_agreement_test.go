package extract_test

import "testing"

// TestPartnerHaveAgreement: "A has (its own) agreement with B" is a
// partnership; a supply agreement, a planned one or one without a named
// counterpart is not (partner_have_agreement.go).
func TestPartnerHaveAgreement(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"has its own agreement with", "Acme Telecom has its own agreement with Borealis Networks on open-source models.", ab},
		{"has an agreement with", "Acme Telecom has an agreement with Borealis Networks covering edge computing.", ab},
		{"near miss: a supply agreement", "Acme Telecom has a supply agreement with Borealis Networks for radios.", nil},
		{"near miss: a planned agreement", "Acme Telecom has a planned agreement with Borealis Networks.", nil},
		{"near miss: no agreement", "Acme Telecom has no agreement with Borealis Networks.", nil},
	})
}
