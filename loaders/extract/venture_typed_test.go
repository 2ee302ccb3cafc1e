package extract_test

import "testing"

// ventureRegister is the news register with Granite Labs typed as a joint
// venture, as the blind registers type the ventures they name.
const ventureRegister = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  granite-labs: {name: Granite Labs, type: joint_venture}
`

// TestVentureTyped covers ventures told by their makers or their joint
// owners where no venture noun is in the sentence, or the split is worded
// in a way the venture rules did not read (helper x14jv, issue 13, the
// ventures drill), with sentences written for the test.
func TestVentureTyped(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	reg := mustRegister(t, "ventures.yaml", ventureRegister)
	runNewsWith(t, reg, []newsCase{
		{"A and B agreed to create J (J a venture in the register)", "Acme Telecom and Helix Wireless agreed to create Granite Labs, a company for mobility services.",
			[]string{jv + " modality=planned"}},
		{"A and B will create J", "Acme Telecom and Helix Wireless will create Granite Labs in 2026.",
			[]string{jv + " modality=planned"}},
		{"J, the N owned in equal parts by A and B,", "Granite Labs, the cloud company owned in equal parts by Acme Telecom and Helix Wireless, opened today.",
			[]string{jv}},
		{"J, which is owned 65 percent by A and 35 percent by B,", "Granite Labs, which is owned 65 percent by Acme Telecom and 35 percent by Helix Wireless, is the biggest operator.",
			[]string{jv}},
		{"set up a 50:50 venture, J (the colon split read as one share)", "Acme Telecom and Helix Wireless have set up a 50:50 venture, Granite Labs, to lay fibre.",
			[]string{jv + " share=50:50"}},

		// near misses
		{"negated making", "Acme Telecom and Helix Wireless did not create Granite Labs.", nil},
		{"talks called off", "Acme Telecom and Helix Wireless considered creating Granite Labs but the talks were called off.", nil},
		{"made a company the register does not call a venture", "Acme Telecom and Helix Wireless launched Ion Cloud, a company for mobility services.",
			[]string{"founded(ion-cloud)"}},
		{"owned in parts by one owner", "Granite Labs, the cloud company owned in large part by Acme Telecom, opened today.", nil},
	})
}
