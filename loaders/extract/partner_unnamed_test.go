package extract_test

import "testing"

// TestUnnamedAlliancePartners: "an alliance" the mentions hold as a
// placeholder for a group named later is, while no name comes, a
// partnership noun: the verb's subject and its with-phrase (or the two
// subjects) are partners. Near misses: the alliance is named in the same
// sentence or the next, and its founders are stated instead.
func TestUnnamedAlliancePartners(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	fm := []string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)"}
	runNews(t, []newsCase{
		{"entered into an alliance with", "Acme Telecom has entered into a strategic alliance with Borealis Networks.", ab},
		{"entered into, no adjective", "Acme Telecom entered into an alliance with Borealis Networks last year.", ab},
		{"pair subject, participle after the alliance", "Acme Telecom and Borealis Networks unveiled a strategic alliance designed to widen rural coverage.", ab},
		{"pair subject, aimed at", "Acme Telecom and Borealis Networks have formed an alliance aimed at cutting roaming fees.", ab},
		{"pair subject, relative clause", "Acme Telecom and Borealis Networks sealed an alliance that covers satellite backhaul.", ab},
		{"near miss: named in the sentence", "Acme Telecom and Borealis Networks formed a new alliance called the Open Edge Alliance.", fm},
		{"near miss: named in the next sentence", "Acme Telecom and Borealis Networks have formed an alliance aimed at cutting roaming fees. The Open Edge Alliance opens in May.", fm},
	})
}

// TestCapitalisedFieldsNoName: a field of business a newsroom writes with
// a capital ("Internet", "Web", "ICT") before a common noun names no
// organisation, so it is nobody's partner and has no seat.
func TestCapitalisedFieldsNoName(t *testing.T) {
	runNews(t, []newsCase{
		{"possessive country descriptor", "Acme Telecom signed a deal with Borealis Networks, Finland's leading mobile Internet service provider.",
			[]string{"headquarteredIn(borealis-networks,FI)", "partnerOf(acme-telecom,borealis-networks)"}},
		{"descriptor alone", "Acme Telecom signed a deal with a leading Web hosting provider.", nil},
		{"acronym before partner", "Acme Telecom picked Borealis Networks as its ICT partner.", []string{"partnerOf(acme-telecom,borealis-networks)"}},
	})
}

// TestPersonOwnedPartner: "with P's X", a person's possessive before the
// company the with-phrase names, makes X the partner, the person nobody's
// partner. Near miss: "P's team" names no company.
func TestPersonOwnedPartner(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"signed a pact with", "Acme Telecom signed a pact with Jane Park's Borealis Networks on Tuesday.", ab},
		{"a title before the person", "Acme Telecom has teamed up with tycoon Omar Haddad's Borealis Networks to sell satellite plans.", ab},
		{"nominal partnership", "Acme Telecom's alliance with Lena Berg's Borealis Networks covers three markets.", ab},
		{"near miss: the person's team", "Acme Telecom signed a pact with Jane Park's team.", nil},
	})
}
