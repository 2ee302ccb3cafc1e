package extract_test

import (
	"testing"
)

// round28Register holds round 28's fictional companies and the real ones
// whose home cities the priors know.
const round28Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  jane-park: {name: Jane Park, type: person}
  qualcomm: {name: Qualcomm, type: company}
  nvidia: {name: Nvidia, type: company}
  intel: {name: Intel, type: company}
`

// TestRound28CityDescriptions: a description by home city names the one
// company named so far that is based there, by what the article said of
// it or by the priors ("Cristiano Amon, the San Diego company's chief
// executive", "In July the New Delhi-based carrier teamed up with": dev15).
// Near misses: two companies of that city; a listing city; an apposition.
func TestRound28CityDescriptions(t *testing.T) {
	reg := mustRegister(t, "round28.yaml", round28Register)
	const deals = "Qualcomm and Nvidia opened offices in Oslo on Monday. "
	runNewsWith(t, reg, []newsCase{
		{"the San Diego company's chief executive (priors)", deals + "Jane Park, the San Diego company's chief executive, attended the signing.",
			[]string{"ceoOf(jane-park,qualcomm)"}},
		{"the Santa Clara-based chipmaker (priors)", "Qualcomm and Nvidia met Acme Telecom in May. In July the Santa Clara-based chipmaker teamed up with Ion Cloud.",
			[]string{"partnerOf(ion-cloud,nvidia)"}},
		{"the Oslo company (the article's own descriptor)", "Acme Telecom, a Stockholm operator, and Cobalt Mobile, an Oslo operator, signed a roaming deal. Jane Park, the Oslo company's chief executive, said it would start in May.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"near miss: two companies of Santa Clara", "Intel and Nvidia opened offices in Oslo on Monday. Jane Park, the Santa Clara company's chief executive, attended the signing.",
			nil},
		{"near miss: the apposition names its own company", deals + "Jane Park spoke for the San Diego chipmaker Helix Wireless.",
			nil},
	})
}
