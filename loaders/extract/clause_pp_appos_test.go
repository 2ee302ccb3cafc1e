package extract_test

import "testing"

// TestPPApposedName: a preposition's object that is a company description
// with the name set off after it ("with Norway's second operator, B,")
// takes the name. Near misses: a comma before a verb of saying ("with the
// operator, B said") and a coordinated clause keep the description.
func TestPPApposedName(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"country's descriptor, closing comma", "Acme Telecom has partnered with Norway's second-largest operator, Borealis Networks, to sell fibre plans.", ab},
		{"country's descriptor at the end", "Acme Telecom inked a deal with the region's biggest carrier, Borealis Networks.", ab},
		{"demonym descriptor, two names", "Acme Telecom signed a pact with two Dutch telcos, Borealis Networks and Cobalt Mobile.",
			[]string{"headquarteredIn(borealis-networks,NL)", "headquarteredIn(cobalt-mobile,NL)", "partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: a verb of saying", "Acme Telecom signed a deal with the operator, Borealis Networks said on Monday.", nil},
		{"near miss: a coordinated clause", "Acme Telecom signed a deal with the operator, and Borealis Networks did too.", nil},
	})
}
