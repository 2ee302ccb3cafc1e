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
