package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestDescriptionKeepsItsBinding: a sentence that names a host beside "the
// <noun>" its name also ends in ("X, which hosts the foundation", "X hosts
// the consortium") uses the noun for the hosted group; a later "the
// <noun>" is that group, not the host (coref_bind_keep.go).
func TestDescriptionKeepsItsBinding(t *testing.T) {
	reg, err := facts.ReadRegister("bind.yaml", []byte(`entities:
  quantum-networking-foundation: {name: Quantum Networking Foundation, type: alliance}
  linux-foundation: {name: Linux Foundation, type: alliance}
  edge-compute-alliance: {name: Edge Compute Alliance, type: alliance}
  gsma-foundry-alliance: {name: GSMA Foundry Alliance, type: alliance}
  open-data-consortium: {name: Open Data Consortium, type: alliance}
  eclipse-consortium: {name: Eclipse Consortium, type: alliance}
  nokia: {name: Nokia, type: company}
  samsung: {name: Samsung, type: company}
  vodafone: {name: Vodafone, type: company}
  bosch: {name: Bosch, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	const plenary = "The Quantum Networking Foundation held its first plenary in Paris in March. "
	runNewsWith(t, reg, []newsCase{
		{"a relative clause binds the noun, a later join keeps it",
			plenary + "Nokia moved its code to the Linux Foundation, which hosts the foundation. Samsung joined the foundation in May.",
			[]string{"memberOf(samsung,quantum-networking-foundation)"}},
		{"an adverb in the relative clause, a list of members",
			plenary + "Nokia moved its code to the Linux Foundation, which now houses the foundation. Samsung and Vodafone have since become members of the foundation.",
			[]string{"memberOf(samsung,quantum-networking-foundation)", "memberOf(vodafone,quantum-networking-foundation)"}},
		{"the host as a bare subject",
			"The Open Data Consortium met in Berlin in May. The Eclipse Consortium hosts the consortium. Bosch became a member of the consortium in July.",
			[]string{"memberOf(bosch,open-data-consortium)"}},
		{"another noun, another group fronted",
			"The Edge Compute Alliance held its first plenary in Madrid in April. Its standards work sits with the GSMA Foundry Alliance, which oversees the alliance. In June, Vodafone joined the alliance.",
			[]string{"memberOf(vodafone,edge-compute-alliance)"}},
		{"another group between keeps the binding",
			plenary + "Nokia moved its code to the Linux Foundation, which hosts the foundation. The Edge Compute Alliance met in May. Samsung joined the foundation in June.",
			[]string{"memberOf(samsung,quantum-networking-foundation)"}},
		{"near miss: the relative clause binds another noun",
			plenary + "Nokia moved its code to the Linux Foundation, which hosts the alliance. Samsung joined the foundation in May.",
			[]string{"memberOf(samsung,linux-foundation)"}},
	})
}
