package extract_test

import "testing"

// TestPartnerJointSpan: joint work whose with-phrase follows an object of
// several units and phrases of place and time (partner_joint_span.go);
// near misses: money ("with funding from"), a with-list given another
// role by "as", a group's work with its members, a person.
func TestPartnerJointSpan(t *testing.T) {
	ab := "partnerOf(acme-telecom,borealis-networks)"
	ac := "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"named product and noun as object", "Acme Telecom launched the Orbit translation model with Borealis Networks.", []string{ab}},
		{"place phrase and a list", "Acme Telecom is trialling edge AI inference at base stations with Borealis Networks and Cobalt Mobile.", []string{ab, ac}},
		{"place and time before with", "Acme Telecom will build a GPU cluster in Lisbon next year with Borealis Networks.", []string{ab + " modality=planned"}},
		{"purpose and place before with", "Acme Telecom has developed a fraud detection engine for banks in Brazil with Cobalt Mobile.", []string{ac}},
		{"near miss: with funding from", "Acme Telecom launched the Orbit network in Lisbon with funding from Borealis Networks.", nil},
		{"near miss: a group with its members", "The Open Grid Alliance is testing its first reference design at base stations in Lisbon with Borealis Networks and Cobalt Mobile.", nil},
		{"near miss: a person", "Acme Telecom tested the new routers at its sites with Jane Doe.", nil},
	})
}
