package extract_test

import "testing"

// TestPartnerWithAs: "with B, C and D as partners" after any verb makes
// the clause's subject their partner; near misses: a former partner, a
// negated verb, a verb of buying, a group founded "with B as a partner".
func TestPartnerWithAs(t *testing.T) {
	const ab, ac = "partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(acme-telecom,ion-cloud)"
	runNews(t, []newsCase{
		{"opened a centre with B and C as partners", "Acme Telecom opened a test centre in Oslo with Cobalt Mobile and Ion Cloud as partners.", []string{ab, ac}},
		{"builds a network with B as its partner", "Acme Telecom built the new network with Cobalt Mobile as its partner.", []string{ab}},
		{"near miss: a former partner", "Acme Telecom opened a test centre with Cobalt Mobile as a former partner.", nil},
		{"near miss: not opened", "Acme Telecom did not open a test centre with Cobalt Mobile as a partner.", nil},
		{"near miss: bought with B as a partner", "Acme Telecom bought the towers with Cobalt Mobile as a partner.", nil},
	})
}
