package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestGroupsToldApartByAge: "X, the older body," marks X as the older of
// two groups; "the new body" is then the other one, and "the older group"
// after "the new group" is the group the text did not call new
// (coref_group_age.go).
func TestGroupsToldApartByAge(t *testing.T) {
	reg, err := facts.ReadRegister("age.yaml", []byte(`entities:
  edge-compute-alliance: {name: Edge Compute Alliance, type: alliance}
  open-data-alliance: {name: Open Data Alliance, type: alliance}
  open-data-consortium: {name: Open Data Consortium, type: alliance}
  ericsson: {name: Ericsson, type: company}
  nokia: {name: Nokia, type: company}
  vodafone: {name: Vodafone, type: company}
  cisco: {name: Cisco, type: company}
  bosch: {name: Bosch, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"the older body in apposition, the new body and a later description",
			"The Edge Compute Alliance began work in May. It is not the only such club. The Open Data Consortium, the older body, writes standards. The new body, by contrast, runs test beds. Vodafone joined the group last year.",
			[]string{"memberOf(vodafone,edge-compute-alliance) since=2024"}},
		{"both names end in the noun: the alliance after the new one",
			"The Edge Compute Alliance began work in May. The Open Data Alliance, the older alliance, writes standards. The newer alliance instead runs test beds. It is chaired by Cisco. Bosch signed up to the alliance in June.",
			[]string{"ledBy(edge-compute-alliance,cisco)", "memberOf(bosch,edge-compute-alliance)"}},
		{"the older group after the new group",
			"The Edge Compute Alliance began work in May. Unlike the Open Data Consortium, the new group will run field trials. Ericsson and Nokia are also members of the older group.",
			[]string{"memberOf(ericsson,open-data-consortium)", "memberOf(nokia,open-data-consortium)"}},
		{"the original body, joined",
			"The Edge Compute Alliance began work in May. Unlike the Open Data Consortium, the new group will run field trials. Bosch joined the original body in 2021.",
			[]string{"memberOf(bosch,open-data-consortium) since=2021"}},
		{"near miss: no group was called new, two in reach",
			"The Edge Compute Alliance and the Open Data Consortium met in May. Ericsson is a member of the older group.",
			nil},
	})
}
