package extract_test

import "testing"

// ventureRegister is the news register with Granite Labs typed as a joint
// venture, as the blind registers type the ventures they name.
const ventureRegister = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: joint_venture}
  jane-park: {name: Jane Park, type: person}
`

// TestVentureTyped covers ventures told by their makers or their joint
// owners where no venture noun is in the sentence, or the split is worded
// in a way the venture rules did not read (helper x14jv, issue 13, the
// ventures drill), with sentences written for the test.
func TestVentureTyped(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	owners := []string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs)"}
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
		{"stakes in J one sentence gives two companies (venture_co_owners.go)", "Acme Telecom and Helix Wireless said they would form a fibre company called Granite Labs, in which Helix Wireless will hold 60%, with Acme Telecom owning the rest.",
			[]string{jv + " modality=planned", "investedIn(acme-telecom,granite-labs)", "investedIn(helix-wireless,granite-labs) modality=planned"}},
		{"J, a 60/40 venture of A and B", "Granite Labs, a 60/40 venture of Acme Telecom and Helix Wireless, opened an office.",
			[]string{jv + " share=60/40"}},
		{"J, which A and B own half each, (venture_own_relative.go)", "Granite Labs, which Acme Telecom and Helix Wireless own half each, has operated since 2017.",
			append([]string{jv}, owners...)},
		{"J, which A and B jointly own,", "Granite Labs, which Acme Telecom and Helix Wireless jointly own, has operated since 2017.",
			append([]string{jv}, owners...)},
		{"A set up J with B (venture_makers.go)", "Acme Telecom set up Granite Labs with Helix Wireless in 2019.",
			[]string{jv}},
		{"A, together with B, established J", "Acme Telecom, together with Helix Wireless, established Granite Labs in 2020.",
			[]string{jv}}, // no partnerOf from "together with" alone (round 24), as for "A set up J with B"
		{"A teamed up with B to launch J", "Acme Telecom teamed up with Helix Wireless to launch Granite Labs.",
			[]string{jv, "partnerOf(acme-telecom,helix-wireless)"}},
		{"set up a 50:50 venture, J (the colon split read as one share)", "Acme Telecom and Helix Wireless have set up a 50:50 venture, Granite Labs, to lay fibre.",
			[]string{jv + " share=50:50"}},

		{"owned by A (51%) and B (49%)", "Granite Labs is owned by Acme Telecom (51%) and Helix Wireless (49%).",
			[]string{jv}},
		{"A and B's joint venture J", "Acme Telecom and Helix Wireless's joint venture Granite Labs opened an office.",
			[]string{jv}},

		{"A will hold N% of J, and B the rest (gapping: invest.go, gappedHolder)", "Acme Telecom will hold about 50.25% of Granite Labs, and Helix Wireless the rest.",
			[]string{jv + " modality=planned", "investedIn(acme-telecom,granite-labs) modality=planned", "investedIn(helix-wireless,granite-labs) modality=planned"}},
		{"A holds N% of Y, and B holds M%", "Acme Telecom holds 20% of Ion Cloud, and Helix Wireless holds 10%.",
			[]string{"investedIn(acme-telecom,ion-cloud)", "investedIn(helix-wireless,ion-cloud)"}},

		// near misses
		{"two holdings after of", "Acme Telecom holds 20% of Ion Cloud and Polar Compute.",
			[]string{"investedIn(acme-telecom,ion-cloud)", "investedIn(acme-telecom,polar-compute)"}},
		{"owned by A (country) and B (country): no split", "Granite Labs is owned by Acme Telecom (Norway) and Helix Wireless (Sweden).", nil},
		{"a venture in talks, called off (venture_failed.go)", "Talks on a joint venture between Acme Telecom and Helix Wireless were called off.", nil},
		{"a proposed venture never formed", "A proposed joint venture between Acme Telecom and Helix Wireless was never formed.", nil},
		{"a venture between two with no split", "Granite Labs, a venture between Acme Telecom and Helix Wireless, opened an office.", nil},
		{"negated making", "Acme Telecom and Helix Wireless did not create Granite Labs.", nil},
		{"talks called off", "Acme Telecom and Helix Wireless considered creating Granite Labs but the talks were called off.", nil},
		{"made a company the register does not call a venture", "Acme Telecom and Helix Wireless launched Ion Cloud, a company for mobility services.",
			[]string{"founded(ion-cloud)"}},
		{"stakes taken in J with no split: joiners, not its partners", "Ion Cloud and Helix Wireless agreed to take minority stakes in Granite Labs alongside Acme Telecom.",
			[]string{"investedIn(acme-telecom,granite-labs) modality=planned", "investedIn(helix-wireless,granite-labs) modality=planned", "investedIn(ion-cloud,granite-labs) modality=planned"}},
		{"J, which A and B own (no split)", "Granite Labs, which Acme Telecom and Helix Wireless own, has operated since 2017.", nil},
		{"set up with a partner, no venture in the register", "Acme Telecom set up Ion Cloud with Helix Wireless in 2019.",
			[]string{"founded(ion-cloud) date=2019"}},
		{"passive making is left out", "Granite Labs was set up by Acme Telecom and Helix Wireless in 2019.",
			[]string{"founded(granite-labs) date=2019"}},
		{"negated making with a partner", "Acme Telecom did not set up Granite Labs with Helix Wireless.", nil},
		{"owned in parts by one owner", "Granite Labs, the cloud company owned in large part by Acme Telecom, opened today.", nil},
	})
}

// TestVentureCompanyRef: "the company" can stand for a joint venture the
// article is about (companyLike in venture_known.go), not only for a
// company the register types as one.
func TestVentureCompanyRef(t *testing.T) {
	jv := "jointVenture(acme-telecom,helix-wireless)"
	runNewsWith(t, mustRegister(t, "ventures.yaml", ventureRegister), []newsCase{
		{"the company's chief executive after J, a joint venture of A and B",
			"Granite Labs, a joint venture of Acme Telecom and Helix Wireless, sells towers. The company's chief executive is Jane Park.",
			[]string{jv, "ceoOf(jane-park,granite-labs)"}},
		{"led by its chief executive after the venture sentence",
			"Granite Labs, a joint venture of Acme Telecom and Helix Wireless, sells towers. Since 2019 the company has been led by its chief executive, Jane Park.",
			[]string{jv, "ceoOf(jane-park,granite-labs)"}},
		// near miss: the company named as the subject stays the topic
		{"a company opens the article, the venture is a side note",
			"Acme Telecom sells radios. Acme Telecom also set up Granite Labs with Helix Wireless. The company's chief executive is Jane Park.",
			[]string{jv, "ceoOf(jane-park,acme-telecom)"}},
	})
}
