package extract_test

import "testing"

// TestHyphenPartner: two names joined by a hyphen or en dash right before
// a partnership noun are partners; near misses: a spaced dash, a planned
// or former partnership, a deal noun (a transaction, not a partnership).
func TestHyphenPartner(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"hyphen before partnership", "The Acme Telecom-Cobalt Mobile partnership is the region's most ambitious.", []string{ab}},
		{"en dash before alliance", "Analysts praised the Acme Telecom–Cobalt Mobile alliance on Monday.", []string{ab}},
		{"near miss: a spaced dash", "The Acme Telecom - Cobalt Mobile partnership is ambitious.", nil},
		{"near miss: a planned partnership", "The planned Acme Telecom-Cobalt Mobile partnership is ambitious.", nil},
		{"near miss: a former partnership", "The former Acme Telecom-Cobalt Mobile partnership collapsed.", nil},
		{"near miss: a deal", "The Acme Telecom-Cobalt Mobile deal closed in May.", nil},
	})
}
