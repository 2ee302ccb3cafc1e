package extract_test

import "testing"

// TestHQCoordinatedPredicate: a headquarters cue in a predicate
// coordinated after a passive or copula belongs to that clause's subject,
// never to the agent, an apposition in between, or a speaker who reports
// the clause (hq_coord.go).
func TestHQCoordinatedPredicate(t *testing.T) {
	reg := mustRegister(t, "hq-coord.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  skyhook: {name: Skyhook, type: company}
  astrid-berg: {name: Astrid Berg, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"after a person agent and an apposition naming a company",
			"Skyhook is run by Astrid Berg, a former Ion Cloud executive, and is headquartered in Norway.",
			[]string{"ceoOf(astrid-berg,skyhook)", "headquarteredIn(skyhook,NO)"}},
		{"after a passive with two owners",
			"Skyhook is jointly owned by Acme Telecom and Ion Cloud and is based in Denmark.",
			[]string{"headquarteredIn(skyhook,DK)", "jointVenture(acme-telecom,ion-cloud)"}},
		{"a reported clause: the place is not the speaker's",
			"Cobalt Mobile said Skyhook is owned by Acme Telecom and is headquartered in Norway.",
			[]string{"headquarteredIn(skyhook,NO)"}},
		{"a relative clause's predicate is not the main subject's",
			"Cobalt Mobile is a customer of Acme Telecom, which was set up in 2020 and is based in Sweden.",
			[]string{"founded(acme-telecom) date=2020"}},
		{"the owner's seat in a relative clause is the owner's",
			"Skyhook is owned by Acme Telecom, which is headquartered in Norway.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
	})
}
