package extract_test

import "testing"

// TestCountedItems covers an investor list that one odd item breaks
// (invest_items.go), with sentences written for the test, and the near
// misses that state none.
func TestCountedItems(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"a possessive person's foundation in the list", "Polar Compute now counts Acme Telecom, Lena Berg's charitable foundation and Ion Cloud among its investors.",
			[]string{inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute")}},
		{"an unnamed item in the list", "Polar Compute now counts Acme Telecom, a large bank and Ion Cloud among its investors.",
			[]string{inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute")}},

		// near misses
		{"the second name among customers", "Polar Compute counts Acme Telecom among its investors and Ion Cloud among its customers.",
			[]string{inv("acme-telecom", "polar-compute")}},
		{"a possessive owner is no item", "Polar Compute now counts Acme Telecom's pension fund among its investors.", nil},
	})
}
