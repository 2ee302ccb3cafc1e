package extract_test

import "testing"

// TestListDescAnd covers a description joined to another organisation by
// a bare "and" (list_desc_and.go, round 22, helper z26jv), with sentences
// written for the test, and the near misses: a description two companies
// fit, the gapped owner of a second clause, and a pair that is one company.
func TestListDescAnd(t *testing.T) {
	intro := "Acme Telecom, the Norwegian carrier, and Helix Wireless, a Dallas investment firm, agreed terms in May. "
	inv := func(investor string) string { return "investedIn(" + investor + ",granite-labs)" }
	jv := "jointVenture(acme-telecom,helix-wireless)"
	hq := "headquarteredIn(acme-telecom,NO)"
	tests := []newsCase{
		{"two descriptions own halves", intro + "The Norwegian carrier and the investment firm each own half of Granite Labs.",
			[]string{hq, inv("acme-telecom"), inv("helix-wireless"), jv}},
		{"a name and a description", intro + "Helix Wireless and the Norwegian carrier each own half of Granite Labs.",
			[]string{hq, inv("acme-telecom"), inv("helix-wireless"), jv}},
		{"passive, description last", intro + "Granite Labs is owned equally by Helix Wireless and the Norwegian carrier.",
			[]string{hq, jv + " share=50-50"}},
		{"a venture between descriptions", intro + "Granite Labs is a joint venture between the Norwegian carrier and the investment firm.",
			[]string{hq, jv}},
		{"described partners", intro + "The Norwegian carrier and the investment firm signed a partnership on rural fibre.",
			[]string{hq, "partnerOf(acme-telecom,helix-wireless)"}},

		// near misses
		{"a description two companies fit", "Acme Telecom, a mobile carrier, and Ion Cloud, a mobile carrier, bid for spectrum. The mobile carrier and Helix Wireless each own half of Granite Labs.",
			[]string{inv("helix-wireless")}},
		{"the gapped owner of a second clause", intro + "Acme Telecom holds 51% of Granite Labs and the investment firm 49%.",
			[]string{hq, inv("acme-telecom")}},
		{"a pair that is one company", intro + "Acme Telecom and the Norwegian carrier's unit own half of Granite Labs.",
			[]string{hq}},
	}
	runNewsWith(t, mustRegister(t, "ventures.yaml", ventureRegister), tests)
}
