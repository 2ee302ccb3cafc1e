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

// TestHQNationOverClause: "<nat> firms" in one clause says nothing of a
// name a later clause attaches to its verb.
func TestHQNationOverClause(t *testing.T) {
	runNews(t, []newsCase{
		{"N firms ..., verb with A",
			"Polar Compute, which counts Portuguese firms among its clients, signed a supply deal with Kestrel Telecom.",
			nil},
		{"still: N operators A and B",
			"Two Portuguese operators, Kestrel Telecom and Ion Cloud, will test the radios.",
			[]string{"headquarteredIn(ion-cloud,PT)", "headquarteredIn(kestrel-telecom,PT)"}},
	})
}
