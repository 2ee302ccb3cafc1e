package extract_test

import "testing"

// TestMemberCopula: memberships told by "are both members of", a
// coordination of groups ("of X and of Y") and "belong to"; near misses:
// ownership by "belongs to" a company, a negation, a board's members.
func TestMemberCopula(t *testing.T) {
	runNews(t, []newsCase{
		{"both members of, over a descriptor", "Ion Cloud and Granite Labs are both members of the Acme-led Radio Forum.",
			[]string{"ledBy(radio-forum,acme-telecom)", "memberOf(granite-labs,radio-forum)", "memberOf(ion-cloud,radio-forum)"}},
		{"members of X and of Y", "Helix Wireless and Larch Networks are members of the Open Edge Alliance and of the Radio Forum.",
			[]string{"memberOf(helix-wireless,open-edge-alliance)", "memberOf(helix-wireless,radio-forum)",
				"memberOf(larch-networks,open-edge-alliance)", "memberOf(larch-networks,radio-forum)"}},
		{"both belong to", "Meridian Mobile and Polar Compute both belong to the Radio Forum, which has 40 members.",
			[]string{"memberOf(meridian-mobile,radio-forum)", "memberOf(polar-compute,radio-forum)"}},
		{"a counted group belongs to", "The deal was signed by Acme Telecom, Cobalt Mobile and Ion Cloud. All three partners belong to the Open Edge Alliance.",
			[]string{"memberOf(acme-telecom,open-edge-alliance)", "memberOf(cobalt-mobile,open-edge-alliance)", "memberOf(ion-cloud,open-edge-alliance)"}},
		{"near miss: a company belongs to its owner", "Polar Compute belongs to Acme Telecom.", nil},
		{"near miss: negated", "Ion Cloud and Granite Labs do not belong to the Radio Forum.", nil},
		{"near miss: not members", "Ion Cloud and Granite Labs are not members of the Radio Forum.", nil},
		{"are also among the founding members of", "Granite Labs and Larch Networks are also among the founding members of the Radio Forum.",
			[]string{"foundingMember(granite-labs,radio-forum)", "foundingMember(larch-networks,radio-forum)"}},
		{"are still among the members of", "Kestrel Telecom and Polar Compute are still among the members of the Open Edge Alliance.",
			[]string{"memberOf(kestrel-telecom,open-edge-alliance)", "memberOf(polar-compute,open-edge-alliance)"}},
		{"near miss: among the founders of a company", "Jane Park and Omar Haddad are also among the founders of Acme Telecom.", nil},
		{"near miss: people among the members of a board", "Jane Park and Omar Haddad are also among the members of the Radio Forum's board.", nil},
		{"near miss: not among the founding members", "Granite Labs and Larch Networks are not among the founding members of the Radio Forum.", nil},
		{"near miss: members of a company's board", "Jane Park and Omar Haddad are both members of the Acme Telecom board.", nil},
	})
}
