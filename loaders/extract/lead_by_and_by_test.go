package extract_test

import "testing"

// TestLedByAndBy: a repeated by-phrase names a second leader, as a list
// does (lead_by_and_by.go), over relative clauses after each agent; a
// second participle with its own by-phrase ("and funded by B"), a
// by-phrase with no organisation and a person in the second by-phrase
// add no leader.
func TestLedByAndBy(t *testing.T) {
	runNews(t, []newsCase{
		{"led by A and by B", "The Radio Forum is led by Cobalt Mobile and by Helix Wireless.",
			[]string{"ledBy(radio-forum,cobalt-mobile)", "ledBy(radio-forum,helix-wireless)"}},
		{"over relative clauses", "The Open Edge Alliance is headed by Kestrel Telecom, which funds the lab, and by Ion Cloud, which runs the tests.",
			[]string{"ledBy(open-edge-alliance,ion-cloud)", "ledBy(open-edge-alliance,kestrel-telecom)"}},
		{"chaired", "The Edge AI Partnership is co-chaired by Polar Compute and by Granite Labs.",
			[]string{"ledBy(edge-ai-partnership,granite-labs)", "ledBy(edge-ai-partnership,polar-compute)"}},
		{"near miss: another participle", "The Radio Forum is led by Cobalt Mobile and funded by Helix Wireless.",
			[]string{"ledBy(radio-forum,cobalt-mobile)"}},
		{"near miss: no organisation", "The Radio Forum is led by Cobalt Mobile and by a council of engineers.",
			[]string{"ledBy(radio-forum,cobalt-mobile)"}},
	})
}
