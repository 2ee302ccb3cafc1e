package extract_test

import "testing"

// TestCoordinatedSubject: a verb group coordinated after another ("...,
// and has teamed with C") shares its subject; one whose first verb's
// subject sits inside a prepositional phrase has none.
func TestCoordinatedSubject(t *testing.T) {
	runNews(t, []newsCase{
		{"a second verb group after a comma and 'and'",
			"Polar Compute has signed up Acme Telecom as a partner, and has teamed with chip designer Helix Wireless to build racks.",
			[]string{"partnerOf(acme-telecom,polar-compute)", "partnerOf(helix-wireless,polar-compute)"}},
		{"a first subject inside a prepositional phrase is no subject",
			"The venture with Acme Telecom is registered in Oslo and is led by Jane Park.",
			nil},
	})
}
