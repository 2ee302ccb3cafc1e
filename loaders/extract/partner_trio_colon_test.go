package extract_test

import "testing"

// TestPartnerTrioColon: "A three-way deal: A, B and C agreed to ..." sets
// out the parties after a colon; the count must match and the clause must
// not be negated (partner_trio.go).
func TestPartnerTrioColon(t *testing.T) {
	abc := []string{"partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(borealis-networks,cobalt-mobile)"}
	planned := []string{"partnerOf(acme-telecom,borealis-networks) modality=planned", "partnerOf(acme-telecom,cobalt-mobile) modality=planned", "partnerOf(borealis-networks,cobalt-mobile) modality=planned"}
	runNews(t, []newsCase{
		{"three-way deal: A, B and C agreed", "A three-way deal: Acme Telecom, Borealis Networks and Cobalt Mobile agreed to share radio sites in the north.", abc},
		{"tripartite pact: A, B and C will", "The tripartite pact: Acme Telecom, Borealis Networks and Cobalt Mobile will build an AI cloud.", planned},
		{"near miss: a count that does not match", "A four-way deal: Acme Telecom, Borealis Networks and Cobalt Mobile agreed to share sites.", nil},
		{"near miss: negated", "A three-way deal: Acme Telecom, Borealis Networks and Cobalt Mobile did not agree on sites.", nil},
	})
}
