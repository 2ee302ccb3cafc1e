package extract_test

import "testing"

// TestQuoteWeIsSpeakerCompany: "we" inside a quotation is the company of
// the speaker the attribution after it names; an analyst's "we", a
// company named outside the attribution and an attribution naming no
// employer resolve nothing.
func TestQuoteWeIsSpeakerCompany(t *testing.T) {
	ceo := "ceoOf(omar-haddad,acme-telecom)"
	runNews(t, []newsCase{
		{"said P, chief executive of X", "\"We are proud to partner with Borealis Networks,\" said Omar Haddad, chief executive of Acme Telecom.",
			[]string{ceo, "partnerOf(acme-telecom,borealis-networks)"}},
		{"P, X's chief executive, said; a list", "\"We are delighted to work with Borealis Networks and Cobalt Mobile on this network,\" Omar Haddad, Acme Telecom's chief executive, said.",
			[]string{ceo, "partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"said X chief executive P, partnered", "\"We partnered with Borealis Networks last year,\" said Acme Telecom chief executive Omar Haddad.",
			[]string{ceo, "partnerOf(acme-telecom,borealis-networks)"}},
		{"proud to partner with A, and with B", "\"We are proud to partner with Borealis Networks, and with Cobalt Mobile, which will run the sites,\" said Omar Haddad, chief executive of Acme Telecom.",
			[]string{ceo, "partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"pleased to collaborate with A, and with B", "Acme Telecom is pleased to collaborate with Borealis Networks, and with Cobalt Mobile, which builds the masts.",
			[]string{"partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: an analyst's we", "\"We think they will partner with Borealis Networks,\" said Omar Haddad, an analyst at Acme Telecom.", nil},
		{"near miss: a company after the attribution's own clause", "\"We are proud to partner with Borealis Networks,\" Omar Haddad told reporters, adding that Acme Telecom would help.", nil},
	})
}
