package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestVentureNamedBefore: "J, a joint venture between A and B" and "J is
// a joint venture between A and B" name the venture J, so the graph meets
// its owners at J rather than at an unnamed venture of their own.
func TestVentureNamedBefore(t *testing.T) {
	reg, err := facts.ReadRegister("named.yaml", []byte(`entities:
  nordlys-data: {name: Nordlys Data, type: joint_venture}
  vexa: {name: Vexa, type: company}
  orbis-mobile: {name: Orbis Mobile, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	checkVentureNamed(t, reg, []ventureCase{
		{"Nordlys Data, a joint venture between Vexa and Orbis Mobile, opened a data centre.", "nordlys-data"},
		{"Nordlys Data is a joint venture between Vexa and Orbis Mobile.", "nordlys-data"},
		{"Vexa announced a joint venture between Vexa and Orbis Mobile.", ""}, // near miss: no venture named
		// a description before the first partner (round 19, rDescBefore)
		{"Nordlys Data, a joint venture between Danish group Vexa and Orbis Mobile, opened a data centre.", "nordlys-data"},
		{"Nordlys Data is a joint venture between tower operator Vexa and Orbis Mobile.", "nordlys-data"},
	}, 2)
}

// ventureCase is a sentence and the venture its jointVenture fact must
// name ("" for none).
type ventureCase struct{ text, want string }

// checkVentureNamed extracts each case's text and checks that it states a
// jointVenture fact naming the wanted venture with the given number of
// partners.
func checkVentureNamed(t *testing.T, reg *schema.Register, cases []ventureCase, partners int) {
	t.Helper()
	for _, c := range cases {
		out, err := extract.ExtractArticle("v.txt", []byte(c.text), extract.ExtractOptions{Register: reg})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range out.Articles[0].Facts {
			if f.Relation != schema.RelJointVenture {
				continue
			}
			found = true
			if f.Subject.ID != c.want || len(f.Partners) != partners {
				t.Errorf("%q: venture %q with %d partners, want %q with %d", c.text, f.Subject.ID, len(f.Partners), c.want, partners)
			}
		}
		if !found {
			t.Errorf("%q: no jointVenture fact", c.text)
		}
	}
}
