package extract_test

import "testing"

// TestSharedShortForm: a bare short form that two registered names share
// ("Acme" for Acme Group and Acme Corp.) names the one the article named
// first in full, and within a sentence the one written first, not the
// first the register lists (mention_pick.go).
func TestSharedShortForm(t *testing.T) {
	reg := mustRegister(t, "shared.yaml", `entities:
  acme-corp: {name: Acme Corp., type: company}
  acme-group: {name: Acme Group, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  jane-park: {name: Jane Park, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"two full names in one sentence: the first written",
			"Acme Group, the investor that also controls mobile operator Acme Corp., bought shares in a chip designer. Acme's chief executive, Jane Park, called it a long-term bet.",
			[]string{"ceoOf(jane-park,acme-group)", "investedIn(acme-group,acme-corp)"}},
		{"the subsidiary named first",
			"Acme Corp. and Helix Wireless will test edge servers together. Acme Group owns most of the operator. Acme's chief executive, Jane Park, called it a long-term bet.",
			[]string{"ceoOf(jane-park,acme-corp)", "partnerOf(acme-corp,helix-wireless) modality=planned"}},
	})
}
