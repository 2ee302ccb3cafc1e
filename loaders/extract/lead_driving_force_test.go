package extract_test

import "testing"

// TestLedByDrivingForce: "with A as its driving force" and "B drives /
// fronts the group" name the group's leader (lead_driving_force.go); a
// sponsor named the same way does not lead, and the one set up "with A as
// its driving force" is led by A, not founded by it.
func TestLedByDrivingForce(t *testing.T) {
	runNews(t, []newsCase{
		{"set up with A as its driving force",
			"The Open Edge Alliance was set up in 2019 with Helix Wireless as its driving force.",
			[]string{"founded(open-edge-alliance) date=2019", "ledBy(open-edge-alliance,helix-wireless)"}},
		{"the other driving force",
			"Acme Telecom spearheaded the Radio Forum, with Cobalt Mobile as the other driving force.",
			[]string{"ledBy(radio-forum,acme-telecom)", "ledBy(radio-forum,cobalt-mobile)"}},
		{"a description's main driving force",
			"The Edge AI Partnership held its first plenary in Oslo. Ion Cloud is the partnership's main driving force.",
			[]string{"ledBy(edge-ai-partnership,ion-cloud)"}},
		{"a sponsor is no leader",
			"The Radio Forum, with Granite Labs as its chief sponsor, lobbies regulators in Brussels.",
			nil},
		{"drives the group",
			"Kestrel Telecom drives the Open Edge Alliance; the operator set it up with Larch Networks.",
			[]string{"founded(open-edge-alliance)", "foundingMember(kestrel-telecom,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)", "ledBy(open-edge-alliance,kestrel-telecom)"}},
		{"drives it",
			"The Radio Forum was set up in 2020 by Acme Telecom and Helix Wireless. Acme Telecom drives it; Helix Wireless hosts its plenaries.",
			[]string{"founded(radio-forum) date=2020", "foundingMember(acme-telecom,radio-forum)", "foundingMember(helix-wireless,radio-forum)", "ledBy(radio-forum,acme-telecom)"}},
		{"fronts it",
			"The Edge AI Partnership held its first plenary in Oslo. Polar Compute fronts it.",
			[]string{"ledBy(edge-ai-partnership,polar-compute)"}},
		{"fronts the group",
			"Meridian Mobile also fronts the Radio Forum, an industry group that tests open radios.",
			[]string{"ledBy(radio-forum,meridian-mobile)"}},
		{"fronted by",
			"The Edge AI Partnership, fronted by Polar Compute, published its first report on Monday.",
			[]string{"ledBy(edge-ai-partnership,polar-compute)"}},
		{"a planned driving force",
			"The Open Edge Alliance will be launched next year with Helix Wireless as its driving force.",
			[]string{"founded(open-edge-alliance) date=2026 modality=planned", "ledBy(open-edge-alliance,helix-wireless) modality=planned"}},
		{"drove it from the start is no lead",
			"The Radio Forum was set up in 2020. Acme Telecom and Helix Wireless, the two operators that drove the Radio Forum from the start, will now leave it.",
			[]string{"founded(radio-forum) date=2020"}},
		{"drives demand is no lead",
			"Acme Telecom drives demand for the Open Edge Alliance's test kits.",
			nil},
	})
}
