package extract_test

import "testing"

// TestOwnerModifierTitle: a name that describes the title's company by its
// owner or backer ("X-backed", "X-owned", "X-controlled",
// "X–majority-owned") is no holder of the title (roles_owner_modifier.go);
// a name that is the object itself still is. Cases of helpers z25role and
// z25hn (round 21), merged.
func TestOwnerModifierTitle(t *testing.T) {
	runNews(t, []newsCase{
		{"P, chief executive of X-controlled descriptor Y",
			"Jane Park, chief executive of Acme Telecom-controlled chip designer Zorvane, also spoke at the event.",
			nil},
		{"P, the CEO of X-owned software firm Y",
			"Omar Haddad, the CEO of Ion Cloud-owned software firm Quillar, said sales had doubled.",
			nil},
		{"P, chairman of an X-backed start-up",
			"Lena Berg, chairman of a Polar Compute-backed start-up, joined the panel.",
			nil},
		{"P, who chairs X-backed start-up Y: Y's chair",
			"Omar Haddad, who chairs Helix Wireless-backed start-up Quillar, joined the panel.",
			[]string{"chairmanOf(omar-haddad,quillar)", "investedIn(helix-wireless,quillar)"}},
		{"owned", "Omar Haddad, chief executive of Borealis Networks-owned tower firm Polar Compute, spoke first.", nil},
		{"majority-owned, chairman", "Omar Haddad, the chairman of Cobalt Mobile–majority-owned Ion Cloud, spoke first.", nil},
		{"funded, CEO", "Omar Haddad, CEO of the Kestrel Telecom-funded start-up Granite Labs, spoke first.", nil},

		// twins: the title at the named company stands
		{"kept: P, chief executive of X",
			"Jane Park, chief executive of Acme Telecom, also spoke at the event.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"plain chairman", "Omar Haddad, the chairman of Cobalt Mobile, spoke first.", []string{"chairmanOf(omar-haddad,cobalt-mobile)"}},
	})
}
