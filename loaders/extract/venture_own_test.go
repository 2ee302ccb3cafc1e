package extract_test

import "testing"

// TestVentureOwn: a plain verb of owning or sharing whose object says
// joint venture, with two owners or one and a with-phrase; near misses: a
// negated verb, "no joint venture", one owner alone, talks about a joint
// venture, "their own" networks.
func TestVentureOwn(t *testing.T) {
	const jv = "jointVenture(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"A and B own a joint venture, J", "Acme Telecom and Cobalt Mobile own a 50/50 joint venture, Polar Compute, that builds data centres.",
			[]string{jv + " share=50/50"}},
		{"A and B already share a joint venture", "Acme Telecom and Cobalt Mobile already share a joint venture in Norway.", []string{jv}},
		{"A runs a joint venture with B", "Acme Telecom runs a joint venture with Cobalt Mobile.", []string{jv}},
		{"near miss: do not own", "Acme Telecom and Cobalt Mobile do not own a joint venture.", nil},
		{"near miss: no joint venture", "Acme Telecom and Cobalt Mobile have no joint venture.", nil},
		{"near miss: one owner", "Acme Telecom owns a joint venture in Norway.", nil},
		{"near miss: talks", "Acme Telecom and Cobalt Mobile held talks about a joint venture.", nil},
		{"near miss: their own networks", "Acme Telecom and Cobalt Mobile run their own networks.", nil},
	})
}
