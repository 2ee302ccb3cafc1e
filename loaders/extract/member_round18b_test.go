package extract_test

import "testing"

// TestListedGroupKeepsOrder: a group listed among the members of a named
// owner ("G's members include A, the F Forum and B") joins the members in
// text order; appended after them it made the list reader slice the text
// backwards and the extractor panicked (frames_listed_group.go).
func TestListedGroupKeepsOrder(t *testing.T) {
	runNews(t, []newsCase{
		{"G's members include A, the F and B", "The Open Edge Alliance's members include Ion Cloud, the Radio Forum and Polar Compute.",
			relFacts("memberOf", "open-edge-alliance", "ion-cloud", "radio-forum", "polar-compute")},
		{"members of G include A, the F, B and C", "Members of the Open Edge Alliance include Helix Wireless, the Radio Forum, Larch Networks and Cobalt Mobile.",
			relFacts("memberOf", "open-edge-alliance", "helix-wireless", "radio-forum", "larch-networks", "cobalt-mobile")},
	})
}

// TestMemberOfCoordinatedGroups: "A is a member of X and Y" names two
// groups in one list after the member: the membership holds for each
// (frames_multi_group.go); groups joined by a verb ("left X and joined
// Y") or standing before the member are left as they were.
func TestMemberOfCoordinatedGroups(t *testing.T) {
	runNews(t, []newsCase{
		{"member of X and Y", "Granite Labs is a member of the Open Edge Alliance and the Radio Forum.",
			[]string{"memberOf(granite-labs,open-edge-alliance)", "memberOf(granite-labs,radio-forum)"}},
		{"A and B joined X, the Y", "Helix Wireless and Larch Networks have joined the Radio Forum, the Open Edge Alliance and the Edge AI Partnership.",
			[]string{"memberOf(helix-wireless,radio-forum)", "memberOf(larch-networks,radio-forum)",
				"memberOf(helix-wireless,open-edge-alliance)", "memberOf(larch-networks,open-edge-alliance)",
				"memberOf(helix-wireless,edge-ai-partnership)", "memberOf(larch-networks,edge-ai-partnership)"}},
		{"founding member of X and Y", "Polar Compute is a founding member of both the Radio Forum and the Edge AI Partnership.",
			[]string{"foundingMember(polar-compute,radio-forum)", "foundingMember(polar-compute,edge-ai-partnership)"}},
		{"near miss: left X and joined Y", "Cobalt Mobile left the Radio Forum and joined the Open Edge Alliance.", nil},
		{"near miss: planned", "Cobalt Mobile intends to join the Radio Forum and the Open Edge Alliance.", nil},
	})
}

// TestMemberTierAfterGroup: a group's name before a membership tier and
// its member noun owns the roster ("new X board members", "an X associate
// member"), like the bare "X members" (frames_members.go); near miss: a
// person on the board is no member.
func TestMemberTierAfterGroup(t *testing.T) {
	runNews(t, []newsCase{
		{"A and B are new X board members", "Cobalt Mobile and Granite Labs are also new Radio Forum board members.",
			relFacts("memberOf", "radio-forum", "cobalt-mobile", "granite-labs")},
		{"A is an X associate member", "Ion Cloud is an Open Edge Alliance associate member.",
			relFacts("memberOf", "open-edge-alliance", "ion-cloud")},
		{"were approved as new X board members", "Helix Wireless and Polar Compute were approved as new Radio Forum board members.",
			relFacts("memberOf", "radio-forum", "helix-wireless", "polar-compute")},
		{"near miss: a person", "Jane Park is a Radio Forum board member.", nil},
	})
}

// TestJoinerParentAside: the owner named in an aside about the subject
// ("A, a unit of P, joined X") is no member of X (member_aside_parent.go);
// a plain list of joiners is unchanged.
func TestJoinerParentAside(t *testing.T) {
	runNews(t, []newsCase{
		{"A, a unit of P, has joined X", "Helix Wireless, a unit of Meridian Mobile, has joined the Radio Forum.",
			relFacts("memberOf", "radio-forum", "helix-wireless")},
		{"A, part of P-led Q, joined X", "Larch Networks, part of Omar Haddad-led Kestrel Telecom, joined the Open Edge Alliance.",
			relFacts("memberOf", "open-edge-alliance", "larch-networks")},
		{"A, a subsidiary of P, joins X", "Ion Cloud, a subsidiary of Acme Telecom, has joined the Radio Forum.",
			relFacts("memberOf", "radio-forum", "ion-cloud")},
		{"plain list unchanged", "Helix Wireless, Meridian Mobile and Larch Networks have joined the Radio Forum.",
			relFacts("memberOf", "radio-forum", "helix-wireless", "meridian-mobile", "larch-networks")},
	})
}

// TestCueWordInName: a frame cue inside a registered organisation's name
// ("Charter" is a founding modifier) is no cue: the new members listed
// with it are members, not founders (frames_cue_names.go); the word
// outside a name still founds, with the name in the list.
func TestCueWordInName(t *testing.T) {
	reg := mustRegister(t, "cue-names.yaml", `entities:
  charter-cable: {name: Charter Cable, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  radio-forum: {name: Radio Forum, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"new member alongside Charter", "Ion Cloud is one of the new members of the Radio Forum alongside Charter Cable and Helix Wireless.",
			relFacts("memberOf", "radio-forum", "ion-cloud", "charter-cable", "helix-wireless")},
		{"founding outside the name", "The founding members of the Radio Forum are Ion Cloud, Charter Cable and Helix Wireless.",
			relFacts("foundingMember", "radio-forum", "ion-cloud", "charter-cable", "helix-wireless")},
	})
}

// TestFoundingListOwnerBefore: the group named nearest before a founding
// list owns it, not a reporting group named first (member_owner_before.go);
// a group after "founding members to" or before ", including" owns the
// list and is no member of it, so the reporter takes nothing
// (frames_listed_group.go).
func TestFoundingListOwnerBefore(t *testing.T) {
	runNews(t, []newsCase{
		{"F said X has added founding members such as A, B", "The Radio Forum said that the Open Edge Alliance has added three founding members such as Helix Wireless and Ion Cloud.",
			relFacts("foundingMember", "open-edge-alliance", "helix-wireless", "ion-cloud")},
		{"F said X has founding members: A, B", "The Radio Forum noted that the Open Edge Alliance has four founding members: Helix Wireless, Ion Cloud and Polar Compute.",
			relFacts("foundingMember", "open-edge-alliance", "helix-wireless", "ion-cloud", "polar-compute")},
		{"near miss: founding members to X, including A", "The Radio Forum announced the addition of two founding members to the Open Edge Alliance, including Helix Wireless and Ion Cloud.", nil},
	})
}

// TestPartOfCoSubject: "A and B, along with C, are part of X": the
// organisation the aside adds to the subject is a member too
// (member_co_subject.go); a person so added is not.
func TestPartOfCoSubject(t *testing.T) {
	runNews(t, []newsCase{
		{"A and B, along with C, are part of X", "Helix Wireless and Ion Cloud, along with Polar Compute, are part of the Radio Forum.",
			relFacts("memberOf", "radio-forum", "helix-wireless", "ion-cloud", "polar-compute")},
		{"A, together with B and C, is part of X", "Larch Networks, together with Cobalt Mobile and Granite Labs, is part of the Open Edge Alliance.",
			relFacts("memberOf", "open-edge-alliance", "larch-networks", "cobalt-mobile", "granite-labs")},
		{"near miss: a person added", "Larch Networks, along with Jane Park, is part of the Open Edge Alliance.",
			relFacts("memberOf", "open-edge-alliance", "larch-networks")},
	})
}
