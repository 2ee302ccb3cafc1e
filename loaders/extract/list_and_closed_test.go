package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestListAndClosed: a list closed by "and" takes no further item after
// ", and" when that item opens a clause of its own; a serial comma list
// stays whole.
func TestListAndClosed(t *testing.T) {
	reg, err := facts.ReadRegister("andclosed.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-power: {name: Ion Power, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	checkFacts(t, reg, []factCase{ // coref_fronted_test.go
		{"', and' after a list closed by 'and' opens a clause",
			"Its first buyers include Acme Telecom and the robotics firm Borealis Networks, and Cobalt Mobile works with the utility Ion Power on heat reuse.",
			[]string{"partnerOf(cobalt-mobile,ion-power)"},
			[]string{"partnerOf(acme-telecom,ion-power)", "partnerOf(borealis-networks,ion-power)"}},
		{"near miss: a serial comma list stays one subject",
			"Acme Telecom, Borealis Networks, and Cobalt Mobile work with Ion Power on heat reuse.",
			[]string{"partnerOf(acme-telecom,ion-power)", "partnerOf(borealis-networks,ion-power)", "partnerOf(cobalt-mobile,ion-power)"}, nil},
	})
}
