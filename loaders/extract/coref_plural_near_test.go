package extract_test

import "testing"

// TestCountedPluralNearList: a counted plural that the sentence before
// does not decide (it named more organisations than the count) takes the
// nearest list of exactly that many: a coordination earlier in its own
// sentence, a list the previous sentence gave, or the companies of the
// previous two sentences of the paragraph together (coref_plural_near.go).
func TestCountedPluralNearList(t *testing.T) {
	runNews(t, []newsCase{
		{"a coordination in the plural's own sentence",
			"Kestrel Telecom hosted Polar Compute at its summit in Seoul. Kestrel Telecom said it had signed an agreement with Acme Telecom and Borealis Networks under which the two Korean AI companies will run its data centres.",
			[]string{"headquarteredIn(acme-telecom,KR)", "headquarteredIn(borealis-networks,KR)",
				"partnerOf(acme-telecom,kestrel-telecom)", "partnerOf(borealis-networks,kestrel-telecom)"}},
		{"a list the previous sentence gave",
			"Acme Telecom, Borealis Networks and Cobalt Mobile buy their radios from Helix Wireless. A year later the three operators formed a partnership with Ion Cloud.",
			[]string{"partnerOf(acme-telecom,ion-cloud)", "partnerOf(borealis-networks,ion-cloud)", "partnerOf(cobalt-mobile,ion-cloud)"}},
		{"the companies of the previous two sentences",
			"The largest bet is Granite Labs. In 2023 Acme Telecom put $10 million into the maker of the Edge chips. The money came with a deal: the two companies agreed to jointly develop a model for network operations.",
			// the investment is invest_described_focus.go's: "the maker
			// of the Edge chips" is the company the paragraph is about
			[]string{"partnerOf(acme-telecom,granite-labs) modality=planned",
				"investedIn(acme-telecom,granite-labs) date=2023 amount=$10 million"}},
	})
}

// TestCalledOffVentureOwnsNothing: once the plural finds its owners, a
// venture the article said was called off still gets no owners.
func TestCalledOffVentureOwnsNothing(t *testing.T) {
	reg := mustRegister(t, "failed.yaml", `entities:
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-edge: {name: Polar Edge, type: joint_venture}
`)
	runNewsWith(t, reg, []newsCase{
		{"scrapped, then the plan", "Helix Wireless and Ion Cloud scrapped Polar Edge in March. The two companies had planned to own the venture on a 50:50 basis.", nil},
	})
}
