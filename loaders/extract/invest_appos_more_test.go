package extract_test

import "testing"

// TestApposedHolders: an apposed holder noun after an adverb ("already
// the largest shareholder of Y"), "a holder of Y shares" and "another big
// holder" state investments; a licence holder does not.
func TestApposedHolders(t *testing.T) {
	runNews(t, []newsCase{
		{"an adverb before the holder noun",
			"For Acme Telecom, already the largest shareholder of Granite Labs, the deal is small.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"a holder of the company's shares",
			"Acme Telecom, the largest holder of Granite Labs shares, declined to comment.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"another holder",
			"Acme Telecom, another big holder of Granite Labs shares, declined to comment.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"a holder of spectrum is no investor",
			"Acme Telecom, the largest holder of spectrum in Norway, declined to comment.",
			nil},
	})
}
