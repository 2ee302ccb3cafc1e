package extract_test

import "testing"

// TestCountedJoiners: counted joiners, then "among them" naming them
// (member_counted_joiners.go), at the start (founding) or later; and
// "A and B added their names" as a joining (frames_adder.go). Near
// misses: a count of customers, not joiners; a group adding a company.
func TestCountedJoiners(t *testing.T) {
	reg := mustRegister(t, "pact.yaml", `entities:
  harbour-data-pact: {name: Harbour Data Pact, type: alliance}
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  kestrel-telecom: {name: Kestrel Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  granite-labs: {name: Granite Labs, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"signed up at the start; among them were", "The Harbour Data Pact was unveiled in Lisbon in 2022. Some thirty carriers signed up at the start; among them were Acme Telecom, Cobalt Mobile and Kestrel Telecom.",
			[]string{"founded(harbour-data-pact) date=2022", "foundingMember(acme-telecom,harbour-data-pact)", "foundingMember(cobalt-mobile,harbour-data-pact)", "foundingMember(kestrel-telecom,harbour-data-pact)"}},
		{"joined later, among them in the next sentence", "The Harbour Data Pact was unveiled in Lisbon in 2022. Nine more carriers joined last year. Among them were Ion Cloud and Granite Labs.",
			[]string{"founded(harbour-data-pact) date=2022", "memberOf(granite-labs,harbour-data-pact)", "memberOf(ion-cloud,harbour-data-pact)"}},
		{"added their names", "The Harbour Data Pact was unveiled in Lisbon in 2022. Ion Cloud and Granite Labs added their names a year later.",
			[]string{"founded(harbour-data-pact) date=2022", "memberOf(granite-labs,harbour-data-pact)", "memberOf(ion-cloud,harbour-data-pact)"}},
		{"near miss: counted customers", "The Harbour Data Pact was unveiled in Lisbon in 2022. Some thirty carriers buy its data; among them are Acme Telecom and Cobalt Mobile.",
			[]string{"founded(harbour-data-pact) date=2022"}},
	})
}
