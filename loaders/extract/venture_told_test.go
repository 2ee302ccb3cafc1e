package extract_test

import "testing"

// TestVentureOwnersTold covers a venture whose partners were told by an
// unnamed joint-venture fact naming it (ventures.go): later stake holders
// are investors, not further partners.
func TestVentureOwnersTold(t *testing.T) {
	reg := mustRegister(t, "jv.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  granite-mobility: {name: Granite Mobility, type: joint_venture}
`)
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNewsWith(t, reg, []newsCase{
		{"partners told before the stake holders",
			"Granite Mobility, the mobility joint venture set up by Acme Telecom and Ion Cloud last year, has gained two more shareholders. " +
				"Cobalt Mobile and Helix Wireless each agreed on Thursday to put about 250 million yen into the company, taking a stake of roughly 10% apiece. " +
				"Acme Telecom holds 50.25% and Ion Cloud the remaining 49.75% before the new shares are issued.",
			// the partners' own holdings are read as stakes (as before); no
			// second venture fact takes the new holders as partners
			[]string{"jointVenture(acme-telecom,ion-cloud)", inv("acme-telecom", "granite-mobility"), inv("ion-cloud", "granite-mobility"), inv("cobalt-mobile", "granite-mobility") + " date=2025-06-12 amount=250 million yen", inv("helix-wireless", "granite-mobility") + " date=2025-06-12 amount=250 million yen"}},
	})
}
