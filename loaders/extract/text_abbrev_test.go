package extract_test

import "testing"

// TestNameAbbrev: a register name with an abbreviated word inside ("Warner
// Bros. Discovery") is one sentence and one mention, in any position
// (text_abbrev.go); a sentence that ends on the abbreviation before an
// obvious opener still ends there.
func TestNameAbbrev(t *testing.T) {
	reg := mustRegister(t, "abbrev.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  larch-bros-media: {name: Larch Bros. Media, type: company}
`)
	ab := []string{"partnerOf(acme-telecom,larch-bros-media)"}
	runNewsWith(t, reg, []newsCase{
		{"the name as the with-object", "Acme Telecom signed a partnership with Larch Bros. Media on Monday.", ab},
		{"the name as the subject", "Larch Bros. Media has teamed up with Acme Telecom.", ab},
		{"near miss: the sentence ends after Bros.", "Acme Telecom met the Larch Bros. The partnership talks failed.", nil},
	})
}
