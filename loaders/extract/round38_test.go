package extract_test

import "testing"

// round38Register holds round 38's fictional companies.
const round38Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  jane-park: {name: Jane Park, type: person}
`

// TestRound38DescribedSubjectNamesPartners: "the chipmaker also named A, B
// and C as partners" takes its subject from the description, as the
// single-object form ("named B as a partner") did; a pronoun subject
// stays out.
func TestRound38DescribedSubjectNamesPartners(t *testing.T) {
	reg := mustRegister(t, "round38.yaml", round38Register)
	runNewsWith(t, reg, []newsCase{
		{"the chipmaker named A, B and C as partners", "Ion Cloud, the US chipmaker, reported record sales on Tuesday. The chipmaker also named Cobalt Mobile, Granite Labs and Polar Compute as partners in building an open radio stack.",
			[]string{"headquarteredIn(ion-cloud,US)", "partnerOf(cobalt-mobile,ion-cloud)", "partnerOf(granite-labs,ion-cloud)", "partnerOf(ion-cloud,polar-compute)"}},
		// near misses
		{"a pronoun far from its antecedent", "Ion Cloud reported record sales on Tuesday, and analysts expect more. It also named Cobalt Mobile, Granite Labs and Polar Compute as partners.",
			nil},
		{"a former partner", "Ion Cloud, the US chipmaker, reported record sales on Tuesday. The chipmaker named Cobalt Mobile and Granite Labs as former partners.",
			[]string{"headquarteredIn(ion-cloud,US)"}},
	})
}
