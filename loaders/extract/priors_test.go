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
	})
}
