package extract_test

import "testing"

// TestItAfterSubordinator: "it" after "since"/"when" is never one item of
// the coordinated subject before it; a single subject opening the
// sentence is what it stands for.
func TestItAfterSubordinator(t *testing.T) {
	runNews(t, []newsCase{
		{"coordinated subject: it is neither item",
			"Kestrel Telecom and Larch Networks have managed the seed programme together since it was launched in 2019.",
			[]string{"partnerOf(kestrel-telecom,larch-networks)"}},
		{"single subject: it is the subject",
			"Kestrel Telecom has grown fast since it was founded in 2019.",
			[]string{"founded(kestrel-telecom) date=2019"}},
	})
}
