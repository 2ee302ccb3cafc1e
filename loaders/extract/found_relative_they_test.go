package extract_test

import "testing"

// TestFoundRelativeThey: a founding relative whose subject is "they"
// stands for the list that opens the sentence (or follows its last
// colon), with or without "which"; near misses: a lone opener, another
// party between the list and the group.
func TestFoundRelativeThey(t *testing.T) {
	runNews(t, []newsCase{
		{"which they started with", "Acme Telecom, Borealis Networks and Cobalt Mobile test radios in the Radio Forum, which they started in 2021 with Helix Wireless.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "foundingMember(helix-wireless,radio-forum)"}},
		{"contact clause after a colon", "Still missing: Ion Cloud and Granite Labs, who prefer the Radio Forum they set up with Larch Networks.",
			[]string{"foundingMember(granite-labs,radio-forum)", "foundingMember(ion-cloud,radio-forum)", "foundingMember(larch-networks,radio-forum)"}},
		{"near miss: a lone opener", "Acme Telecom tests radios in the Radio Forum, which they started with Helix Wireless.", []string{"founded(radio-forum)"}},
		{"near miss: another party between", "Acme Telecom and Borealis Networks met Ion Cloud at the Radio Forum, which they started with Helix Wireless.", []string{"founded(radio-forum)"}},
	})
}

// TestClauseGroupIt: "it" opening a clause after a semicolon is the group
// the sentence opened with; near miss: a company named before the "it".
func TestClauseGroupIt(t *testing.T) {
	runNews(t, []newsCase{
		{"it after a semicolon", "The Radio Forum writes test plans; it was founded by Acme Telecom and Helix Wireless in 2019.",
			[]string{"founded(radio-forum) date=2019", "foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)"}},
	})
}
