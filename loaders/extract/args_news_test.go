package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/schema"
)

// TestNewsArgumentRoles covers headquarters told by a nationality in an
// apposition, a stake paid for in the venture under discussion and the
// other half kept, and their near misses (issue 13, writer f's shapes
// with invented names).
func TestNewsArgumentRoles(t *testing.T) {
	reg := newsRegister(t)
	if err := reg.Add(schema.Entity{Slug: "tundra-ai", Name: "Tundra AI", Type: schema.TypeJointVenture}); err != nil {
		t.Fatal(err)
	}
	hq := func(org, c string) string { return "headquarteredIn(" + org + "," + c + ")" }
	inv := func(investor string) string { return "investedIn(" + investor + ",tundra-ai)" }
	tests := []newsCase{
		{"nationality apposition after the object", "Acme Telecom signed a supply deal on Monday, and Cobalt Mobile, the Swedish investment group, will pay for it.",
			[]string{hq("cobalt-mobile", "SE")}},
		{"nationalities in apposition, respectively", "Acme Telecom and Borealis Networks, the Swedish and Finnish network equipment makers, will port their software.",
			[]string{hq("acme-telecom", "SE"), hq("borealis-networks", "FI")}},
		{"a nationality and a designer", "Kestrel Telecom uses chips from Granite Labs, a Korean designer of AI accelerators.",
			[]string{hq("granite-labs", "KR")}},
		{"invest for a stake, keep the other half", "Acme Telecom and Cobalt Mobile set up Tundra AI in April. Acme Telecom will invest $950 million for a 50% stake, and Cobalt Mobile keeps the other half.",
			// the register types Tundra AI as a venture: its two makers are its partners (venture_owned.go)
			[]string{inv("acme-telecom") + " amount=$950 million modality=planned", inv("cobalt-mobile"), "jointVenture(acme-telecom,cobalt-mobile)"}},
		{"possessive partner copula", "Borealis Networks's technology partner is Ion Cloud.",
			[]string{"partnerOf(borealis-networks,ion-cloud)"}},

		// near misses
		{"a partner that is not named", "Borealis Networks's technology partner is not Ion Cloud.", nil},
		{"a reporting description is the subject's", "Acme Telecom signed a deal with Cobalt Mobile, the Swedish company said.",
			[]string{hq("acme-telecom", "SE"), "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"a nationality of a product", "Acme Telecom, the Swedish brand, grew.", nil},
		{"a stake paid for with no venture in reach", "Acme Telecom will invest $950 million for a 50% stake.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractFacts(t, tt.text, reg)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if diff := cmp.Diff(want, got, cmpEmpty); diff != "" {
				t.Errorf("facts of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
