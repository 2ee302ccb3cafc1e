package extract_test

import "testing"

// TestFoundParticiple: a company's founding told by a participle that
// describes its name, right after its comma, after the head of an
// apposition or fronted before it, and "start" for founding; near misses:
// a participle of no founding, a former unit, a name-less noun, starting
// to do something. 2025-06-12 is the article date.
func TestFoundParticiple(t *testing.T) {
	runNews(t, []newsCase{
		{"X, founded in", "Polar Compute, founded in 2014 as a research lab, now sells GPU time.",
			[]string{"founded(polar-compute) date=2014"}},
		{"X, co-founded in ... by P and Q", "Polar Compute, co-founded in 2021 by Jane Park and Omar Haddad, rents out GPUs.",
			[]string{"founded(polar-compute) date=2021", "foundedBy(polar-compute,jane-park)", "foundedBy(polar-compute,omar-haddad)"}},
		{"X, launched in (a month)", "Ion Cloud, launched in May, is in talks with several operators.",
			[]string{"founded(ion-cloud)"}},
		{"X, the start-up set up in ... by P", "Ion Cloud, the Oslo start-up set up in 2019 by Lena Berg, sells GPU time.",
			[]string{"founded(ion-cloud) date=2019", "foundedBy(ion-cloud,lena-berg)"}},
		{"fronted: Founded in, X", "Founded in 2011, Larch Networks now employs 400 people.",
			[]string{"founded(larch-networks) date=2011"}},
		{"X, which P started in", "Meridian Mobile, which Jane Park started in 2016 after leaving a bank, sells SIM cards.",
			[]string{"founded(meridian-mobile) date=2016"}},
		{"P, who started X in", "Jane Park, who started Kestrel Telecom in Oslo in 2018, spoke on Monday.",
			[]string{"founded(kestrel-telecom) date=2018"}},
		{"near miss: a participle of no founding", "Acme Telecom, listed in Oslo since 2010, sells radios.", nil},
		{"near miss: a former unit", "Polar Compute, a former Acme Telecom unit created in 2015, sells GPU time.", nil},
		{"near miss: no name", "Its network, set up in 2019, covers Oslo.", nil},
		{"near miss: started selling", "Acme Telecom started selling Polar Compute chips in 2020.", nil},
		{"near miss: started to", "Acme Telecom started to build the Polar Compute data centre in 2020.", nil},
		{"near miss: a name after a preposition", "The group came into being under Polar Compute, set up by nine companies.", nil},
		{"near miss: a finite verb with an object", "Jane Park, then chief executive of Polar Compute, started the process last year.",
			[]string{"ceoOf(jane-park,polar-compute) modality=past"}},
		{"near miss: a launched product", "The app, launched in May, is sold by Acme Telecom.", nil},
	})
}
