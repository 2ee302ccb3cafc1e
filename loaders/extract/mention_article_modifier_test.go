package extract_test

import "testing"

// TestArticleModifier: an unknown capitalised word between "a"/"an" and a
// common noun is a modifier, not a partner.
func TestArticleModifier(t *testing.T) {
	runNewsWith(t, precisionRegister(t), []newsCase{
		{"a currency's miner", "Acme Telecom struck an agreement with a Dogecoin miner.", nil},
		{"an operating system's maker", "Cobalt Mobile struck an agreement with an Ubuntu laptop maker.", nil},
		{"near miss: a name before the article", "Acme Telecom struck an agreement with Verdant Labs, a laptop maker.",
			[]string{"partnerOf(acme-telecom,verdant-labs)"}},
	})
}
