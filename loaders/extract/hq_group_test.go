package extract_test

import "testing"

// TestGroupNations: a plural description with a nationality places each
// company of its group in that country; the group may be picked out of a
// sentence by the nationality when another company there is known to be
// based elsewhere, and a member placed elsewhere voids it.
func TestGroupNations(t *testing.T) {
	reg := mustRegister(t, "group-nations.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  nvidia: {name: NVIDIA, type: company}
  nokia: {name: Nokia, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"the two operators of the sentence before",
			"Acme Telecom and Cobalt Mobile met regulators on Monday. The two Danish operators will share towers.",
			[]string{"headquarteredIn(acme-telecom,DK)", "headquarteredIn(cobalt-mobile,DK)"}},
		{"the two carriers of a sentence that also names a US company",
			"Acme Telecom and Cobalt Mobile were each named by NVIDIA as customers; the two Danish carriers did not comment.",
			[]string{"headquarteredIn(acme-telecom,DK)", "headquarteredIn(cobalt-mobile,DK)"}},
		{"a member known to be elsewhere voids the group",
			"Nokia and Acme Telecom met regulators on Monday. The two Danish companies will share towers.",
			nil},
	})
}
