package extract_test

import "testing"

// TestPartnerAsideWith: "with B and, separately, with C" and "with B and,
// separately, C" name C as a partner of the subject too.
func TestPartnerAsideWith(t *testing.T) {
	both := []string{"partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"}
	runNews(t, []newsCase{
		{"and, separately, with C", "Acme Telecom has partnered with Borealis Networks and, separately, with Cobalt Mobile on fibre.", both},
		{"and, separately, C", "Acme Telecom signed agreements with Borealis Networks and, separately, Cobalt Mobile.", both},
		{"and, later, with C", "Acme Telecom teamed up with Borealis Networks in March and, later, with Cobalt Mobile.", both},
		{"near miss: C with a verb of its own", "Acme Telecom partnered with Borealis Networks and, separately, Cobalt Mobile raised $40 million.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
	})
}
