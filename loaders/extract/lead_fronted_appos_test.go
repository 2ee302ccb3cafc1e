package extract_test

import "testing"

// TestLeadFrontedAppos: "Led by A, <a description of A>, the X ..." leads
// X, the description standing for A; near miss: with no subject after
// the description nothing is led.
func TestLeadFrontedAppos(t *testing.T) {
	runNews(t, []newsCase{
		{"a description of the leader before the subject", "Led by Acme Telecom, the company formerly known as Acme Mobile, the Radio Forum set out in 2020 to write test plans.",
			[]string{"ledBy(radio-forum,acme-telecom)"}},
		{"the company behind", "Led by Cobalt Mobile, the company behind the Kestrel handset, the Radio Forum wrote its first test plan.",
			[]string{"ledBy(radio-forum,cobalt-mobile)"}},
		{"near miss: no subject after the description", "Led by Acme Telecom, the company formerly known as Acme Mobile, grew fast.", nil},
	})
}
