package extract_test

import "testing"

// TestMemberMore: memberships and leadership told by the shapes of
// member_more.go, with sentences of their own (not the drill's), and the
// near misses that must state nothing: ownership, a person, a board seat,
// negation, questions.
func TestMemberMore(t *testing.T) {
	runNews(t, []newsCase{
		{"is now part of", "Larch Networks is now part of the Radio Forum, the group said on Monday.",
			[]string{"memberOf(larch-networks,radio-forum)"}},
		{"near miss: part of a company", "Polar Compute is part of Acme Telecom.", nil},
		{"near miss: not part of", "Ion Cloud is not part of the Open Edge Alliance.", nil},
		{"sit in", "Both Helix Wireless and Granite Labs sit in the Open Edge Alliance, which writes the specifications.",
			[]string{"memberOf(granite-labs,open-edge-alliance)", "memberOf(helix-wireless,open-edge-alliance)"}},
		{"near miss: sits on a board", "Jane Park sits on the board of Acme Telecom.", nil},
		{"possessive membership of", "Cobalt Mobile's membership of the Radio Forum goes back to 2019.",
			[]string{"memberOf(cobalt-mobile,radio-forum)"}},
		{"near miss: a question", "Has Kestrel Telecom joined the Radio Forum?", nil},
		{"near miss: a question with a quote", `"Why did Acme Telecom join the Open Edge Alliance?"`, nil},
		{"near miss: never a member of", "Contrary to earlier reports, Granite Labs was never a member of the Radio Forum.", nil},
		{"near miss: never a member", "The Radio Forum met in Oslo. Granite Labs was never a member.", nil},
		{"under the leadership of", "Under the leadership of Acme Telecom, the Open Edge Alliance has doubled in size.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"near miss: under a person's leadership", "Under the leadership of Jane Park, the Radio Forum has doubled in size.", nil},
		{"participle after a comma: formed by", "The Radio Forum, formed last year by Acme Telecom, Cobalt Mobile and Ion Cloud, publishes its first specification today.",
			[]string{"founded(radio-forum) date=2024", "foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"a person chairs the group's board", "Jane Park, who chairs the Radio Forum's board, said membership had doubled.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"is driven by", "The Open Edge Alliance is driven by Cobalt Mobile, which hosts its secretariat.",
			[]string{"ledBy(open-edge-alliance,cobalt-mobile)"}},
		{"near miss: growth driven by", "Growth at Ion Cloud was driven by Acme Telecom's orders.", nil},
		{"the formation of X by A, B and C", "Speakers recalled the formation of the Radio Forum by Acme Telecom, Borealis Networks and Larch Networks in 2019.",
			[]string{"founded(radio-forum) date=2019", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)", "foundingMember(larch-networks,radio-forum)"}},
		{"near miss: the launch by one company", "Speakers recalled the launch of the Radio Forum by Acme Telecom in 2019.",
			[]string{"founded(radio-forum) date=2019"}},
		{"counted founders named in the next sentence", "The Open Edge Alliance was formed in 2021. Four carriers signed its founding charter. They were Acme Telecom, Cobalt Mobile, Kestrel Telecom and Meridian Mobile.",
			[]string{"founded(open-edge-alliance) date=2021", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"foundingMember(kestrel-telecom,open-edge-alliance)", "foundingMember(meridian-mobile,open-edge-alliance)"}},
		{"near miss: counted group that did not sign", "The Open Edge Alliance was formed in 2021. Four carriers refused to sign its founding charter. They were Acme Telecom, Cobalt Mobile, Kestrel Telecom and Meridian Mobile.",
			[]string{"founded(open-edge-alliance) date=2021"}},
		{"admitted, over a bulleted list", "The Radio Forum met on Monday. Also admitted this month:\n- Granite Labs\n- Polar Compute",
			[]string{"memberOf(granite-labs,radio-forum) since=2025-06", "memberOf(polar-compute,radio-forum) since=2025-06"}},
		{"near miss: members of a described company", "Jane Park and Omar Haddad are members of the board, Acme Telecom said.", nil},
	})
}
