package extract_test

import "testing"

// TestFoundHelped: a founding relative clause with "helped (to)" and with
// "both" as its subject; near misses: a helping verb before no founding
// verb, "which both joined" (members), "in which both" (no subject).
func TestFoundHelped(t *testing.T) {
	runNews(t, []newsCase{
		{"which A helped to launch together with B", "Analysts praised the Radio Forum, which Acme Telecom helped to launch in 2021 together with Cobalt Mobile and Ion Cloud.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum) since=2021",
				"foundingMember(cobalt-mobile,radio-forum) since=2021", "foundingMember(ion-cloud,radio-forum) since=2021"}},
		{"which both helped to launch together with C", "Acme Telecom and Cobalt Mobile already work in the Radio Forum, which both helped to launch in 2021 together with Ion Cloud.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum) since=2021",
				"foundingMember(cobalt-mobile,radio-forum) since=2021", "foundingMember(ion-cloud,radio-forum) since=2021"}},
		{"near miss: which A helped to fund", "Analysts praised the Radio Forum, which Acme Telecom helped to fund in 2021.", nil},
		{"near miss: which both joined", "Acme Telecom and Cobalt Mobile like the Radio Forum, which both joined in 2021.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2021", "memberOf(cobalt-mobile,radio-forum) since=2021"}},
	})
}
