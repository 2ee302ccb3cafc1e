package extract_test

import "testing"

// TestGroupAfterAgent: "The group" after a sentence that named a company
// only as an agent or in a modifier, and named an alliance, is the
// alliance (coref_group_agent.go); after a sentence a company opened, it
// stays that company's corporate group.
func TestGroupAfterAgent(t *testing.T) {
	runNews(t, []newsCase{
		{"the agent in a participle, the alliance as object",
			"The award, announced on Friday by Borealis Networks, goes to the Open Test Alliance. The group is led by Acme Telecom and Cobalt Mobile.",
			[]string{"ledBy(open-test-alliance,acme-telecom)", "ledBy(open-test-alliance,cobalt-mobile)"}},
		{"the agent of a passive, the alliance after it",
			"A grant from Borealis Networks will go to the Open Test Alliance. The group is led by Acme Telecom.",
			[]string{"ledBy(open-test-alliance,acme-telecom)"}},

		// near miss
		{"a company opened the sentence before",
			"Borealis Networks joined the Open Test Alliance last year. The group is led by Lena Berg.",
			[]string{"memberOf(borealis-networks,open-test-alliance) since=2024"}},
	})
}
