package extract_test

import "testing"

// TestHQCompassRegion: a compass adjective between "in" and the country
// ("based in southern Portugal") still seats the organisation in the
// country; a region with no country seats nothing.
func TestHQCompassRegion(t *testing.T) {
	runNews(t, []newsCase{
		{"based in southern <country>", "Ion Cloud, which is based in southern Portugal, builds data centres.", []string{"headquarteredIn(ion-cloud,PT)"}},
		{"headquartered in <city>, north-eastern <country>", "Polar Compute is headquartered in Oulu, north-eastern Finland.", []string{"headquarteredIn(polar-compute,FI)"}},
		{"near miss: a region with no country", "Polar Compute is headquartered in northern Europe.", nil},
	})
}
