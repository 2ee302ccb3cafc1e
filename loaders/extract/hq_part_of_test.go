package extract_test

import "testing"

// TestHQPartOfWhole: the seat of "the N of Y" or of a national unit "Y
// Country" is the part's, not Y's; a relative clause on Y and Y's own
// seat still state it.
func TestHQPartOfWhole(t *testing.T) {
	runNews(t, []newsCase{
		{"the arm of Y is based in", "The Brazilian arm of Helix Wireless is based in Sao Paulo, Brazil.", nil},
		{"the division of Y is headquartered in", "The cloud division of Larch Networks is headquartered in Austin, United States.", nil},
		{"a subsidiary of Y, based in", "A subsidiary of Kestrel Telecom, based in Lyon, France, won the tender.", nil},
		{"the chief executive of Y is based in", "The chief executive of Polar Compute is based in Toronto, Canada.", nil},
		{"Y Country, a unit of Y", "Cobalt Mobile Poland, a unit of Cobalt Mobile, is based in Warsaw, Poland.", nil},
		{"N of Y, which is based in", "Jane Park is the chair of Ion Cloud, which is headquartered in Oslo, Norway.",
			[]string{"chairmanOf(jane-park,ion-cloud)", "headquarteredIn(ion-cloud,NO)"}},
		{"a name's own seat", "Granite Labs, based in Dublin, Ireland, said revenue rose.",
			[]string{"headquarteredIn(granite-labs,IE)"}},
	})
}
