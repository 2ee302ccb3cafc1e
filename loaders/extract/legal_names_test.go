package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestLegalNames: an acronym two registered companies share names the one
// the article named in full before it, and a company's legal name with
// one word more than its registered name is the company; near misses: an
// acronym before any full name or after both, a legal name of a one-word
// registered name, two extra words, an all-caps extra word.
func TestLegalNames(t *testing.T) {
	reg, err := facts.ReadRegister("legal.yaml", []byte(`entities:
  harbor-telecom: {name: Harbor Telecom, type: company}
  hill-technologies: {name: Hill Technologies, type: company}
  polar-compute: {name: Polar Compute, type: company}
  nova-jet: {name: Nova Jet, type: company}
  kestrel: {name: Kestrel, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	const hp = "partnerOf(harbor-telecom,polar-compute)"
	runNewsWith(t, reg, []newsCase{
		{"shared acronym after one full name", "Harbor Telecom AG opened a lab in Oslo. HT and Polar Compute deepened their partnership on Tuesday.",
			[]string{hp}},
		{"shared acronym after the other full name", "Hill Technologies Inc. cut prices. HT and Polar Compute deepened their partnership on Tuesday.",
			[]string{"partnerOf(hill-technologies,polar-compute)"}},
		{"legal name with one more word", "Nova Jet Digital Ltd and Polar Compute are working together on edge clouds.",
			[]string{"partnerOf(nova-jet,polar-compute)"}},
		{"legal name with one more word, as object", "Polar Compute has teamed up with Nova Jet Quantum Ltd.",
			[]string{"partnerOf(nova-jet,polar-compute)"}},
		{"near miss: shared acronym before any full name", "HT and Polar Compute deepened their partnership on Tuesday.",
			[]string{"partnerOf(ht,polar-compute)"}},
		{"near miss: shared acronym after both full names", "Harbor Telecom and Hill Technologies cut prices. HT and Polar Compute deepened their partnership.",
			[]string{"partnerOf(ht,polar-compute)"}},
		{"near miss: one-word registered name", "Kestrel Idea Ltd and Polar Compute are working together on edge clouds.",
			[]string{"partnerOf(idea,polar-compute)"}},
		{"near miss: two extra words", "Nova Jet Digital Services Ltd and Polar Compute are working together on edge clouds.",
			[]string{"partnerOf(digital-services,polar-compute)"}},
	})
}
