package extract_test

import "testing"

// TestPartnerAllianceParty: a company working with an alliance is no
// partner of it (a member's or supplier's role); two alliances and two
// companies still partner (partner_alliance.go).
func TestPartnerAllianceParty(t *testing.T) {
	runNews(t, []newsCase{
		{"near miss: a company works with an alliance told by a pronoun", "The Open Edge Alliance said Acme Telecom will work with it on energy supply.", nil},
		{"near miss: ... or by a description", "The Open Edge Alliance grew. Acme Telecom will work with the alliance on energy supply.", nil},
		{"an alliance named in the sentence stays a partner", "Acme Telecom made a joint commitment with the Open Edge Alliance to build networks.", []string{"partnerOf(acme-telecom,open-edge-alliance)"}},
		{"two alliances partner", "The Radio Forum has partnered with the Open Edge Alliance on testing.", []string{"partnerOf(open-edge-alliance,radio-forum)"}},
		{"two companies partner", "Acme Telecom will work with Borealis Networks on energy supply.", []string{"partnerOf(acme-telecom,borealis-networks)"}},
	})
}
