package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/schema"
)

// TestInvestZ22bCommaSplice: "A invested in Y, B invested in Z" is two
// clauses; Y is no investor in Z (list_verb_splice.go).
func TestInvestZ22bCommaSplice(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"two investing clauses spliced", "Helix Wireless invested in Granite Labs, Larch Networks invested in Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "polar-compute")}},
		{"with amounts and an auxiliary", "Helix Wireless has put $5 million into Granite Labs, Larch Networks has put $2 million into Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs") + " amount=$5 million", inv("larch-networks", "polar-compute") + " amount=$2 million"}},
		{"a present verb after the second name", "Helix Wireless holds 30% of Granite Labs, Larch Networks owns 20% of Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "polar-compute")}},

		// near misses: a real list stays one
		{"a pair object list", "Helix Wireless invested in Granite Labs, Polar Compute and Larch Networks.",
			[]string{inv("helix-wireless", "granite-labs"), inv("helix-wireless", "polar-compute"), inv("helix-wireless", "larch-networks")}},
	})
}

// TestInvestZ22bTimeBeforeFrom: a time phrase between the amount and
// "from A" (invest_time_pp.go).
func TestInvestZ22bTimeBeforeFrom(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"on a weekday", "Granite Labs landed $4 million on Monday from Helix Wireless.",
			[]string{inv("helix-wireless", "granite-labs") + " date=2025-06-09 amount=$4 million"}},
		{"a month between commas after the funding noun", "Granite Labs raised $30 million in Series A funding, in March, from Larch Networks and Polar Compute.",
			[]string{inv("larch-networks", "granite-labs") + " amount=$30 million", inv("polar-compute", "granite-labs") + " amount=$30 million"}},
		{"during a quarter", "Granite Labs received $9 million during the first quarter from Ion Cloud.",
			[]string{inv("ion-cloud", "granite-labs") + " amount=$9 million"}},

		// near misses
		{"a place, not a time", "Granite Labs raised $4 million in Berlin from a grant.", nil},
		{"no source", "Granite Labs raised $4 million on Monday to hire staff.", nil},
	})
}

// TestVentureZ22bFormedAs: the venture named before a founding participle,
// a time phrase and "as a joint venture" (venture_named.go); near misses
// name no venture.
func TestVentureZ22bFormedAs(t *testing.T) {
	reg := newsRegister(t)
	for _, tt := range []struct{ text, venture string }{
		{"Cobalt Mobile was formed in 2012 as a joint venture between Helix Wireless and Larch Networks.", "cobalt-mobile"},
		{"Cobalt Mobile, set up in May 2016 as a joint venture of Helix Wireless and Larch Networks, sells fibre.", "cobalt-mobile"},
		{"Cobalt Mobile is promoted under a joint venture between Helix Wireless and Larch Networks.", "cobalt-mobile"},
		{"Cobalt Mobile was formed as a joint venture between Helix Wireless and Larch Networks.", "cobalt-mobile"},

		// near misses
		{"Cobalt Mobile was formed in 2012, years after a joint venture between Helix Wireless and Larch Networks.", ""},
	} {
		data := "source: https://news.example.com/story\ndate: 2025-06-12\n\n" + tt.text
		ff, err := extract.ExtractArticle("story.txt", []byte(data), extract.ExtractOptions{Register: reg})
		if err != nil {
			t.Fatal(err)
		}
		got, n := "", 0
		for _, f := range ff.Articles[0].Facts {
			if f.Relation == schema.RelJointVenture {
				got, n = f.Subject.ID, n+1
			}
		}
		if n != 1 || got != tt.venture {
			t.Errorf("%q: %d ventures, venture %q, want one, %q", tt.text, n, got, tt.venture)
		}
	}
}

// TestInvestZ22bPossessorUnit: "a stake in A's data centre arm, Y," is a
// stake in Y (clause_poss_appos.go).
func TestInvestZ22bPossessorUnit(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"a stake in the possessor's unit named in apposition", "Helix Wireless bought a 30% stake in Larch Networks' fibre unit, Granite Labs, for $90 million.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"invested in the unit named at the end", "Helix Wireless invested in Larch Networks' cloud arm, Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs")}},

		// near misses
		{"no name after the unit", "Helix Wireless bought a 30% stake in Larch Networks' fibre unit.", nil},
		{"the name opens a clause", "Helix Wireless bought a 30% stake in Larch Networks' fibre unit, Granite Labs said.", nil},
	})
}

// TestInvestZ22bJoinedInGerund: "A joined B in backing Y" states that
// both back Y (invest_joined_in.go).
func TestInvestZ22bJoinedInGerund(t *testing.T) {
	inv := func(a, b string) string { return "investedIn(" + a + "," + b + ")" }
	runNews(t, []newsCase{
		{"joined B in backing Y", "Helix Wireless has joined Larch Networks in backing Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs")}},
		{"joined a pair in investing in Y", "Helix Wireless joined Larch Networks and Ion Cloud in investing in Granite Labs.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs"), inv("ion-cloud", "granite-labs")}},

		// near misses
		{"did not join", "Helix Wireless did not join Larch Networks in backing Granite Labs.", nil},
	})
}
