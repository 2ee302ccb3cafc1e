package extract_test

import "testing"

// TestVentureOwned covers joint ventures told by a joint split of their
// ownership or by the founding that made them one (venture_owned.go), with
// sentences written for the test, and near misses that must not fire.
func TestVentureOwned(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"J, owned 50-50 by A and B,", "Granite Labs, owned 50-50 by Acme Telecom and Helix Wireless, rents out graphics processors.",
			[]string{jv + " share=50-50"}},
		{"J is owned equally by A and B", "Granite Labs is owned equally by Acme Telecom and Helix Wireless.",
			[]string{jv}},
		{"J is owned 60% by A and 40% by B", "Granite Labs is owned 60% by Acme Telecom and 40% by Helix Wireless.",
			[]string{jv}},
		{"J was founded in Y as a joint venture by A and B", "Granite Labs was founded in 2007 as a joint venture by Acme Telecom and Helix Wireless.",
			[]string{jv, "founded(granite-labs) date=2007"}},
		{"J was set up by A and B in Y as an equal joint venture", "Granite Labs was set up by Acme Telecom and Helix Wireless in 2019 as an equal joint venture.",
			[]string{jv, "founded(granite-labs) date=2019"}},
		{"A and B unveiled J, their new joint venture", "Acme Telecom and Helix Wireless unveiled Granite Labs, their new joint venture.",
			[]string{jv}},
		{"A and B launched J, a 50:50 venture", "Acme Telecom and Helix Wireless launched Granite Labs, a 50:50 venture, in March.",
			[]string{jv + " share=50:50", "founded(granite-labs)"}}, // "a 50:50 venture" read as one noun phrase (clause_share.go)
		{"A and B created J, a company in which A holds 70% and B the rest", "Acme Telecom and Helix Wireless created Granite Labs, an AI company in which Acme Telecom holds 70% and Helix Wireless the rest.",
			[]string{jv, "founded(granite-labs)", "investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs)"}},
		{"A and B combined X into J, in which A holds 51% and B 49%", "Acme Telecom and Helix Wireless combined their networks into Granite Labs, in which Acme Telecom holds 51% and Helix Wireless 49%.",
			[]string{jv, "investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs)"}},

		// near misses
		{"owned by two, no split: stakes, no venture (round 37)", "Granite Labs is owned by Acme Telecom and Helix Wireless.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs)"}},
		{"owned by one", "Granite Labs, owned 60% by Acme Telecom, bought a stake in Ion Cloud.",
			[]string{"investedIn(granite-labs,ion-cloud)"}},
		{"not owned equally", "Granite Labs is not owned equally by Acme Telecom and Helix Wireless.", nil},
		{"founded as a start-up, not a venture", "Granite Labs was founded in 2007 as a start-up by Acme Telecom and Helix Wireless.",
			[]string{"founded(granite-labs) date=2007", "foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,helix-wireless)"}},
		{"created a company with no split: founders, no venture", "Acme Telecom and Helix Wireless created Granite Labs, a chip company.",
			[]string{"founded(granite-labs)"}},
		{"the split goes to a holder that is no founder", "Acme Telecom and Helix Wireless created Granite Labs, a company in which Ion Cloud holds 70% and Helix Wireless the rest.",
			[]string{"founded(granite-labs)", "investedIn(helix-wireless,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"one founder unveils a venture", "Acme Telecom unveiled Granite Labs, its new joint venture.", nil},
	})
}
