package extract_test

import "testing"

// TestDescriptionMisfits covers company descriptions headed by an
// operating-company noun ("the start-up", "The German operator") that do
// not resolve to a recently named fund or investment arm ("Nordwind
// Ventures", "Atlas Capital") - coref_misfit.go - and the near misses
// where the description's head is generic or the fund is the only
// candidate left.
func TestDescriptionMisfits(t *testing.T) {
	reg := mustRegister(t, "misfit.yaml", `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  nordwind-ventures: {name: Nordwind Ventures, type: company}
  atlas-capital: {name: Atlas Capital, type: company}
  jane-park: {name: Jane Park, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the start-up after its investor opened a sentence",
			"Borealis Networks builds radio software. Nordwind Ventures has put $20 million into it. The German start-up's chief executive, Jane Park, said sales had doubled.",
			[]string{"ceoOf(jane-park,borealis-networks)", "headquarteredIn(borealis-networks,DE)", "investedIn(nordwind-ventures,borealis-networks) amount=$20 million"}},
		{"the operator after a fund",
			"Acme Telecom sold its towers last year. Atlas Capital bought them. The operator's chief executive, Jane Park, said sales had doubled.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},

		// near misses
		{"a fund's own generic description",
			"Nordwind Ventures was set up in 2019. The firm's chief executive, Jane Park, said sales had doubled.",
			[]string{"ceoOf(jane-park,nordwind-ventures)", "founded(nordwind-ventures) date=2019"}},
	})
}
