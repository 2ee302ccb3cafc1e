package extract_test

import "testing"

// TestPartnerSelectModified: "A has selected B as its preferred ... partner"
// reads an unknown -ed word after a determiner as an adjective, and a
// partner noun after a determiner, adjectives and names as a noun, so the
// "as"-phrase keeps its head (nlp_participle_adj.go).
func TestPartnerSelectModified(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"its preferred partner", "Acme Telecom has chosen Borealis Networks as its preferred partner.", ab},
		{"its preferred generative AI partner for", "Acme Telecom has selected Borealis Networks as its preferred generative AI partner for its chatbot, the company said.", ab},
		{"a trusted cloud partner", "Acme Telecom picked Borealis Networks as a trusted regional AI partner for business customers.", ab},
		{"near miss: selected as a supplier", "Acme Telecom has selected Borealis Networks as its preferred radio supplier.", nil},
	})
}
