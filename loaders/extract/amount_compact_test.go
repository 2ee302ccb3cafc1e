package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestCompactAmounts: trade press writes money as "$20m", "€1.5bn" or
// "$208M"; such an amount is no name. Read as an unknown company, it hid
// the money every funding rule looks for.
func TestCompactAmounts(t *testing.T) {
	reg := fundingRegister(t)
	tests := []factCase{
		{"money raised from backers",
			"Kestrel AI raised €35m from Fjord Capital and Birch Ventures.",
			[]string{"investedIn(fjord-capital,kestrel-ai) amount=€35m", "investedIn(birch-ventures,kestrel-ai) amount=€35m"}, nil},
		{"a round led by a backer",
			"Fjord Capital led a $1.2bn round in Kestrel AI.",
			[]string{"investedIn(fjord-capital,kestrel-ai) amount=$1.2bn"}, nil},
		{"a Series A led by a backer",
			"Kestrel AI closed a $40M Series A led by Birch Ventures.",
			[]string{"investedIn(birch-ventures,kestrel-ai)"}, nil},
		{"near miss: an ordinal is no name either",
			"Kestrel AI said its 3rd office opens in May.",
			nil, nil},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}

// fundingRegister is a start-up and two backers (TestCompactAmounts,
// TestRoundFromBackers).
func fundingRegister(t *testing.T) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister("funding.yaml", []byte(`entities:
  kestrel-ai: {name: Kestrel AI, type: company}
  fjord-capital: {name: Fjord Capital, type: company}
  birch-ventures: {name: Birch Ventures, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}
