package extract_test

import "testing"

// TestGluedUnknownWord: an unknown word glued to a known company's name in
// a list ("Borealis Cash") is that company's product, not a company a
// later description may resolve to.
func TestGluedUnknownWord(t *testing.T) {
	reg := mustRegister(t, "glued.yaml", `entities:
  kestrel-group: {name: Kestrel Group, type: company}
  borealis: {name: Borealis, type: company}
  lena-moss: {name: Lena Moss, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a product name in a list",
			"Kestrel Group and Borealis on Thursday announced the launch of Pylon, a joint venture. Kestrel Mobile Cash and Borealis Cash bring ten million accounts to the platform. Lena Moss, chief executive of the Danish group, said the deal would help Borealis.",
			[]string{"ceoOf(lena-moss,kestrel-group)", "headquarteredIn(kestrel-group,DK)", "jointVenture(borealis,kestrel-group)"}},
	})
}
