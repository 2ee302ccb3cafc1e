package extract_test

import "testing"

// TestItChain: clauses in a row that take the same "it" as object speak
// of one thing, so the "it" of a later clause is not the subject of an
// earlier one; a single "with it" still skips only its own clause.
func TestItChain(t *testing.T) {
	runNews(t, []newsCase{
		{"A offered it, B signed a partnership with it, and C works with it",
			"Borealis Networks sells an AI search app. The firm has done bundles before: Cobalt Mobile offered it to users last year, Ion Cloud signed a partnership with it in Korea, and Acme Telecom is working with it on a phone.",
			[]string{"partnerOf(borealis-networks,ion-cloud)", "partnerOf(acme-telecom,borealis-networks)"}},
		{"still: A said it had built a network, and B signed with it",
			"Cobalt Mobile said it had built a new core network, and Ion Cloud signed a partnership with it in Korea.",
			[]string{"partnerOf(cobalt-mobile,ion-cloud)"}},
		{"still: A built a network, and B signed a partnership with it",
			"Cobalt Mobile built a new core network, and Ion Cloud signed a partnership with it in Korea.",
			[]string{"partnerOf(cobalt-mobile,ion-cloud)"}},
	})
}
