package extract_test

import "testing"

// TestVentureJointly covers joint ventures told by their co-owners
// (venture_jointly.go), with sentences written for the test, and the near
// misses that must not fire.
func TestVentureJointly(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	runNews(t, []newsCase{
		{"A and B run J together", "Acme Telecom and Helix Wireless run Granite Labs together as a wholesale carrier.",
			[]string{jv}}, // co-running J is no partnership (partner_coowned.go)
		{"A and B jointly own J", "Acme Telecom and Helix Wireless jointly own Granite Labs, a tower company.",
			[]string{jv}},
		{"A and B will jointly control J", "Acme Telecom and Helix Wireless will jointly control Granite Labs after the deal.",
			[]string{jv + " modality=planned"}},
		{"are the founding shareholders of the joint venture", "Acme Telecom and Helix Wireless are the founding shareholders of the joint venture.",
			[]string{jv}},
		{"with A and B as its two founding partners", "Granite Labs, the investment company that was born in March with Acme Telecom and Helix Wireless as its two founding partners, has hired staff.",
			[]string{jv}},
		{"J is itself a joint venture: A owns 60% and B the remaining 40%", "Granite Labs is itself a joint venture: Acme Telecom owns 60% of the company and Helix Wireless holds the remaining 40%.",
			[]string{jv, "investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs)"}},
		{"The two will jointly acquire J", "Acme Telecom met Helix Wireless in May. The two will jointly acquire Granite Labs, a fibre company.",
			[]string{jv + " modality=planned"}},

		// near misses
		{"one company acquires J", "Acme Telecom will acquire Granite Labs, a fibre company, with money from Helix Wireless.", nil},
		{"acquired, not jointly", "Acme Telecom and Helix Wireless acquired Granite Labs and Ion Cloud.", nil},
		{"one owner runs J", "Acme Telecom runs Granite Labs together with its own shops.", nil},
		{"together with a partner is no co-ownership here", "Acme Telecom and Helix Wireless run Granite Labs together with Ion Cloud.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(helix-wireless,ion-cloud)"}},
		{"not jointly", "Acme Telecom and Helix Wireless own Granite Labs and Ion Cloud.", nil},
		{"did not jointly own", "Acme Telecom and Helix Wireless did not jointly own Granite Labs.", nil},
		{"running a group together is no venture", "Acme Telecom and Helix Wireless run the Radio Forum together.",
			[]string{"partnerOf(acme-telecom,helix-wireless)"}},
		{"founding partners of an alliance are no venture", "The Radio Forum, the body that was born in March with Acme Telecom and Helix Wireless as its two founding partners, has hired staff.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)"}},
		{"founding members are no shareholders", "Acme Telecom and Helix Wireless are the founding members of Granite Labs.", nil},
		{"founding shareholders of a company are its investors", "Acme Telecom, Helix Wireless and Ion Cloud are the founding shareholders of Granite Labs.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs)", "investedIn(ion-cloud,granite-labs)",
				"foundedBy(granite-labs,acme-telecom)", "foundedBy(granite-labs,helix-wireless)", "foundedBy(granite-labs,ion-cloud)"}},
		{"founding shareholders of a venture that is not joint", "Acme Telecom and Helix Wireless are the founding shareholders of the venture.", nil},
		{"a joint venture with one owner named", "Granite Labs is itself a joint venture: Acme Telecom owns 60% of the company.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"a company that is no joint venture", "Granite Labs is a listed company: Acme Telecom owns 60% of it and Helix Wireless holds the remaining 40%.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs)"}},
	})
}
