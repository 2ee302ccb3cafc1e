package extract_test

import "testing"

// TestPartnerShapes: a fronted cooperation phrase, a hyphenated pair
// before a partnership noun, "a partner of", two parties announcing a
// partnership noun, "joining hands with"; near misses: no named subject,
// talks, a proposed tie-up, a merger, a former partner, a person, a
// negation, three parties, a planned cooperation under discussion, a
// report contradicted. 2025-06-12 is the article date.
func TestPartnerShapes(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"a long-standing partner of", "Cobalt Mobile, a long-standing partner of Acme Telecom, will supply radios.", []string{ab}},
		{"is a partner of", "Ion Cloud is a technology partner of Granite Labs.", []string{"partnerOf(granite-labs,ion-cloud)"}},
		{"two parties unveiled an alliance to", "Acme Telecom and Cobalt Mobile unveiled an alliance to train language models.", []string{ab}},
		{"near miss: fronted, no named subject", "In partnership with Cobalt Mobile, the lab opened in Oslo.", nil},
		{"near miss: fronted talks", "In talks with Cobalt Mobile, Acme Telecom kept its options open.", nil},
		{"near miss: a proposed tie-up", "The proposed Acme Telecom-Cobalt Mobile tie-up was never signed.", nil},
		{"near miss: a merger", "The Acme Telecom-Cobalt Mobile merger closed in May.", nil},
		{"near miss: a person", "Jane Park, a partner of Granite Labs, spoke on Monday.", nil},
		{"near miss: not a partner", "Ion Cloud is not a partner of Granite Labs.", nil},
		{"near miss: three parties", "Acme Telecom, Cobalt Mobile and Ion Cloud unveiled an alliance to train models.", nil},
		{"near miss: a planned cooperation between", "A planned cooperation between Acme Telecom and Cobalt Mobile remains under discussion.", nil},
		{"near miss: contrary to reports", "Helix Wireless has not signed with any operator, contrary to earlier reports that it had agreed a tie-up with Larch Networks.", nil},
	})
}
