package extract_test

import "testing"

// TestPriorNations: a nationality description names the company a reader
// knows to be based in that country when the article does not say where
// its companies are (priors.go), never one known to be based elsewhere;
// a heading's company comes first in its section; and a description does
// not make its company the article's main one.
func TestPriorNations(t *testing.T) {
	reg := mustRegister(t, "priors.yaml", `entities:
  granite-labs: {name: Granite Labs, type: company}
  nvidia: {name: NVIDIA, type: company}
  nokia: {name: Nokia, type: company}
  mavenir: {name: Mavenir, type: company}
  orion-telecom: {name: Orion Telecom, type: company}
  kt: {name: KT, type: company}
  sony-group: {name: Sony Group, type: company}
  kddi: {name: KDDI, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the known US company among unknown ones",
			"Granite Labs signed a supply deal with NVIDIA on Monday. The US chipmaker will ship its first racks in May.",
			[]string{"headquarteredIn(nvidia,US)"}},
		{"a company known to be elsewhere is not the description's",
			"Nokia signed a supply deal with Granite Labs on Monday. The Finnish vendor will ship its first radios in May.",
			[]string{"headquarteredIn(nokia,FI)"}},
		{"a known company elsewhere leaves the unknown one",
			"Nokia signed a supply deal with Granite Labs on Monday. The US start-up will ship its first radios in May.",
			[]string{"headquarteredIn(granite-labs,US)"}},
		{"a heading's company before a known one",
			"2. Mavenir\nMavenir sells network software.\n\n3. Granite Labs\nThe US company makes repeaters for millimetre-wave networks.",
			[]string{"headquarteredIn(granite-labs,US)"}},
		{"a description does not make its company the interviewee's",
			"Orion Telecom signed a pact with NVIDIA. Orion Telecom will build models with the US company.\n\nQ: What else is new?\n\nA: We forged a partnership with Granite Labs in May.",
			[]string{"headquarteredIn(nvidia,US)", "partnerOf(nvidia,orion-telecom)", "partnerOf(granite-labs,orion-telecom)"}},
		{"the chipmaker is not the carrier just named",
			"KT signed a deal with NVIDIA on Monday. The chipmaker also invested in Granite Labs last year.",
			[]string{"partnerOf(kt,nvidia)", "investedIn(nvidia,granite-labs) date=2024"}},
		{"the operator is not the chipmaker just named",
			"NVIDIA signed a deal with KT on Monday. The operator also invested in Granite Labs last year.",
			[]string{"partnerOf(kt,nvidia)", "investedIn(kt,granite-labs) date=2024"}},
		{"a company of no known kind is no chipmaker when the known one is out of reach",
			"KT and Sony Group invested in Granite Labs. The chipmaker also invested in Granite Labs.",
			[]string{"investedIn(kt,granite-labs)", "investedIn(sony-group,granite-labs)"}},
		{"the Japanese carrier is not the Japanese electronics group",
			"Sony Group and KDDI invested in Granite Labs in May. The Japanese carrier also invested in Orion Telecom.",
			[]string{"investedIn(sony-group,granite-labs)", "investedIn(kddi,granite-labs)", "investedIn(kddi,orion-telecom)", "headquarteredIn(kddi,JP)"}},
	})
}
