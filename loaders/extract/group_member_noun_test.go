package extract_test

import "testing"

// TestGroupNameBeforeMemberNoun: a group's name right before "member" or
// "members" owns the roster ("are Radio Forum members"; round 17, probed
// on real news). A company's name before "co-founder" titles a person.
func TestGroupNameBeforeMemberNoun(t *testing.T) {
	runNews(t, []newsCase{
		{"are also new group members",
			"Helix Wireless and Larch Networks are also new Radio Forum members.",
			[]string{"memberOf(helix-wireless,radio-forum)", "memberOf(larch-networks,radio-forum)"}},
		{"is a group member",
			"Polar Compute is an Open Edge Alliance member.",
			[]string{"memberOf(polar-compute,open-edge-alliance)"}},
		{"near miss: met the group's members",
			"Meridian Mobile met Open Edge Alliance members in Madrid last week.",
			nil},
		{"near miss: a company's co-founder",
			"Cobalt Mobile joined the Radio Forum in 2021.\n\nThe deal was backed by a fund of Acme Telecom co-founder Jane Park.",
			[]string{"memberOf(cobalt-mobile,radio-forum) since=2021", "foundedBy(acme-telecom,jane-park)"}},
	})
}
