package extract_test

import "testing"

// TestLedGroup: "The A-led coalition" opening a sentence is the group in
// reach (led by A), or the group in focus when the one in reach is A;
// near misses: the leader as the only group in reach,
// two groups in reach, a label inside a sentence.
func TestLedGroup(t *testing.T) {
	runNews(t, []newsCase{
		{"the A-led coalition was formed",
			"The Open Edge Alliance held its first summit in Oslo. The Acme Telecom-led coalition was formed in 2021.",
			[]string{"founded(open-edge-alliance) date=2021", "ledBy(open-edge-alliance,acme-telecom)"}},
		{"the leader is the nearest group: the group in focus",
			"Open Edge Alliance: a primer\n\nThe Radio Forum-led initiative was unveiled in 2023.",
			[]string{"founded(open-edge-alliance) date=2023", "ledBy(open-edge-alliance,radio-forum)"}},
		{"near miss: the leader is the only group",
			"The Radio Forum met in Oslo. The Radio Forum-led initiative was unveiled in 2023.", nil},
		// Two groups in reach: which was formed, nothing decides (the ledBy
		// is lead.led-description's, for the alliance under discussion).
		{"near miss: two groups in reach",
			"The Open Edge Alliance and the Radio Forum met in Oslo. The Acme Telecom-led coalition was formed in 2021.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"near miss: someone's label",
			"The Open Edge Alliance met in Oslo. Critics call it the Acme Telecom-led alliance.", nil},
	})
}
