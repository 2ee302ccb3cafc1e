package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestBeyondTheFounders: a fronted "Beyond the founding members," or
// "Besides its founders," sets the founders apart from the members the
// sentence names; those joined later.
func TestBeyondTheFounders(t *testing.T) {
	reg, err := facts.ReadRegister("beyond.yaml", []byte(`entities:
  edge-radio-forum: {name: Edge Radio Forum, type: alliance}
  vexa: {name: Vexa, type: company}
  orbis-mobile: {name: Orbis Mobile, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"beyond the founding members",
			"Beyond the founding members, the Edge Radio Forum now includes members such as Vexa and Orbis Mobile.",
			[]string{"memberOf(vexa,edge-radio-forum)", "memberOf(orbis-mobile,edge-radio-forum)"},
			[]string{"foundingMember(vexa,edge-radio-forum)"}},
		{"near miss: the founding members themselves",
			"The founding members of the Edge Radio Forum include Vexa and Orbis Mobile.",
			[]string{"foundingMember(vexa,edge-radio-forum)", "foundingMember(orbis-mobile,edge-radio-forum)"}, nil},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
