package extract_test

import "testing"

// TestPartnerCountAs: "X counts A as a partner", the as-phrase variant of
// "counts A among its partners" (partner_count_as.go), with a list and a
// description as subject; near misses: a customer, a former or potential
// partner, a negated count.
func TestPartnerCountAs(t *testing.T) {
	ab := "partnerOf(acme-telecom,borealis-networks)"
	ac := "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"one partner with a purpose", "Acme Telecom counts Borealis Networks as a partner for its messaging service.", []string{ab}},
		{"a list as key partners", "Acme Telecom counts Borealis Networks and Cobalt Mobile as key technology partners.", []string{ab, ac}},
		{"a description as subject", "Acme Telecom is a Lisbon operator. The operator counts Borealis Networks as a strategic partner in cloud.", []string{ab}},
		{"near miss: a customer", "Acme Telecom counts Borealis Networks as a customer.", nil},
		{"near miss: a former partner", "Acme Telecom counts Borealis Networks as a former partner.", nil},
		{"near miss: a potential partner", "Acme Telecom counts Borealis Networks as a potential partner.", nil},
		{"near miss: negated", "Acme Telecom does not count Borealis Networks as a partner.", nil},
	})
}
