package extract_test

import "testing"

// TestOwnerModifierTitle covers a title at a company named by its owner
// or backer first (roles_owner_modifier.go): the owner holds no title.
func TestOwnerModifierTitle(t *testing.T) {
	runNews(t, []newsCase{
		{"controlled", "Omar Haddad, chief executive of Acme Telecom-controlled chip designer Granite Labs, also attended.", nil},
		{"owned", "Omar Haddad, chief executive of Borealis Networks-owned tower firm Polar Compute, spoke first.", nil},
		{"majority-owned, chairman", "Omar Haddad, the chairman of Cobalt Mobile–majority-owned Ion Cloud, spoke first.", nil},
		{"backed, CEO", "Omar Haddad, CEO of the Kestrel Telecom-funded start-up Granite Labs, spoke first.", nil},

		// twins: the title at the named company stands
		{"plain title", "Omar Haddad, chief executive of Acme Telecom, also attended.", []string{"ceoOf(omar-haddad,acme-telecom)"}},
		{"plain chairman", "Omar Haddad, the chairman of Cobalt Mobile, spoke first.", []string{"chairmanOf(omar-haddad,cobalt-mobile)"}},
	})
}
