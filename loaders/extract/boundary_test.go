package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestEntityBoundaries covers names that extend a registered name: on the
// left by capitalised words they are another entity ("Open Network AI
// Alliance" is not the "AI Alliance"), unless the extra words are a
// determiner, a country, a possessive or a descriptor; on the right a
// corporate suffix or Group is the same entity and other capitalised words
// are another one ("Nokia Bell Labs" is not Nokia).
func TestEntityBoundaries(t *testing.T) {
	reg, err := facts.ReadRegister("boundary.yaml", []byte(`entities:
  ai-alliance: {name: AI Alliance, type: alliance}
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  nokia: {name: Nokia, type: company}
  vodafone: {name: Vodafone, type: company}
  deutsche-telekom: {name: Deutsche Telekom, type: company}
  jane-park: {name: Jane Park, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []newsCase{
		{"a longer name ending in a known one is another group",
			"The Open Network AI Alliance was founded by Acme Telecom and Borealis Networks.",
			[]string{"founded(open-network-ai-alliance)", "foundingMember(acme-telecom,open-network-ai-alliance)", "foundingMember(borealis-networks,open-network-ai-alliance)"}},
		{"a determiner is no part of the name",
			"The AI Alliance was founded by Acme Telecom and Borealis Networks.",
			[]string{"founded(ai-alliance)", "foundingMember(acme-telecom,ai-alliance)", "foundingMember(borealis-networks,ai-alliance)"}},
		{"a descriptor is no part of the name",
			"The industry group AI Alliance was founded by Acme Telecom and Borealis Networks.",
			[]string{"founded(ai-alliance)", "foundingMember(acme-telecom,ai-alliance)", "foundingMember(borealis-networks,ai-alliance)"}},
		{"a country's possessive is no part of the name",
			"Germany's Deutsche Telekom has joined the AI Alliance.",
			[]string{"headquarteredIn(deutsche-telekom,DE)", "memberOf(deutsche-telekom,ai-alliance)"}},
		{"a demonym is no part of the name",
			"German operator Deutsche Telekom has joined the AI Alliance.",
			[]string{"headquarteredIn(deutsche-telekom,DE)", "memberOf(deutsche-telekom,ai-alliance)"}},
		{"Group after a company is the company",
			"Vodafone Group has joined the AI Alliance.",
			[]string{"memberOf(vodafone,ai-alliance)"}},
		{"a legal suffix after a company is the company",
			"Nokia Oyj has joined the AI Alliance.",
			[]string{"memberOf(nokia,ai-alliance)"}},
		{"a title after a company is no part of its name",
			"Nokia Chief Executive Jane Park said Nokia has joined the AI Alliance.",
			[]string{"ceoOf(jane-park,nokia)", "memberOf(nokia,ai-alliance)"}},
		{"a unit after a company is another organisation",
			"Nokia Bell Labs has joined the AI Alliance.",
			[]string{"memberOf(nokia-bell-labs,ai-alliance)"}},
	}
	runNewsWith(t, reg, tests)
}
