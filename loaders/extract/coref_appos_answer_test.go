package extract_test

import "testing"

// TestApposVentureAndAnswer: a nationality description in apposition to
// a joint venture's name is the venture's, even after "a Japanese echo
// of" (coref_appos.go, hq_conflict.go); a description opening an answer
// after the speaker's label continues the question's one company
// (coref_answer_open.go).
func TestApposVentureAndAnswer(t *testing.T) {
	reg := mustRegister(t, "appos.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  polaris-compute: {name: Polaris Compute, type: joint_venture}
  tom-reed: {name: Tom Reed, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"a description in apposition to a venture",
			"Borealis Networks called the venture a way to bring AI to Korea. For Reed it is also a Korean echo of Polaris Compute, the US data-centre company that Acme Telecom and Helix Wireless formed in January.",
			[]string{"headquarteredIn(polaris-compute,US)", "founded(polaris-compute)"}},
		{"the question's company opens the answer",
			"Acme Telecom agreed to buy 53% of Borealis Networks. Acme Telecom says it will spend more on AI.\n\nQ: Who is Borealis Networks?\n\nReed: The company was set up in 2018 by researchers from a university lab.",
			[]string{"investedIn(acme-telecom,borealis-networks) modality=planned", "founded(borealis-networks) date=2018"}},
	})
}
