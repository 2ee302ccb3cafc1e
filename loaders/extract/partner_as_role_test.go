package extract_test

import "testing"

// TestPartnerAsRole: a company that lines up, names, picks or brings in
// others "as partners" is their partner, each of a described list;
// near misses: "as customers" or "as investors", a negated verb, a
// passive with no agent, a person named as a partner.
func TestPartnerAsRole(t *testing.T) {
	abc := []string{"partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,granite-labs)"}
	runNews(t, []newsCase{
		{"lined up a described list as partners", "Acme Telecom has lined up cloud firm Borealis Networks, Helix's radio arm Cobalt Mobile and data start-up Granite Labs as partners.", abc},
		{"named a list as launch partners", "Acme Telecom named Borealis Networks, Cobalt Mobile and Granite Labs as its launch partners for the service.", abc},
		{"brought in two as partners", "Acme Telecom brought in Borealis Networks and Cobalt Mobile as partners on the model.", abc[:2]},
		{"picked one as technology partner", "Acme Telecom picked Borealis Networks as its technology partner.", abc[:1]},
		{"near miss: as customers", "Acme Telecom has lined up Borealis Networks and Cobalt Mobile as customers.", nil},
		{"near miss: as investors", "Acme Telecom brought in Borealis Networks as an investor.", nil},
		{"near miss: negated", "Acme Telecom did not name Borealis Networks as a partner.", nil},
	})
}
