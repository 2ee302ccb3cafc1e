package extract_test

import "testing"

// TestPartnerCustomerExamples: names given as examples of customers, or
// of the companies a firm "works with", state no partnership
// (partner_customer_examples.go); a partnership verb before generic
// examples and a customer roster inside a relative clause on the partner
// still state theirs.
func TestPartnerCustomerExamples(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"works with companies such as a list", "Acme Telecom sells AI tools. It works with companies such as Borealis Networks, Cobalt Mobile and Helix Wireless.", nil},
		{"works with customers including", "Acme Telecom works with customers including Borealis Networks and Cobalt Mobile.", nil},
		{"has worked with clients like", "Acme Telecom has worked with clients like Borealis Networks.", nil},
		{"still read: partners with firms such as", "Acme Telecom partners with firms such as Borealis Networks.", ab},
		{"still read: the partner's own customers", "Acme Telecom has teamed up with Borealis Networks, which counts customers such as Cobalt Mobile.", ab},
	})
}
