package extract_test

import "testing"

// TestPartnerInsideApposition: a name inside a description set off by
// commas ("A, a maker of kit for B networks, struck a partnership with
// C") is not the partner; the name before the description is.
func TestPartnerInsideApposition(t *testing.T) {
	runNews(t, []newsCase{
		{"A, a maker of kit for B networks, struck a partnership with C",
			"Acme Telecom, a supplier of radios for Cobalt Mobile networks, had earlier struck a 5G partnership with Ion Cloud.",
			[]string{"partnerOf(acme-telecom,ion-cloud)"}},
		{"still: B, with its partners, teamed up with C",
			"Cobalt Mobile, after a long search, teamed up with Ion Cloud.",
			[]string{"partnerOf(cobalt-mobile,ion-cloud)"}},
	})
}
