package extract_test

import "testing"

// TestHQCopulaCoordinatedModifiers: "X is a <nationality> A and B
// company": modifiers coordinated before the organisation head
// (hq_heads.go orgHeadAfter).
func TestHQCopulaCoordinatedModifiers(t *testing.T) {
	runNews(t, []newsCase{
		{"X is a <nationality> telecommunications and digital platform company",
			"Kestrel Telecom is a Finnish telecommunications and digital media company with its main campus outside Espoo.",
			[]string{"headquarteredIn(kestrel-telecom,FI)"}},
		{"X is a <nationality> research and deployment firm",
			"Polar Compute is a Canadian research and deployment firm.",
			[]string{"headquarteredIn(polar-compute,CA)"}},
		{"near miss: negated",
			"Polar Compute is not a Canadian research and deployment firm, whatever its filings say.",
			nil},
	})
}
