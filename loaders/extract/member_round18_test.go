package extract_test

import "testing"

// TestRosterOwnerOutsideList: "Its members include A, B and G" with G an
// alliance: G is a member of the paragraph's group, not the owner of the
// roster (member_roster_owner.go); a roster with its owner named keeps it.
func TestRosterOwnerOutsideList(t *testing.T) {
	const intro = "Kestrel Telecom set up the Open Edge Alliance in 2024. "
	runNews(t, []newsCase{
		{"its members include A, B and an alliance", intro + "Its members include Ion Cloud, Polar Compute, and the Radio Forum.",
			append(relFacts("memberOf", "open-edge-alliance", "ion-cloud", "polar-compute", "radio-forum"),
				"founded(open-edge-alliance) date=2024", "foundingMember(kestrel-telecom,open-edge-alliance)")},
		{"owner named: unchanged", intro + "The members of the Open Edge Alliance include Ion Cloud and the Radio Forum.",
			append(relFacts("memberOf", "open-edge-alliance", "ion-cloud", "radio-forum"),
				"founded(open-edge-alliance) date=2024", "foundingMember(kestrel-telecom,open-edge-alliance)")},
	})
}

// TestMemberRankRun: a membership class with capitals ("Founding Members",
// "Charter Members") names nobody (mention_member_run.go); with its group
// after "to" and the list after a colon, it names the members
// (member_added_to.go); near miss: no colon, no list, and the adder is
// no member (frames_adder.go).
func TestMemberRankRun(t *testing.T) {
	runNews(t, []newsCase{
		{"added N Founding Members to its G, desc: list", "Acme Telecom added four Founding Members to its Open Edge Alliance, a body that will study rural 6G: Borealis Networks, Cobalt Mobile and Granite Labs.",
			relFacts("foundingMember", "open-edge-alliance", "borealis-networks", "cobalt-mobile", "granite-labs")},
		{"added members into the G: list", "The board admitted three new members into the Radio Forum: Helix Wireless, Ion Cloud and Larch Networks.",
			relFacts("memberOf", "radio-forum", "helix-wireless", "ion-cloud", "larch-networks")},
		{"near miss: no colon", "Acme Telecom added four Founding Members to its Open Edge Alliance in May.", nil},
		{"adder is no member", "Acme Telecom has also added Ion Cloud to its Open Edge Alliance.",
			relFacts("memberOf", "open-edge-alliance", "ion-cloud")},
		{"passive: the subject joins", "Ion Cloud was added to the Open Edge Alliance in May.",
			relFacts("memberOf", "open-edge-alliance", "ion-cloud")},
		{"Charter Members are", "The Radio Forum met in Oslo. Its Charter Members are Helix Wireless and Ion Cloud.",
			relFacts("foundingMember", "radio-forum", "helix-wireless", "ion-cloud")},
	})
}

// TestFoundingRankOpener: "Founding (G) member A said ..." opens with a
// noun phrase, not a gerund founding A (found_rank_opener.go); a gerund
// with its object and no member noun is left as it was.
func TestFoundingRankOpener(t *testing.T) {
	runNews(t, []newsCase{
		{"Founding G member A said ... would", "Founding Radio Forum member Helix Wireless said the forum would publish its first test plan.", nil},
		{"Founding partner A welcomed", "Founding partner Ion Cloud welcomed the Open Edge Alliance's new charter.",
			relFacts("foundingMember", "open-edge-alliance", "ion-cloud")},
	})
}

// TestLaunchedGroupRoster: after "X has launched Y", a bare roster in the
// next sentence is Y's, not its sponsor X's (frames_founded_subject.go);
// "Founding supporters A and B" are founding members like founding
// partners (frames.go's lexicon).
func TestLaunchedGroupRoster(t *testing.T) {
	const intro = "The Radio Forum has launched the Edge AI Partnership. "
	founded := "founded(edge-ai-partnership)"
	runNews(t, []newsCase{
		{"joined as participants, including A, B", intro + "Several operators have joined as participants, including Ion Cloud and Polar Compute.",
			append(relFacts("memberOf", "edge-ai-partnership", "ion-cloud", "polar-compute"), founded)},
		{"Founding supporters A and B are", intro + "Founding supporters Helix Wireless and Larch Networks are lending engineers.",
			append(relFacts("foundingMember", "edge-ai-partnership", "helix-wireless", "larch-networks"), founded)},
		{"sponsor named as the owner: unchanged", intro + "The Radio Forum's members include Ion Cloud and Polar Compute.",
			append(relFacts("memberOf", "radio-forum", "ion-cloud", "polar-compute"), founded)},
	})
}

// TestJoiningFrontedListedGroup: "Joining A and B in X are N companies,
// including C, D and G" states A and B (member_joining_fronted.go) and a
// group G in the list as members beside C and D (frames_listed_group.go);
// near miss: a fronted gerund with no names after the copula (round 28:
// "Joining Acme Telecom in X was a mistake" presupposes that Acme Telecom
// is in X, which the learned pass states once its threshold is 0.558; the
// near miss is the rule's, so its sentence names no member).
func TestJoiningFrontedListedGroup(t *testing.T) {
	runNews(t, []newsCase{
		{"Joining A and B in X are ..., including C and a group", "Joining Acme Telecom and Borealis Networks in the Open Edge Alliance are more than 30 firms, including Ion Cloud, Polar Compute and the Radio Forum.",
			relFacts("memberOf", "open-edge-alliance", "acme-telecom", "borealis-networks", "ion-cloud", "polar-compute", "radio-forum")},
		{"near miss: no names after the copula", "Joining the Open Edge Alliance was a mistake, Jane Park said of Acme Telecom's decision.", nil},
	})
}

// TestRelativeIncludesMembers: "X, which includes members like A" names
// A a member as "X, which has members such as A" does (families.go,
// have-members); "formed a new organisation, X" founds X, its name in
// apposition to the group noun (object_group_appos.go).
func TestRelativeIncludesMembers(t *testing.T) {
	runNews(t, []newsCase{
		{"which includes members like A and B", "Helix Wireless joined the Radio Forum, which includes members like Ion Cloud and Polar Compute.",
			relFacts("memberOf", "radio-forum", "helix-wireless", "ion-cloud", "polar-compute")},
		{"which includes members such as A", "The Radio Forum, which includes members such as Larch Networks, will meet in Oslo.",
			relFacts("memberOf", "radio-forum", "larch-networks")},
		{"formed a new organisation, X", "Acme Telecom and Borealis Networks have formed a new organisation, the Open Edge Alliance, to test rural radios.",
			append(relFacts("foundingMember", "open-edge-alliance", "acme-telecom", "borealis-networks"), "founded(open-edge-alliance)")},
	})
}

// TestLedGroupFounders: "A group of firms led by A and B has formed X":
// both leaders found X, not only the name before the verb
// (found_led_group.go).
func TestLedGroupFounders(t *testing.T) {
	runNews(t, []newsCase{
		{"a group of N led by A and B has formed X", "A group of network vendors led by Helix Wireless and Larch Networks has formed the Open Edge Alliance.",
			append(relFacts("foundingMember", "open-edge-alliance", "helix-wireless", "larch-networks"), "founded(open-edge-alliance)")},
		{"a consortium headed by A, B and C set up X", "A consortium headed by Ion Cloud, Polar Compute and Acme Telecom set up the Radio Forum.",
			append(relFacts("foundingMember", "radio-forum", "ion-cloud", "polar-compute", "acme-telecom"), "founded(radio-forum)")},
	})
}

// TestAllPartOf: "A and B are all part of X" with a floating quantifier
// reads as "are part of X" (member_more.go partWords).
func TestAllPartOf(t *testing.T) {
	runNews(t, []newsCase{
		{"are all part of X", "Ion Cloud and Polar Compute are all part of the Radio Forum.",
			relFacts("memberOf", "radio-forum", "ion-cloud", "polar-compute")},
		{"are both part of X", "Helix Wireless and Larch Networks are both part of the Open Edge Alliance.",
			relFacts("memberOf", "open-edge-alliance", "helix-wireless", "larch-networks")},
	})
}
