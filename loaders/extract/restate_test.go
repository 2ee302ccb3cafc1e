package extract_test

import "testing"

// TestRestatedProfiles: participle phrases of a company profile (fronted,
// after a predicate noun, or a second verb group) state their founding
// and seat like plain sentences; "the company" under an "About X" heading
// is X.
func TestRestatedProfiles(t *testing.T) {
	runNews(t, []newsCase{
		{"a predicate noun's participles",
			"Polar Compute is an AI company founded in 2015 and based in Oslo, Norway.",
			[]string{"founded(polar-compute) date=2015", "headquarteredIn(polar-compute,NO)"}},
		{"a second verb group's seat",
			"Acme Telecom was founded in 1981 by Jane Park and is headquartered in Tokyo, Japan.",
			[]string{"founded(acme-telecom) date=1981", "headquarteredIn(acme-telecom,JP)", "foundedBy(acme-telecom,jane-park)"}},
		{"coordinated fronted participles",
			"Founded in 2015 and based in Oslo, Norway, Polar Compute makes chips.",
			[]string{"founded(polar-compute) date=2015", "headquarteredIn(polar-compute,NO)"}},
		{"a fronted founding with its founders",
			"Set up in July 2023 by Acme Telecom and Borealis Networks, the Radio Forum wants to build models.",
			[]string{"founded(radio-forum) date=2023-07", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)"}},
		{"a participle of another noun is no profile",
			"Polar Compute sells a chip launched in 2015 and based on open designs.",
			nil},
		{"the company under an About heading is the heading's",
			"Acme Telecom and Polar Compute today announced a deal. Acme Telecom will roll the models out to its own teams.\n\nAbout Polar Compute\nPolar Compute is a Canadian AI company. Founded in 2019 by Jane Park, the company is headquartered in Toronto, Canada.",
			[]string{"founded(polar-compute) date=2019", "headquarteredIn(polar-compute,CA)", "partnerOf(acme-telecom,polar-compute)", "foundedBy(polar-compute,jane-park)"}},
	})
}
