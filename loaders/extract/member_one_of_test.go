package extract_test

import "testing"

// TestOneOfThoseThatFounded covers a company counted among the group that
// created an alliance ("one of the N operators that founded X", with
// co-founders in an inserted "with" phrase, "among the companies that
// launched"), and the near misses.
func TestOneOfThoseThatFounded(t *testing.T) {
	fm := func(m ...string) []string {
		out := []string{"founded(radio-forum)"}
		for _, x := range m {
			out = append(out, "foundingMember("+x+",radio-forum)")
		}
		return out
	}
	runNews(t, []newsCase{
		{"one of the N operators that founded X", "Helix Wireless was one of the three carriers that founded the Radio Forum.", fm("helix-wireless")},
		{"with co-founders inserted", "Kestrel Telecom was also one of the five firms, with Acme Telecom and Ion Cloud, that set up the Radio Forum.",
			fm("acme-telecom", "ion-cloud", "kestrel-telecom")},
		{"among the companies that launched X", "Larch Networks and Polar Compute were among the companies that launched the Radio Forum.",
			fm("larch-networks", "polar-compute")},

		// near misses
		{"one of the firms that joined X founded nothing", "Cobalt Mobile was one of the firms that joined the Radio Forum.", nil},
		{"not one of the founders", "Granite Labs was not one of the companies that founded the Radio Forum.", []string{"founded(radio-forum)"}},
		{"founded a company, not an alliance", "Meridian Mobile was one of the investors that founded Polar Compute.", []string{"founded(polar-compute)"}},
	})
}
