package extract_test

import "testing"

// TestMemberStranded covers memberships told in a relative clause whose
// preposition is stranded (member_stranded.go), with sentences written
// for the test, and the near misses that state no membership.
func TestMemberStranded(t *testing.T) {
	runNews(t, []newsCase{
		{"which a pair also belong to", "Helix Wireless presented at the Radio Forum, which Acme Telecom and Cobalt Mobile also belong to.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},
		{"which one belongs to, in a fronted subject", "The Open Edge Alliance, which Granite Labs belongs to, published its first test plan.",
			[]string{"memberOf(granite-labs,open-edge-alliance)"}},
		{"which a list are members of", "Meridian Mobile praised the Edge AI Partnership, which Ion Cloud, Larch Networks and Polar Compute are members of.",
			[]string{"memberOf(ion-cloud,edge-ai-partnership)", "memberOf(larch-networks,edge-ai-partnership)", "memberOf(polar-compute,edge-ai-partnership)"}},
		{"which a pair are founding members of", "Kestrel Telecom sent staff to the Radio Forum, which Acme Telecom and Borealis Networks are founding members of.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)"}},

		// near misses
		{"negated", "Helix Wireless presented at the Radio Forum, which Acme Telecom no longer belongs to.", nil},
		{"a company antecedent", "Helix Wireless praised Cobalt Mobile, which Acme Telecom belongs to.", nil},
	})
}
