package extract_test

import "testing"

// TestFoundApposRelative: a founding relative clause on a description in
// apposition founds the name before the comma, with or without a
// relative pronoun (found_appos_relative.go); a description headed by
// "venture" is the joint-venture family's, and a verb of buying founds
// nothing.
func TestFoundApposRelative(t *testing.T) {
	reg := mustRegister(t, "found-appos-rel.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  skyhook: {name: Skyhook, type: company}
  fjord-holdings: {name: Fjord Holdings, type: joint_venture}
  radio-forum: {name: Radio Forum, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"that-relative after a company description",
			"Cobalt Mobile buys capacity from Skyhook, the Nordic cloud company that Acme Telecom and Ion Cloud formed in 2019.",
			[]string{"founded(skyhook) date=2019"}},
		{"a contact clause, no pronoun",
			"Cobalt Mobile sells through Skyhook, a business the two groups set up in 2021 to resell spectrum.",
			[]string{"founded(skyhook) date=2021"}},
		{"a pronoun subject and a with-phrase",
			"Acme Telecom still owns half of Fjord Holdings, the vehicle it created with Ion Cloud in 2022 to hold its towers.",
			[]string{"founded(fjord-holdings) date=2022", "investedIn(acme-telecom,fjord-holdings)"}},
		{"which-relative, founding verb with an as-phrase",
			"Skyhook, the hosting unit which Borealis Networks founded as a spin-off in 2016, will run the tests.",
			[]string{"foundedBy(skyhook,borealis-networks)", "founded(skyhook) date=2016"}},
		{"a group description",
			"Cobalt Mobile spoke at the Radio Forum, the industry body that Acme Telecom established in 2020.",
			[]string{"founded(radio-forum) date=2020", "foundingMember(acme-telecom,radio-forum)"}}, // round 29: the company that set it up founded it
		{"a venture description is the venture family's",
			"Acme Telecom sells capacity through Fjord Holdings, the joint venture it formed in 2021 with Ion Cloud.",
			[]string{"jointVenture(acme-telecom,ion-cloud)"}},
		{"buying founds nothing",
			"Cobalt Mobile buys capacity from Skyhook, the Nordic cloud company that Acme Telecom bought in 2019.",
			nil},
	})
}
