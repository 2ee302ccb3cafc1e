package extract_test

import "testing"

// TestPossessivePartnerNationality: "A's Indonesian partner B" names B as
// A's partner like "A's partner B"; a rival or a former partner does not.
func TestPossessivePartnerNationality(t *testing.T) {
	runNews(t, []newsCase{
		{"A's <nat> partner B", "Acme Telecom's Chilean partner Meridian Mobile will run the trial.",
			[]string{"partnerOf(acme-telecom,meridian-mobile)"}},
		{"A's <nat> rival B", "Acme Telecom's Chilean rival Meridian Mobile grew faster.",
			[]string{"headquarteredIn(meridian-mobile,CL)"}},
	})
}

// TestReachAgreement: "reach" takes a partnership noun like "sign": "A and
// B have reached an agreement for ...", "A reached an agreement with B";
// an agreement to buy names no partner.
func TestReachAgreement(t *testing.T) {
	runNews(t, []newsCase{
		{"A and B reached an agreement", "Polar Compute and Ion Cloud have reached an agreement for the joint development of edge servers.",
			[]string{"partnerOf(ion-cloud,polar-compute)"}},
		{"A reached an agreement with B", "Helix Wireless reached an agreement with Larch Networks to build a private network.",
			[]string{"partnerOf(helix-wireless,larch-networks)"}},
		{"an agreement to buy", "Helix Wireless reached an agreement to buy Larch Networks.", nil},
	})
}
