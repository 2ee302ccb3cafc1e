package extract_test

import "testing"

// TestHQApposOfParent: in "X, a unit of <nationality> <noun> Y" the
// nationality is the parent's, never X's; "X, a <nationality> unit of Y"
// still seats X.
func TestHQApposOfParent(t *testing.T) {
	runNews(t, []newsCase{
		{"a subsidiary of <nat> group Y",
			"Ion Cloud, a subsidiary of Portuguese group Kestrel Telecom, opened a data centre.",
			[]string{"headquarteredIn(kestrel-telecom,PT)"}},
		{"a unit of <nat> operator Y",
			"Larch Networks, a unit of Finnish operator Polar Compute, hired 40 engineers.",
			[]string{"headquarteredIn(polar-compute,FI)"}},
		{"still: a <nat> unit of Y",
			"Ion Cloud, a Portuguese unit of Kestrel Telecom, opened a data centre.",
			[]string{"headquarteredIn(ion-cloud,PT)"}},
	})
}
