package extract_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestSplitAcronymNames: a group named with its acronym in brackets before
// the head noun is the registered group, whether the register knows the
// long form or the acronym with the head; its founders are its founding
// members and no company's.
func TestSplitAcronymNames(t *testing.T) {
	reg, err := facts.ReadRegister("acronym.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  photon-link-consortium: {name: Photon Link Consortium, type: alliance}
  plx-alliance: {name: PLX Alliance, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"long form known",
			"The Photon Link (PLink) Consortium was founded in May by Acme Telecom and Cobalt Mobile.",
			[]string{"foundingMember(acme-telecom,photon-link-consortium)", "foundingMember(cobalt-mobile,photon-link-consortium)"}},
		{"acronym and head known",
			"Acme Telecom and Cobalt Mobile founded the Packet Lane Exchange (PLX) Alliance in 2021.",
			[]string{"foundingMember(acme-telecom,plx-alliance)", "foundingMember(cobalt-mobile,plx-alliance)"}},
		{"near miss: a bracket that is no part of a name",
			"Acme Telecom (AT) Alliance members met in Oslo.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := memberships(t, reg, tt.text)
			if diff := cmp.Diff(tt.want, got, cmpEmpty); diff != "" {
				t.Errorf("memberships of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
