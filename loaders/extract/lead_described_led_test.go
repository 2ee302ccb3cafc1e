package extract_test

import "testing"

// TestDescribedLed: a venture or programme told only by a bare
// description ("the venture", "The initiative", "the project") is led by
// the by-agent when one organisation in reach fits the description:
// described with that head, a joint venture, or launched in the last two
// sentences (lead_described_led.go) - passive, reduced relative, fronted,
// after a colon, a list of leaders. Two that fit compete and nothing is
// read; a person leading, the leader itself, a description that is no
// clause subject and one out of reach state no ledBy.
func TestDescribedLed(t *testing.T) {
	reg := mustRegister(t, "described_led.yaml", `entities:
  polar-compute: {name: Polar Compute, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  granite-labs: {name: Granite Labs, type: company}
  kestrel-telecom: {name: Kestrel Telecom, type: company}
  acme-telecom: {name: Acme Telecom, type: company}
  nova-cloud: {name: Nova Cloud, type: company}
  atlas-ai-hub: {name: Atlas AI Hub, type: company}
  jane-park: {name: Jane Park, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"passive, described by a copula",
			"Polar Compute, Helix Wireless and Ion Cloud formed Nova Cloud in March. Nova Cloud is a joint venture based in Oslo. The venture is led by Polar Compute.",
			[]string{"founded(nova-cloud)", "ledBy(nova-cloud,polar-compute)"}},
		{"reduced relative after a launch",
			"The big news was the launch of Atlas AI Hub in May. The initiative, spearheaded by Acme Telecom, will build three data centres.",
			[]string{"founded(atlas-ai-hub)", "ledBy(atlas-ai-hub,acme-telecom)"}},
		{"a list of leaders",
			"Atlas AI Hub was set up in May with a budget of $2 billion. The project, led by Helix Wireless and Granite Labs, opens in June.",
			[]string{"founded(atlas-ai-hub)", "ledBy(atlas-ai-hub,granite-labs)", "ledBy(atlas-ai-hub,helix-wireless)"}},
		{"after a colon",
			"Atlas AI Hub was set up in May. Costs are shared: the initiative is headed by Kestrel Telecom.",
			[]string{"founded(atlas-ai-hub)", "ledBy(atlas-ai-hub,kestrel-telecom)"}},
		{"fronted",
			"Nova Cloud was formed by Polar Compute, Helix Wireless and Ion Cloud in March. Led by Helix Wireless, the venture will open in 2026.",
			[]string{"founded(nova-cloud)", "foundedBy(nova-cloud,helix-wireless)", "foundedBy(nova-cloud,ion-cloud)", "foundedBy(nova-cloud,polar-compute)",
				"ledBy(nova-cloud,helix-wireless)"}},
		{"near miss: two launched compete",
			"The week saw the launch of Atlas AI Hub and the launch of Nova Cloud. The initiative, spearheaded by Acme Telecom, will build three data centres.",
			[]string{"founded(atlas-ai-hub)", "founded(nova-cloud)"}},
		{"near miss: two founded compete, fronted",
			"Polar Compute, Helix Wireless and Ion Cloud formed Nova Cloud in March, and Acme Telecom set up Atlas AI Hub. Led by Helix Wireless, the venture will open in 2026.",
			[]string{"foundedBy(atlas-ai-hub,acme-telecom)", "founded(atlas-ai-hub)", "founded(nova-cloud)"}},
		{"near miss: a person leads",
			"The big news was the launch of Atlas AI Hub in May. The venture is led by Jane Park.",
			[]string{"founded(atlas-ai-hub)"}},
		{"near miss: not the clause subject",
			"The big news was the launch of Atlas AI Hub in May. Kestrel Telecom said the venture is led by Ion Cloud.",
			[]string{"founded(atlas-ai-hub)"}},
		{"near miss: out of reach",
			"The big news was the launch of Atlas AI Hub in May. Sales rose. Costs fell. Prices rose. The initiative, spearheaded by Ion Cloud, will build three data centres.",
			[]string{"founded(atlas-ai-hub)"}},
		{"near miss: a company bought into, the leader itself",
			"Acme Telecom bought a stake in Ion Cloud in May. The venture is led by Acme Telecom.",
			[]string{"investedIn(acme-telecom,ion-cloud)"}},
	})
}
