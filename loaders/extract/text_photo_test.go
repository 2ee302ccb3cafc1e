package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestPhotoReferenceFacts: a parenthesis that points at a picture
// ("(pictured)", "(far left)") between a name and its apposition does not
// hide the apposition's fact; a parenthesis that says something else is
// left as it is.
func TestPhotoReferenceFacts(t *testing.T) {
	reg, err := facts.ReadRegister("photo.yaml", []byte(`entities:
  orbis-mobile: {name: Orbis Mobile, type: company}
  kant-telecom: {name: Kant Telecom, type: company}
  mira-lund: {name: Mira Lund, type: person}
  tomas-berg: {name: Tomas Berg, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []factCase{
		{"pictured, between a name and its title",
			"Mira Lund (pictured), chief executive of Orbis Mobile, opened the summit.",
			[]string{"ceoOf(mira-lund,orbis-mobile)"}, nil},
		{"a position in the picture",
			"Tomas Berg (second from right), chairman of Kant Telecom, signed the deal on Friday.",
			[]string{"chairmanOf(tomas-berg,kant-telecom)"}, nil},
		{"pictured and a position, with a title pair",
			"Mira Lund (pictured, far left), CEO and president of Orbis Mobile, spoke first.",
			[]string{"ceoOf(mira-lund,orbis-mobile)"}, nil},
		{"near miss: a parenthesis that is no photo reference still stands between them",
			"Mira Lund (left Orbis Mobile in 2021), a former chief executive, spoke first.",
			nil, []string{"ceoOf(mira-lund,orbis-mobile)"}},
	}
	checkFacts(t, reg, tests) // coref_fronted_test.go
}
