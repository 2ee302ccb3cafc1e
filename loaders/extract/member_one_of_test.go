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

// TestFoundedRelativeWith covers the relative clause that names who set an
// alliance up when the founders are split around the verb ("X, which A
// started in 2016 together with B and C") or the first founder takes an
// article ("X, the project that the Tower Group and B set up in 2022"), and the near misses.
func TestFoundedRelativeWith(t *testing.T) {
	reg := mustRegister(t, "with.yaml", `entities:
  tower-group: {name: Tower Group, type: company}
  acme-telecom: {name: Acme Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  larch-networks: {name: Larch Networks, type: company}
  radio-forum: {name: Radio Forum, type: alliance}
`)
	runNewsWith(t, reg, []newsCase{
		{"which A started together with B and C", "The Radio Forum, which Acme Telecom started in 2016 together with Ion Cloud and Larch Networks, met in Oslo.",
			[]string{"founded(radio-forum) date=2016", "foundingMember(acme-telecom,radio-forum) since=2016", "foundingMember(ion-cloud,radio-forum) since=2016", "foundingMember(larch-networks,radio-forum) since=2016"}},
		{"the project that the A and B set up together", "Its code comes from the Radio Forum, the project that the Tower Group and Ion Cloud set up in 2022.",
			[]string{"founded(radio-forum) date=2022", "foundingMember(ion-cloud,radio-forum) since=2022", "foundingMember(tower-group,radio-forum) since=2022"}},

		// near misses
		{"with a thing, not a co-founder", "The Radio Forum, which Acme Telecom started in 2016 with a grant, met in Oslo.", []string{"founded(radio-forum) date=2016", "foundingMember(acme-telecom,radio-forum)"}}, // round 29: the one that started it is a founding member, as "Acme Telecom started the Radio Forum" states
	})
}
