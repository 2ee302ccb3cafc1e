package extract_test

import "testing"

// TestPartnerNounClause: a partnership noun with a contact or relative
// clause whose subject signed it with B, "works hand in hand with B", and
// a value after the partnership noun (partner_relative_noun.go); near
// misses: a supply deal, a person as the clause's subject, a negated
// verb, a proposed pact.
func TestPartnerNounClause(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"the memorandum A signed with B", "The memorandum Acme Telecom signed with Borealis Networks covers edge AI.", ab},
		{"a pact that A struck with B", "The pact that Acme Telecom struck with Borealis Networks runs to 2030.", ab},
		{"under a memorandum it signed with B", "Acme Telecom will contribute models under a memorandum it signed with Borealis Networks.", ab},
		{"works hand in hand with B", "Acme Telecom works hand in hand with Borealis Networks on secure networks.", ab},
		{"an alliance worth N", "Acme Telecom and Borealis Networks signed a strategic alliance worth 2.4 trillion won, the largest such deal.", ab},
		{"near miss: a supply deal A signed with B", "The supply deal Acme Telecom signed with Borealis Networks covers radios.", nil},
		{"near miss: a person signed it", "The memorandum Jane Park signed with Borealis Networks covers chips.", nil},
		{"near miss: a proposed pact", "The proposed pact Acme Telecom signed with Borealis Networks was never ratified.", nil},
		{"near miss: not hand in hand", "Acme Telecom does not work hand in hand with Borealis Networks.", nil},
	})
}
