package extract_test

import "testing"

// TestPartnerPossDeal: "A's deal/agreement with B" is a partnership with
// a name, "its" or a description the article gave one company as the
// holder (partner_poss_deal.go). Near misses: a supply deal, a deal told
// by a sale infinitive, a tentative deal, and a description that fits
// two companies the article described.
func TestPartnerPossDeal(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"named holder, copula", "Acme Telecom's deal with Borealis Networks is a five-year alliance, not an investment.", ab},
		{"agreement with an infinitive", "Acme Telecom's agreement with Borealis Networks to run joint trials is a commercial tie-up.", ab},
		{"its deal", "Acme Telecom said its deal with Borealis Networks would widen next year.", ab},
		{"description holder", "Acme Telecom, the Danish operator, runs mobile networks. Analysts praised the Danish operator's agreement with Borealis Networks.",
			[]string{"headquarteredIn(acme-telecom,DK)", "partnerOf(acme-telecom,borealis-networks)"}},
		{"a list after with", "Acme Telecom's agreements with Borealis Networks and Granite Labs cover edge AI.",
			[]string{"partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,granite-labs)"}},
		{"near miss: a supply deal", "Acme Telecom's supply deal with Borealis Networks ends in June.", nil},
		{"near miss: a sale infinitive", "Acme Telecom's deal with Borealis Networks to supply radios ends in June.", nil},
		{"near miss: a rumoured deal", "Not on the list: Acme Telecom's long-rumoured deal with Borealis Networks, which Acme Telecom denied.", nil},
		{"near miss: a proposed agreement", "Acme Telecom's proposed agreement with Borealis Networks was dropped.", nil},
		{"near miss: a description of two", "Acme Telecom, a Danish operator, and Cobalt Mobile, a Swedish operator, run networks. The operator's deal with Borealis Networks covers cloud.",
			[]string{"headquarteredIn(cobalt-mobile,SE)"}},
	})
}
