package extract_test

import "testing"

// TestMembershipTalks: a company that talks to a group about membership
// is no member yet (member_talks.go); one that joined in the same
// sentence, or joined after the talks, still is.
func TestMembershipTalks(t *testing.T) {
	runNews(t, []newsCase{
		{"talking to the group about membership",
			`Helix Wireless said it was "talking to" the Open Edge Alliance about membership.`,
			nil},
		{"in discussions with the group over membership",
			"Acme Telecom is in discussions with the Radio Forum over membership.",
			nil},
		{"held talks about joining",
			"Borealis Networks has held talks with the Edge AI Partnership about joining.",
			nil},
		{"approached about membership",
			"Kestrel Telecom approached the Open Edge Alliance about membership last year.",
			nil},
		{"a joiner beside a company in talks",
			"Larch Networks joined the Radio Forum in March, while Ion Cloud is talking to the group about membership.",
			[]string{"memberOf(larch-networks,radio-forum)"}},
		{"a membership after the talks",
			"After months of talks about membership, Cobalt Mobile joined the Open Edge Alliance in June.",
			[]string{"memberOf(cobalt-mobile,open-edge-alliance)"}},
	})
}
