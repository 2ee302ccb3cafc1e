package extract_test

import "testing"

// TestLedLongAppositionDescription: a reduced "led by" relative on a
// description in apposition that runs over a nationality, a descriptor or
// an "of" phrase, and its copula variant (lead_appos_desc.go). Only a
// description headed by a joint-effort noun and an organisation as the
// agent state ledBy.
func TestLedLongAppositionDescription(t *testing.T) {
	reg := mustRegister(t, "lead-appos.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  radio-forum: {name: Radio Forum, type: alliance}
  tern: {name: Tern, type: alliance}
  skyhook: {name: Skyhook, type: company}
  astrid-berg: {name: Astrid Berg, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a nationality inside the description",
			"Cobalt Mobile invested in Skyhook, a US data-centre project led by Acme Telecom, with Astrid Berg as its chair.",
			[]string{"investedIn(cobalt-mobile,skyhook)", "ledBy(skyhook,acme-telecom)"}},
		{"a descriptor and a title before the agent",
			"Cobalt Mobile stays out of the Radio Forum, the operator group spearheaded by its domestic rival Acme Telecom.",
			[]string{"ledBy(radio-forum,acme-telecom)"}},
		{"an of-phrase after the head noun",
			"The Radio Forum, a coalition of European radio vendors headed by Acme Telecom, met in Oslo.",
			[]string{"ledBy(radio-forum,acme-telecom)"}},
		{"two leaders after another verb of the family",
			"Borealis Networks will contribute code to Tern, the Kubernetes tooling project steered by Acme Telecom and Ion Cloud.",
			[]string{"ledBy(tern,acme-telecom)", "ledBy(tern,ion-cloud)"}},
		{"a description the mentions read as a reference",
			"Cobalt Mobile has joined the Radio Forum, a Nordic industry group led by Acme Telecom.",
			[]string{"memberOf(cobalt-mobile,radio-forum)", "ledBy(radio-forum,acme-telecom)"}},
		{"the copula variant",
			"The Radio Forum is a Nordic industry body led by Acme Telecom.",
			[]string{"ledBy(radio-forum,acme-telecom)"}},
		{"a company noun states no lead",
			"Cobalt Mobile bought Helix Wireless, a Danish operator run by Acme Telecom.",
			[]string{"headquarteredIn(helix-wireless,DK)"}},
		{"a company noun states no lead, nor does a person",
			"Cobalt Mobile invested in Skyhook, a US data-centre company led by Astrid Berg.",
			[]string{"investedIn(cobalt-mobile,skyhook)", "headquarteredIn(skyhook,US)"}},
	})
}
