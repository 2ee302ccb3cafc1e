package extract_test

import "testing"

// TestProductModifierName: a name before an agent noun of making or
// owning ("Lumen assistant maker Vexa" reads "Quillo developer Vexa") only
// modifies the name after it, which heads the phrase and fills the
// argument (mention_product_modifier.go).
func TestProductModifierName(t *testing.T) {
	reg := mustRegister(t, "modifier.yaml", `entities:
  mara-lind: {name: Mara Lind, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  vexa: {name: Vexa, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  kestrel-telecom: {name: Kestrel Telecom, type: company}
  quillo: {name: Quillo, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"CEO of a product's developer",
			"Mara Lind, CEO of Quillo developer Vexa, spoke in Paris.",
			[]string{"ceoOf(mara-lind,vexa)"}},
		{"an unknown product name before maker",
			"Omar Haddad, chairman of Zentrix maker Borealis Networks, agreed.",
			[]string{"chairmanOf(omar-haddad,borealis-networks)"}},
		{"a stake in a product's developer",
			"Kestrel Telecom has invested $40m in Brightline developer Vexa.",
			[]string{"investedIn(kestrel-telecom,vexa) amount=$40m"}},
		{"a registered company before owner: the owner heads the phrase",
			"Mara Lind, chief executive of Quillo owner Vexa, spoke.",
			[]string{"ceoOf(mara-lind,vexa)"}},
		{"a subject with a modifier",
			"Zentrix maker Borealis Networks has partnered with Kestrel Telecom.",
			[]string{"partnerOf(borealis-networks,kestrel-telecom)"}},
	})
}
