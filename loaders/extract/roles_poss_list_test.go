package extract_test

import "testing"

// TestPossListTitle: in a roster of people with titles, a possessive that
// ends a list unit ("A, and B's chief executive P") gives the singular
// title to B alone; a plural title keeps the whole list.
func TestPossListTitle(t *testing.T) {
	runNews(t, []newsCase{
		{"P1, CEO of A, and B's chief executive P2",
			"Lena Berg, chief executive of Ion Cloud, and Larch Networks's chief executive Omar Haddad signed the pact.",
			[]string{"ceoOf(lena-berg,ion-cloud)", "ceoOf(omar-haddad,larch-networks)"}},
		{"P1, chairman of A, and B's chairman P2",
			"Jane Park, chairman of Kestrel Telecom, and Polar Compute's chairman Lena Berg opened the summit.",
			[]string{"chairmanOf(jane-park,kestrel-telecom)", "chairmanOf(lena-berg,polar-compute)"}},
		{"a roster of three with the possessive last",
			"Acme Telecom CEO Jane Park, Omar Haddad, group chief executive of Helix Wireless, and Meridian Mobile's group CEO Lena Berg attended.",
			[]string{"ceoOf(jane-park,acme-telecom)", "ceoOf(omar-haddad,helix-wireless)", "ceoOf(lena-berg,meridian-mobile)"}},
	})
}
