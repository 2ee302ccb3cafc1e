package extract_test

import "testing"

// TestNationKindKnown: of two companies of the country a description
// names, the one known to be of the kind it asks for wins over a more
// recent one whose kind nobody stated (coref_nation_kind.go).
func TestNationKindKnown(t *testing.T) {
	reg := mustRegister(t, "kind.yaml", `entities:
  deutsche-telekom: {name: Deutsche Telekom, type: company}
  sap: {name: SAP, type: company}
  christian-klein: {name: Christian Klein, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"the operator is the known operator, not the software house named last",
			"Deutsche Telekom opened an AI cloud in Munich on Tuesday. \"German companies can use AI on data that stays under German law,\" said Christian Klein, CEO of SAP. The German operator first outlined the project in June.",
			[]string{"ceoOf(christian-klein,sap)", "headquarteredIn(deutsche-telekom,DE)"}},
	})
}
