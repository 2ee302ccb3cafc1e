package extract_test

import "testing"

// TestMemberApposition: memberships stated in passing (member_appos.go) -
// an apposition after the member ("X, a member of Y,", "A and B, both
// founding members of Y,") and an elliptic clause extending a membership
// ("A is a member of Y, as are B and C"; "A joined Y, as did B"). Near
// misses: a seat on a group's board, a former or denied membership, a
// described member (resolved by coreference) in an apposition.
func TestMemberApposition(t *testing.T) {
	runNews(t, []newsCase{
		{"a member of, in apposition", "Ion Cloud, a member of the Radio Forum since 2021, said it would test the software.",
			[]string{"memberOf(ion-cloud,radio-forum) since=2021"}},
		{"both founding members of", "Helix Wireless and Larch Networks, both founding members of the Open Edge Alliance, backed the proposal.",
			[]string{"foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)"}},
		{"one of the charter members of", "Polar Compute, one of the charter members of the Radio Forum, will host the next plenary.",
			[]string{"foundingMember(polar-compute,radio-forum)"}},
		{"a long-standing member of", "The tender was won by Granite Labs, a long-standing member of the Edge AI Partnership.",
			[]string{"memberOf(granite-labs,edge-ai-partnership)"}},
		{"as are B and C", "Acme Telecom is a member of the Radio Forum, as are Cobalt Mobile and Meridian Mobile.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)", "memberOf(meridian-mobile,radio-forum)"}},
		{"founding member, as is B", "Kestrel Telecom was a founding member of the Open Edge Alliance, as was Borealis Networks.",
			[]string{"foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(kestrel-telecom,open-edge-alliance)"}},
		{"joined, as did B", "Larch Networks joined the Edge AI Partnership in March, as did Ion Cloud.",
			[]string{"memberOf(ion-cloud,edge-ai-partnership)", "memberOf(larch-networks,edge-ai-partnership)"}},
		{"near miss: a seat on the group's board", "Acme Telecom, a member of the Radio Forum's board, voted against the budget.", nil},
		{"near miss: a seat on the group board", "Acme Telecom, a member of the Radio Forum steering committee, voted against the budget.", nil},
		{"near miss: a former member", "Cobalt Mobile, a former member of the Radio Forum, declined to comment.", nil},
		{"near miss: not a member", "Cobalt Mobile, not a member of the Radio Forum, declined to comment.", nil},
		{"near miss: as did B, not a member", "Larch Networks did not join the Edge AI Partnership, and neither did Ion Cloud.", nil},
	})
}
