package extract_test

import "testing"

// TestHQUnitInsert: "X, the Oslo unit of Y, is headquartered in N" seats
// X, not its parent; "X, the parent of Y, is based in N" seats X too.
func TestHQUnitInsert(t *testing.T) {
	runNews(t, []newsCase{
		{"the <city> unit of",
			"Ion Cloud, the Lisbon cloud unit of Kestrel Telecom, is headquartered in Portugal.",
			[]string{"headquarteredIn(ion-cloud,PT)"}},
		{"the parent of",
			"Polar Compute, the parent of Larch Networks, is based in Finland.",
			[]string{"headquarteredIn(polar-compute,FI)"}},
	})
}
