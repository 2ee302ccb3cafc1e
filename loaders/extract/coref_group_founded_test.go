package extract_test

import "testing"

// TestGroupFounded: "the group" that two or more companies found is the
// group in reach, not one company's corporate group; near miss: one
// company's group ("Acme Telecom restructured the group").
func TestGroupFounded(t *testing.T) {
	runNews(t, []newsCase{
		{"incorporated the group", "The Radio Forum writes test plans for open radios. Acme Telecom, Borealis Networks and Cobalt Mobile drew up the first draft and incorporated the group in 2022.",
			[]string{"founded(radio-forum) date=2022", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
		{"set up the group", "The Radio Forum writes test plans for open radios. Helix Wireless and Ion Cloud set up the group last year.",
			[]string{"founded(radio-forum) date=2024", "foundingMember(helix-wireless,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"near miss: one company's group", "The Radio Forum writes test plans for open radios. Acme Telecom restructured the group last year.", nil},
	})
}
