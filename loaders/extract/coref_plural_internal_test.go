package extract

import (
	"slices"
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestPluralBeforeNames: "the operators A and B" describes the names after
// it; it is no back-reference to the last list ("the telcos" alone is), so
// the sentence links A and B only.
func TestPluralBeforeNames(t *testing.T) {
	reg, err := facts.ReadRegister("r.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  granite-labs: {name: Granite Labs, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  larch-networks: {name: Larch Networks, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, second string
		want, not    []string
	}{
		{"Granite Labs and Larch Networks won a contract. The operators Acme Telecom and Ion Cloud lost it.",
			"The operators Acme Telecom and Ion Cloud lost it.", []string{"acme-telecom", "ion-cloud"}, []string{"granite-labs", "larch-networks"}},
		{"Granite Labs and Larch Networks won a contract. The operators celebrated.",
			"The operators celebrated.", []string{"granite-labs", "larch-networks"}, nil},
	} {
		_, x, err := extractArticle("t.txt", []byte("date: 2025-06-12\n\n"+tc.text), ExtractOptions{Register: reg}, true)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range x.linked {
			if l.text == tc.second {
				got = l.slugs
			}
		}
		for _, s := range tc.want {
			if !slices.Contains(got, s) {
				t.Errorf("%q: %s not linked in %q (got %v)", tc.text, s, tc.second, got)
			}
		}
		for _, s := range tc.not {
			if slices.Contains(got, s) {
				t.Errorf("%q: %s linked in %q (got %v)", tc.text, s, tc.second, got)
			}
		}
	}
}
