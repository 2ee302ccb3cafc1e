package extract_test

import "testing"

// TestWhoseOwner covers a noun phrase after a relative "whose", whose
// owner is the antecedent (invest_whose.go), with sentences written for
// the test, and the near misses that must not fire.
func TestWhoseOwner(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"whose investors include a list", "Acme Telecom backs many start-ups. Consider Granite Labs, whose investors include Acme Telecom, Ion Cloud and Kestrel Telecom.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"whose backers include, antecedent as subject", "Polar Compute, whose backers include Helix Wireless and Larch Networks, opened an office.",
			[]string{inv("helix-wireless", "polar-compute"), inv("larch-networks", "polar-compute")}},
		{"whose members include", "The Radio Forum, whose members include Acme Telecom and Cobalt Mobile, met in June.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},

		// near misses
		{"whose customers include", "Acme Telecom backs many start-ups. Consider Granite Labs, whose customers include Ion Cloud and Kestrel Telecom.", nil},
		{"whose potential investors include: planned, not done", "Acme Telecom backs many start-ups. Consider Granite Labs, whose potential investors include Ion Cloud.",
			[]string{inv("ion-cloud", "granite-labs") + " modality=planned"}},
		{"whose antecedent is no company: no fall back to the prior subject", "Acme Telecom backs many start-ups. It likes the sector, whose investors include Ion Cloud and Kestrel Telecom.", nil},
	})
}
