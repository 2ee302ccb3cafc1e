package extract_test

import "testing"

// TestOwnedByItsOwnHolder: a pronoun before "owned by A and B" that would
// resolve to A or B is not a holding of B in A: "it" is the venture not yet
// named (invest_owned_self.go). A company owned by others keeps its holders.
func TestOwnedByItsOwnHolder(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"it, owned by A and B", "Helix Wireless has formed a joint venture with Larch Networks to build AI data centres. It will be 65% owned by Helix Wireless and 35% by Larch Networks.",
			[]string{"jointVenture(helix-wireless,larch-networks)"}},

		// near misses: the holdings stay
		{"a named company owned by A and B", "Granite Labs is 65% owned by Helix Wireless and 35% by Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs"), "jointVenture(helix-wireless,larch-networks)"}},
		{"it, a company owned by others", "Granite Labs sells radio chips. It is 60% owned by Helix Wireless.",
			[]string{inv("helix-wireless", "granite-labs")}},
	})
}
