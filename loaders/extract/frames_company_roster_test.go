package extract_test

import "testing"

// TestFrameCompanyRoster: "one of the founders of Y", with Y a company, is
// Y's roster; the alliance under discussion gains no members from it.
func TestFrameCompanyRoster(t *testing.T) {
	runNews(t, []newsCase{
		{"a company's founders are no alliance's",
			"The Open Edge Alliance was unveiled in Barcelona on Monday. Acme Telecom is one of the founders of Polar Compute.",
			[]string{"founded(open-edge-alliance) date=2025-06-09"}},
		{"the alliance's founders still are",
			"The Open Edge Alliance was unveiled in Barcelona on Monday. Acme Telecom is one of the founders of the alliance.",
			[]string{"founded(open-edge-alliance) date=2025-06-09", "foundingMember(acme-telecom,open-edge-alliance)"}},
	})
}
