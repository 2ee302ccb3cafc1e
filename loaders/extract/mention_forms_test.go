package extract_test

import "testing"

// TestNumberAndSymbolNames: a registered name that opens with a number or
// has a symbol inside a word is linked where the article writes it
// (mention_forms.go); a bare number or a lower-case run is still nobody.
func TestNumberAndSymbolNames(t *testing.T) {
	reg := mustRegister(t, "forms.yaml", `entities:
  4040-ventures: {name: 4040 Ventures, type: company}
  acme-telecom: {name: Acme Telecom, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  up-plus-net: {name: UP+NET Fibra Norte, type: joint_venture}
`)
	runNewsWith(t, reg, []newsCase{
		{"a name opening with a number",
			"Acme Telecom raised $40 million from 4040 Ventures and Helix Wireless.",
			[]string{"investedIn(4040-ventures,acme-telecom) amount=$40 million", "investedIn(helix-wireless,acme-telecom) amount=$40 million"}},
		{"a symbol inside the name",
			"Helix Wireless took a 40% stake in UP+NET Fibra Norte, a new fibre wholesaler.",
			[]string{"investedIn(helix-wireless,up-plus-net)"}},
		{"near miss: the number before a lower-case word",
			"Acme Telecom and Helix Wireless agreed to partner on 4040 ventures in Asia.",
			[]string{"partnerOf(acme-telecom,helix-wireless) modality=planned"}},
	})
}
