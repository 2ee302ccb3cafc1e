package extract_test

import (
	"testing"
)

// round30Register holds round 30's fictional companies and people.
const round30Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  granite-labs: {name: Granite Labs, type: company}
  larch-capital: {name: Larch Capital, type: company}
  tarn-ventures: {name: Tarn Ventures, type: company}
  jane-park: {name: Jane Park, type: person}
  john-lee: {name: John Lee, type: person}
  mark-hill: {name: Mark Hill, type: person}
  ruth-stone: {name: Ruth Stone, type: person}
`

// TestRound30PartnershipNounSplit: a partnership noun phrase split by a
// price ("had signed a $10 billion partnership with AMD": dev17) or by a
// coordinated noun ("KDDI and KDDI Digital Divergence Holdings announced
// a capital and business alliance with ELYZA": dev17) still takes its
// with-phrase's partner; two subjects allied with a third are its
// partners, not each other's. Near misses: a with-phrase that names no
// one, where the two subjects stay partners; no partnership noun.
func TestRound30PartnershipNounSplit(t *testing.T) {
	reg := mustRegister(t, "round30.yaml", round30Register)
	runNewsWith(t, reg, []newsCase{
		{"a priced partnership", "Within weeks Granite Labs had signed a $10 billion partnership with Helix Wireless for AI data centres.",
			[]string{"partnerOf(granite-labs,helix-wireless)"}},
		{"two subjects allied with a third", "Acme Telecom and Cobalt Mobile today announced a capital and business alliance with Granite Labs, a developer of language models.",
			[]string{"partnerOf(acme-telecom,granite-labs)", "partnerOf(cobalt-mobile,granite-labs)"}},
		{"near miss: a with-phrase naming no one", "Acme Telecom and Cobalt Mobile signed a partnership with a focus on edge AI.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"near miss: a capital increase", "Acme Telecom announced a capital increase with Larch Capital.", nil},
	})
}
