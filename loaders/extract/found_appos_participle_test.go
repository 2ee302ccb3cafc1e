package extract_test

import "testing"

// TestFoundApposParticiple covers a founding participle on a description
// in apposition and the founders after "with" in the passive
// (found_appos_participle.go), with sentences written for the test, and
// the near misses that must not fire.
func TestFoundApposParticiple(t *testing.T) {
	fm := func(ids ...string) []string {
		out := []string{"founded(radio-forum) date=2024"}
		for _, id := range ids {
			out = append(out, "foundingMember("+id+",radio-forum)")
		}
		return out
	}
	runNews(t, []newsCase{
		{"the group set up by a list", "Helix Wireless has stayed out of the Radio Forum, the group set up in 2024 by Acme Telecom, Borealis Networks and Cobalt Mobile.",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"one founder with others, after a negation", "Helix Wireless is not a member of the Radio Forum, the body formed in 2024 by Acme Telecom with Borealis Networks and Cobalt Mobile, and it has no plans to join.",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"the passive with 'with'", "The Radio Forum was created in 2024 by Kestrel Telecom with Larch Networks and Ion Cloud.",
			fm("kestrel-telecom", "larch-networks", "ion-cloud")},
		{"a description with a modifier", "Granite Labs sells to the Radio Forum, the testing consortium established in 2024 by Meridian Mobile and Polar Compute.",
			fm("meridian-mobile", "polar-compute")},

		// near misses
		{"a participle with no agent", "Helix Wireless has stayed out of the Radio Forum, the group formed in 2024 to test radios.",
			[]string{"founded(radio-forum) date=2024"}},
	})
}
