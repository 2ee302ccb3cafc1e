package extract_test

import "testing"

// TestWhoseInvestorIs: "Y, whose largest investor is A" and "Y's biggest
// shareholder is A" name A as Y's investor; an unowned "the largest
// investor is A" does not say whose.
func TestWhoseInvestorIs(t *testing.T) {
	runNews(t, []newsCase{
		{"whose largest investor is",
			"Ion Cloud, whose largest investor is Helix Wireless, opened an office in Riga.",
			[]string{"investedIn(helix-wireless,ion-cloud)"}},
		{"possessive biggest shareholder is",
			"Granite Labs's biggest shareholder is Meridian Mobile.",
			[]string{"investedIn(meridian-mobile,granite-labs)"}},
	})
}
