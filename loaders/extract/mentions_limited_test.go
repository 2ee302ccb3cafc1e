package extract_test

import "testing"

// TestLimitedSuffix: "Limited" spelt out ends a registered company's
// legal name as "Ltd" does, so the bracketed short form after it names the
// company ("Reliance Industries Limited (RIL)"); before, the short form
// became a company of its own and took the facts (mentions.go).
func TestLimitedSuffix(t *testing.T) {
	runNews(t, []newsCase{
		{"a short form after Limited",
			"Acme Telecom Limited (ATL) and Helix Wireless today announced a partnership. ATL is Korea's largest private sector company.",
			[]string{"headquarteredIn(acme-telecom,KR)", "partnerOf(acme-telecom,helix-wireless)"}},
		{"Limited alone after the name",
			"Helix Wireless signed a deal with Acme Telecom Limited, Korea's largest carrier.",
			[]string{"headquarteredIn(acme-telecom,KR)", "partnerOf(acme-telecom,helix-wireless)"}},
	})
}
