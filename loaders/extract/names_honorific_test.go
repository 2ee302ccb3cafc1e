package extract_test

import "testing"

// TestHonorificGivenName: a person named in full behind a title of
// address is called by the title and the given name afterwards.
func TestHonorificGivenName(t *testing.T) {
	reg := mustRegister(t, "honorgiven.yaml", `entities:
  borealis-ai: {name: Borealis AI, type: company}
  kestrel-capital: {name: Kestrel Capital, type: company}
  karim-saud: {name: Sheikh Karim bin Saud Al Rami, type: person}
`)
	runNewsWith(t, reg, []newsCase{
		{"title and given name later",
			"Sheikh Karim bin Saud Al Rami is the chairman of Borealis AI. Sheikh Karim chairs Kestrel Capital too.",
			[]string{"chairmanOf(karim-saud,borealis-ai)", "chairmanOf(karim-saud,kestrel-capital)"}},
	})
}
