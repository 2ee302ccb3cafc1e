package extract_test

import "testing"

// TestSemicolonInsert: after a bare semicolon, a name followed by a comma
// insert ("; Ion Cloud, backed by B, raised") opens a new clause; it is no
// second backer of the round before the semicolon.
func TestSemicolonInsert(t *testing.T) {
	runNews(t, []newsCase{
		{"participle insert after the semicolon",
			"Granite Labs took $8 million from Polar Compute; Ion Cloud, backed by Larch Networks, took $3 million.",
			[]string{"investedIn(larch-networks,ion-cloud)", "investedIn(polar-compute,granite-labs) amount=$8 million"}},
	})
}
