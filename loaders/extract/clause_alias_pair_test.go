package extract_test

import "testing"

// TestAliasPair: press-release openings with a quoted alias in brackets
// after each party and a legal suffix set off by a comma; near misses: a
// bracket with no alias joins nothing, a suffix word that opens another
// name stays with it.
func TestAliasPair(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"two quoted aliases", `OSLO, May 4, 2025 - Acme Telecom Corp. ("Acme Telecom") and Cobalt Mobile, Inc. ("Cobalt Mobile") today announced a strategic alliance.`, []string{ab}},
		{"a quoted alias on the first party", `Acme Telecom Corp. ("Acme Telecom") and Cobalt Mobile today announced a strategic alliance.`, []string{ab}},
		{"a legal suffix after a comma", "Cobalt Mobile, Inc. announced a strategic alliance with Acme Telecom.", []string{ab}},
		{"near miss: a bracket with no alias", `Acme Telecom ("the buyer") and Cobalt Mobile traded towers.`, nil},
	})
}
