package extract_test

import "testing"

// TestDescriptionAfterOpener: a nationality description right after the
// comma of an opening phrase is the main clause's subject, not an
// apposition to the name ending the phrase.
func TestDescriptionAfterOpener(t *testing.T) {
	reg := mustRegister(t, "opener.yaml", `entities:
  borealis-telecom: {name: Borealis Telecom, type: company}
  granite-cloud: {name: Granite Cloud, type: company}
  helix-systems: {name: Helix Systems, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"with a partner, the described company acts",
			"Borealis Telecom, the Norwegian operator, has a new lab. Working with Granite Cloud, the Norwegian operator built a test network in Bergen.",
			[]string{"headquarteredIn(borealis-telecom,NO)"}},
		{"unlike a rival",
			"Borealis Telecom, the Norwegian operator, kept its prices. Unlike Helix Systems, the Norwegian operator has no plans to cut jobs.",
			[]string{"headquarteredIn(borealis-telecom,NO)"}},
		{"an apposition with a relative clause stays one",
			"For investors it is a bet on Granite Cloud, the Danish company that Borealis Telecom set up in 2019.",
			// the relative clause founds the company (found_named.go)
			[]string{"foundedBy(granite-cloud,borealis-telecom)", "founded(granite-cloud) date=2019", "headquarteredIn(granite-cloud,DK)"}},
	})
}
