package extract_test

import "testing"

// z24Register names the companies of the z24 investment tests and one
// venture they set up.
const z24Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  granite-labs: {name: Granite Labs, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  larch-networks: {name: Larch Networks, type: company}
  polar-compute: {name: Polar Compute, type: company}
  tundra-data: {name: Tundra Data, type: company}
`

// TestInvestZ24GappedAfterDescription: a second holder whose verb is left
// out after an investee that a description or pronoun names ("A will own
// 70% of the new company and B the remaining 30%") holds a share of that
// investee too, with the first verb's modality (invest_gapped.go).
func TestInvestZ24GappedAfterDescription(t *testing.T) {
	reg := mustRegister(t, "z24.yaml", z24Register)
	inv := func(a, b, mod string) string { return "investedIn(" + a + "," + b + ")" + mod }
	planned := "Helix Wireless and Larch Networks said they would set up a joint venture, Tundra Data. "
	formed := "Helix Wireless and Larch Networks formed a joint venture, Tundra Data, in May. "
	jvPlanned := "jointVenture(helix-wireless,larch-networks) modality=planned"
	jv := "jointVenture(helix-wireless,larch-networks)"
	runNewsWith(t, reg, []newsCase{
		{"the new company and B the remaining N%", planned + "Helix Wireless will own 70% of the new company and Larch Networks the remaining 30%.",
			[]string{jvPlanned, inv("helix-wireless", "tundra-data", " modality=planned"), inv("larch-networks", "tundra-data", " modality=planned")}},
		{"the venture, and B the rest, said", planned + "Helix Wireless will hold 60 percent of the venture, and Larch Networks the rest, the companies said.",
			[]string{jvPlanned, inv("helix-wireless", "tundra-data", " modality=planned"), inv("larch-networks", "tundra-data", " modality=planned")}},
		{"a stake in the venture and B N%", formed + "Helix Wireless has a 51% stake in the venture and Larch Networks 49%.",
			[]string{jv, "founded(tundra-data)", inv("helix-wireless", "tundra-data", ""), inv("larch-networks", "tundra-data", "")}},
		{"a description as first holder", formed + "The Norwegian operator owns 51% of the venture, and Larch Networks the remainder.",
			[]string{jv, "founded(tundra-data)", "headquarteredIn(helix-wireless,NO)", inv("helix-wireless", "tundra-data", ""), inv("larch-networks", "tundra-data", "")}},

		// near misses: the second holder's share is of another company, or no share
		{"B N% of another company", formed + "Helix Wireless owns 51% of the venture, and Larch Networks 20% of Granite Labs.",
			[]string{jv, "founded(tundra-data)", inv("helix-wireless", "tundra-data", "")}},
		{"B and no share", formed + "Helix Wireless owns 51% of the venture, and Larch Networks its network.",
			[]string{jv, "founded(tundra-data)", inv("helix-wireless", "tundra-data", "")}},
	})
}
