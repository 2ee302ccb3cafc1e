package extract_test

import "testing"

// TestCaptionPlace: a caption's bracket of place ("(left)", "(far left)")
// is no departure, so the partnership the caption names still stands
// (modality_caption.go); a company that left a deal still states none.
func TestCaptionPlace(t *testing.T) {
	ab := []string{"partnerOf(acme-telecom,borealis-networks)"}
	runNews(t, []newsCase{
		{"(left) before the partnership noun", "Jane Park (left) and Omar Haddad at the signing of the partnership agreement between Acme Telecom and Borealis Networks in Oslo.", ab},
		{"(far left)", "Omar Haddad (far left) at the signing of the partnership agreement between Acme Telecom and Borealis Networks.", ab},
		{"near miss: left the partnership", "Acme Telecom left the partnership with Borealis Networks last year.", nil},
	})
}
