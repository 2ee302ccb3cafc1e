package extract_test

import "testing"

// TestCommaSuffix: ", Inc." after a registered company's name belongs to
// the name, not to a company "Inc" of its own (clause_alias_pair.go).
func TestCommaSuffix(t *testing.T) {
	runNews(t, []newsCase{
		{"founded after a comma suffix",
			"Helix Wireless, Inc. was founded in 2018 as a spin-off from a university lab, and it is based in Finland.",
			[]string{"founded(helix-wireless) date=2018", "headquarteredIn(helix-wireless,FI)"}},
		{"two companies with comma suffixes",
			"Acme Telecom Ltd. and Cobalt Mobile, Inc. today announced that they will set up a joint venture.",
			[]string{"jointVenture(acme-telecom,cobalt-mobile) modality=planned"}},
	})
}
