package extract_test

import "testing"

// TestJoinHands: "join hands with B" in any form of "join" is a
// partnership, as "join forces with" is; near misses: "hands" as a verb,
// a negation, joining hands to found a body (founders, not partners).
func TestJoinHands(t *testing.T) {
	const ab = "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"reported, progressive", "Acme Telecom said it was joining hands with Cobalt Mobile to move its customer data.", []string{ab}},
		{"present progressive", "Cobalt Mobile is joining hands with Acme Telecom on fibre.", []string{ab}},
		{"infinitive after a plan", "Acme Telecom has decided to join hands with Cobalt Mobile in Asia.", []string{ab}},
		{"near miss: hands as a verb", "Acme Telecom hands its towers to Cobalt Mobile next year.", nil},
		{"near miss: not joining hands", "Acme Telecom is not joining hands with Cobalt Mobile, a spokesperson said.", nil},
	})
}

// TestFormerPartner: a former (or would-be) partner states no partnership,
// in apposition or after a copula; near misses: a long-standing partner
// and a partner in both shapes.
func TestFormerPartner(t *testing.T) {
	const ab = "partnerOf(acme-telecom,ion-cloud)"
	runNews(t, []newsCase{
		{"former, in apposition", "Ion Cloud, a former partner of Acme Telecom, cut prices.", nil},
		{"former, after a copula", "Ion Cloud is a former partner of Acme Telecom.", nil},
		{"would-be, after a copula", "Ion Cloud is a would-be partner of Acme Telecom.", nil},
		{"near miss: long-standing, in apposition", "Ion Cloud, a long-standing partner of Acme Telecom, cut prices.", []string{ab}},
		{"near miss: a partner, after a copula", "Ion Cloud is a partner of Acme Telecom.", []string{ab}},
	})
}
