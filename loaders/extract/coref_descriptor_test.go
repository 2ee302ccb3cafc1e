package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestDescriptorMemory: a description whose head noun the article gave a
// name earlier (apposition, premodifier, copula, "<Place>-based", a
// descriptor before the name and a comma) refers back to that name; near
// misses: two names described alike, a description followed by a name, a
// bare common noun, modifiers that disagree. The article date is
// 2025-06-12.
func TestDescriptorMemory(t *testing.T) {
	runNews(t, []newsCase{
		{"apposition, then a synonym of its head",
			"Polar Compute, a non-profit research laboratory, opened on Monday. Acme Telecom put 50 million euros into the lab.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=50 million euros"}},
		{"premodifier, then the head alone",
			"Shares in AI chip start-up Granite Labs rose on Monday. Last year Ion Cloud invested $15 million in the start-up.",
			[]string{"investedIn(ion-cloud,granite-labs) date=2024 amount=$15 million"}},
		{"a place before the name, then a generic head with that place",
			"Bergen-based Borealis Networks raised money this week. The Bergen firm also signed a partnership with Helix Wireless.",
			[]string{"partnerOf(borealis-networks,helix-wireless)"}},
		{"copula, then the whole descriptor",
			"Cobalt Mobile is a convenience store chain with 3,000 shops. Acme Telecom bought a 20% stake in the convenience store chain.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)"}},
		{"a descriptor before the name and a comma",
			"Helix Wireless's new infrastructure unit, Larch Networks, started work in March. Ion Cloud took a 40% stake in the unit.",
			[]string{"investedIn(ion-cloud,larch-networks)"}},
		{"a possessive apposition, then its head among other companies",
			"Cobalt Mobile, Norway's largest carrier, grew again. Helix Wireless reported flat sales. Ion Cloud bought a stake in the carrier.",
			[]string{"headquarteredIn(cobalt-mobile,NO)", "investedIn(ion-cloud,cobalt-mobile)"}},
		{"a possessive apposition: the unit",
			"Larch Networks, Helix Wireless's infrastructure unit, started work in March. Ion Cloud took a 40% stake in the unit.",
			[]string{"investedIn(ion-cloud,larch-networks)"}},
		{"an unknown city in an apposition",
			"Polar Compute, a Bergen company, raised money. Acme Telecom reported results. Ion Cloud invested in the Bergen company.",
			[]string{"investedIn(ion-cloud,polar-compute)"}},
		{"both start-ups: the last two described so",
			"Analysts praised AI start-up Granite Labs and search start-up Polar Compute. Both start-ups count Ion Cloud as a shareholder.",
			[]string{"investedIn(ion-cloud,granite-labs)", "investedIn(ion-cloud,polar-compute)"}},
		{"near miss: a head a relative clause restricts is any lab",
			"Polar Compute, a research lab, opened on Monday. Ion Cloud will put $5 million into the lab that shows the best results.",
			nil},
		{"near miss: two labs, neither",
			"Polar Compute, a research lab, and Granite Labs, a robotics lab, opened offices. Acme Telecom put $5 million into the lab.",
			nil},
		{"near miss: a name after the description",
			"Granite Labs, a chipmaker, opened a plant. Acme Telecom invested in the chipmaker Ion Cloud.",
			[]string{"investedIn(acme-telecom,ion-cloud)"}},
		{"the whole descriptor of a common noun",
			"Meridian Mobile, the social network, grew fast. Acme Telecom invested in the social network.",
			[]string{"investedIn(acme-telecom,meridian-mobile)"}},
		{"near miss: a common noun alone",
			"Meridian Mobile, the social network, grew fast. Acme Telecom invested in the network.",
			nil},
		{"near miss: modifiers that disagree",
			"Bergen-based Borealis Networks raised money this week. The Oslo firm also signed a partnership with Helix Wireless.",
			nil},
	})
}

// TestDescriptorCity: a company description with a city no descriptor
// gave ("The Oslo group") is read through the city's country, as "the
// Norwegian group" is, but states no headquarters; near misses: a company
// the text placed in another city, and a city that names an exchange
// ("London-listed").
func TestDescriptorCity(t *testing.T) {
	runNews(t, []newsCase{
		{"a city description continues the previous subject",
			"Borealis Networks named a new chief executive on Monday. The Oslo group is also a founding member of the Open Edge Alliance.",
			[]string{"foundingMember(borealis-networks,open-edge-alliance)"}},
		{"near miss: the company is based in another city",
			"Borealis Networks, based in Stockholm, named a new chief executive on Monday. The Oslo group is also a founding member of the Open Edge Alliance.",
			nil},
		{"near miss: inside a sentence the city is no nationality (the round's subject is not the company)",
			"Polar Compute is growing fast. Acme Telecom led a $50 million round in the Oslo-based company, with Ion Cloud also taking part.",
			[]string{"investedIn(acme-telecom,polar-compute) amount=$50 million", "investedIn(ion-cloud,polar-compute)"}},
		{"near miss: a listing city",
			"Borealis Networks named a new chief executive on Monday. The London-listed group is also a founding member of the Open Edge Alliance.",
			nil},
	})
}

// TestDescriptorLed: "the <Name>-led HEAD" is what the name leads, never
// the name: a group noun the group in reach, a company noun the one joint
// venture just named, a learnt head the one entity described with it;
// near misses: a label someone gives ("call it the X-led alliance") and
// two ventures in reach.
func TestDescriptorLed(t *testing.T) {
	reg, err := facts.ReadRegister("led.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-fibre: {name: Polar Fibre, type: joint_venture}
  larch-towers: {name: Larch Towers, type: joint_venture}
  edge-pact: {name: Edge Pact, type: alliance}
  radio-body: {name: Radio Body, type: alliance}
  open-lab: {name: Open Lab, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"a group noun: the group in reach",
			"Acme Telecom and Ion Cloud signed up to Edge Pact in March. The Helix Wireless-led effort wants open radio units.",
			[]string{"ledBy(edge-pact,helix-wireless)", "memberOf(acme-telecom,edge-pact)", "memberOf(ion-cloud,edge-pact)"}},
		{"a company noun: the joint venture just named",
			"Acme Telecom and Helix Wireless run Polar Fibre together. Day to day, the Helix Wireless-led company builds the network.",
			[]string{"jointVenture(acme-telecom,helix-wireless)", "ledBy(polar-fibre,helix-wireless)"}}, // "run J together" (venture_jointly.go), a venture, no partnership (partner_coowned.go)
		{"a learnt head: the one entity described with it",
			"Ion Cloud joined Acme Telecom's new wholesaler, Polar Fibre, last week. The Acme Telecom-led wholesaler will sell access to rivals.",
			[]string{"ledBy(polar-fibre,acme-telecom)"}},
		{"a group noun: the one group in reach other than the leader",
			"Radio Body and Edge Pact met in Paris on Monday. The Radio Body-led initiative was launched in 2023.",
			[]string{"founded(edge-pact) date=2023", "ledBy(edge-pact,radio-body)"}},
		{"a group noun: the article's one group, named paragraphs before",
			"Edge Pact in five points\n\nOperators have tried this before. Here is where it stands.\n\n1. It is young.\nThe Radio Body-led initiative was launched in 2023.",
			[]string{"founded(edge-pact) date=2023", "ledBy(edge-pact,radio-body)"}},
		{"near miss: two groups besides the leader",
			"Radio Body, Edge Pact and the Open Lab met in Paris on Monday. The Radio Body-led initiative was launched in 2023.",
			nil},
		{"near miss: a label someone gives",
			"Acme Telecom and Ion Cloud signed up to Edge Pact in March. Critics call it the Helix Wireless-led effort.",
			[]string{"memberOf(acme-telecom,edge-pact)", "memberOf(ion-cloud,edge-pact)"}},
		{"near miss: two ventures in reach",
			"Polar Fibre and Larch Towers both opened offices in March. Day to day, the Helix Wireless-led company builds the network.",
			nil},
	})
}
