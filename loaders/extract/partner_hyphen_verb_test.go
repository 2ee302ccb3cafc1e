package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestHyphenPartnerVerb: "the A-B partnership" is read when the tagger
// takes the verb after it for a noun ("covers"), and is past when the
// sentence says it ended.
func TestHyphenPartnerVerb(t *testing.T) {
	reg, err := facts.ReadRegister("hyphenverb.yaml", []byte(`entities:
  vexa: {name: Vexa, type: company}
  orbis-mobile: {name: Orbis Mobile, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"a verb read as a noun after the partnership",
			"The Vexa-Orbis Mobile partnership covers radio research.",
			[]string{"partnerOf(orbis-mobile,vexa)"}, nil},
		{"a partnership that ended",
			"The Vexa-Orbis Mobile partnership ended in March.",
			[]string{"partnerOf(orbis-mobile,vexa) modality=past"}, nil},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
