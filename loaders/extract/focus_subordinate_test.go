package extract_test

import "testing"

// focusRegister has two alliances whose names end in the same noun, so
// that "the alliance" must choose between them.
func focusRegister(t testing.TB) string {
	t.Helper()
	return `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  kestrel-telecom: {name: Kestrel Telecom, type: company}
  larch-networks: {name: Larch Networks, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  spectrum-alliance: {name: Spectrum Alliance, type: alliance}
  jane-park: {name: Jane Park, type: person}
`
}

// TestBackgroundGroup (the article date is 2025): an alliance named only inside a relative clause
// ("Kestrel Telecom, which sits on the board of the Spectrum Alliance,")
// does not become the antecedent of a later "the alliance"; one named in
// a main clause does.
func TestBackgroundGroup(t *testing.T) {
	reg := mustRegister(t, "focus.yaml", focusRegister(t))
	runNewsWith(t, reg, []newsCase{
		{"relative-clause alliance stays background",
			"The Open Edge Alliance counts Acme Telecom and Borealis Networks among its founding members. " +
				"Kestrel Telecom, which sits on the board of the Spectrum Alliance, has not signed up.\n\n" +
				"The alliance is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(borealis-networks,open-edge-alliance)"}},
		{"main-clause alliance takes the focus",
			"The Open Edge Alliance counts Acme Telecom and Borealis Networks among its founding members. " +
				"Larch Networks last year joined the Spectrum Alliance.\n\n" +
				"The alliance is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,spectrum-alliance)", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(borealis-networks,open-edge-alliance)", "memberOf(larch-networks,spectrum-alliance) since=2024"}},
	})
}
