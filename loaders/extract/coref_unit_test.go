package extract_test

import "testing"

// TestBareUnit: "the unit" with nothing between article and noun is the
// company under discussion, as "the company" is; a modified unit ("the
// Korean army's signals unit") is no company (coref_unit.go).
func TestBareUnit(t *testing.T) {
	runNews(t, []newsCase{
		{"the unit after its company opened the sentence before",
			"Ion Cloud, the cloud arm of Acme Telecom, opened a data centre in Seoul. The unit is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,ion-cloud)"}},
		{"near miss: a modified unit",
			"Ion Cloud hired ten engineers from the Korean army's signals unit.",
			nil},
	})
}
