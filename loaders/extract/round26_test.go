package extract_test

import "testing"

// TestRound26FrontedDescribedGroup: a fronted passive participle with its
// agents ("Set up in March by A, B and C, the Oslo-based forum has ...")
// describes the main clause's subject, which may be a description of the
// group in discussion with a place before its noun ("the Swedish group",
// "the Oslo-based forum", "the group now has"); the description is none
// of the agents, so it neither founds an agent nor gives one a
// headquarters. Found by probe set A.
func TestRound26FrontedDescribedGroup(t *testing.T) {
	const open = "The Open Edge Alliance met in Oslo on Monday. "
	founded := []string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)",
		"foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}
	runNews(t, []newsCase{
		{"the Oslo-based forum", open + "Set up in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the Oslo-based forum has 40 members.", founded},
		{"the Swedish group", open + "Set up in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the Swedish group has 40 members.", founded},
		{"the Norwegian alliance", open + "Founded in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the Norwegian alliance has 40 members.", founded},
		{"the group now has", open + "Set up in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the group now has 40 members.", founded},
		{"near miss: no group in discussion, the Swedish group is none of the agents",
			"Set up in March by Acme Telecom, Cobalt Mobile and Ion Cloud, the Swedish group has 40 members.", nil},
	})
}
