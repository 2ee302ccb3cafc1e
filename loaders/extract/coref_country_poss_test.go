package extract_test

import "testing"

// TestCountryPossessive: "South Korea's largest mobile operator" names the
// one company in reach known to be based there, of the kind the head asks
// for; several such companies, or an apposition after a name, leave it to
// other readings.
func TestCountryPossessive(t *testing.T) {
	reg := mustRegister(t, "country-poss.yaml", `entities:
  kt: {name: KT, type: company}
  kddi: {name: KDDI, type: company}
  ntt-docomo: {name: NTT Docomo, type: company}
  nvidia: {name: NVIDIA, type: company}
  granite-labs: {name: Granite Labs, type: company}
  korea-fund: {name: Korea Growth Fund, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the one Korean operator in reach",
			"KT and NVIDIA met in Seoul on Monday. South Korea's second-largest mobile operator will buy Granite Labs.",
			[]string{"headquarteredIn(kt,KR)"}},
		{"two Japanese carriers in reach: which is biggest is unknown",
			"KDDI and NTT Docomo met in Tokyo on Monday. Japan's biggest carrier will buy Granite Labs.",
			nil},
		{"an apposition after a name is that name's",
			"Its members are NVIDIA; Granite Labs, Norway's state operator; and KT.",
			[]string{"headquarteredIn(granite-labs,NO)"}},
		{"the country's carrier: the country named last",
			"KT and NVIDIA opened a data centre in South Korea. The country's second-largest carrier will pay for the land.",
			[]string{"headquarteredIn(kt,KR)"}},
		{"the one of the kind asked for beside a fund of that country",
			"Korea Growth Fund and KT met in Seoul, South Korea, on Monday. The country's biggest mobile operator will build a network for Granite Labs.",
			[]string{"headquarteredIn(kt,KR)"}},
	})
}
