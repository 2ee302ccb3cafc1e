package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestGroupDescribedByNoun: a group the text described with a group noun
// is the one "the <noun>" names when another group is in reach
// (coref_group_desc.go).
func TestGroupDescribedByNoun(t *testing.T) {
	reg, err := facts.ReadRegister("groups.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  lumen-stack: {name: LumenStack, type: alliance}
  open-code-trust: {name: Open Code Trust, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"an apposition with a participle after the noun",
			"The code lives in LumenStack, an open-source project hosted by the Open Code Trust. The project, led by Acme Telecom and Cobalt Mobile, publishes a release every quarter.",
			[]string{"ledBy(lumen-stack,acme-telecom)", "ledBy(lumen-stack,cobalt-mobile)"}},
		{"a copula",
			"LumenStack is an industry initiative supported by the Open Code Trust. The initiative is chaired by Acme Telecom.",
			[]string{"ledBy(lumen-stack,acme-telecom)"}},
		{"near miss: no description, two groups tie",
			"The code lives in LumenStack and is audited by the Open Code Trust. The project, led by Acme Telecom, publishes a release every quarter.",
			nil},
	})
}
