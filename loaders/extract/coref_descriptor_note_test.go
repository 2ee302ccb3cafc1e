package extract

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// TestNoteDescriptors checks what the descriptor memory keeps from each
// shape (head and modifiers per name), and the near misses that give a
// name no descriptor: a fronted phrase, a relative clause without "that",
// a reporting clause, a listing city, a generic head alone.
func TestNoteDescriptors(t *testing.T) {
	reg, err := facts.ReadRegister("desc.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  polar-compute: {name: Polar Compute, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"apposition", "Polar Compute, a non-profit research laboratory in Oslo, opened.", []string{"polar-compute lab [non-profit research]"}},
		{"premodifier", "Shares in AI chip start-up Polar Compute rose.", []string{"polar-compute start-up [ai chip]"}},
		{"copula", "Polar Compute is a convenience store chain with 300 shops.", []string{"polar-compute chain [convenience store]"}},
		{"place before the name", "Oslo-based Polar Compute raised money.", []string{"polar-compute  [oslo]"}},
		{"based in a city", "Polar Compute, based in Oslo, raised money.", []string{"polar-compute  [oslo]"}},
		{"possessive apposition", "Polar Compute, Acme Telecom's infrastructure unit, opened.", []string{"polar-compute unit [infrastructure]"}},
		{"descriptor before the name and a comma", "Acme Telecom's new infrastructure unit, Polar Compute, opened.", []string{"polar-compute unit [infrastructure]"}},
		{"near miss: a fronted phrase", "Under the partnership agreement, Polar Compute, a chipmaker, will build radios.", []string{"polar-compute chipmaker []"}},
		{"near miss: a relative clause without that", "Analysts know the market Polar Compute is attacking.", nil},
		{"near miss: a reporting clause", "Acme Telecom grew fast, the company said.", nil},
		{"near miss: a generic head alone", "Ion Cloud bought the company Polar Compute set up.", nil},
		{"near miss: a listing city", "The London-listed group Polar Compute grew.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := newExtractor(reg, schema.Date{})
			x.run(tt.text)
			var got []string
			for _, e := range x.descs {
				got = append(got, fmt.Sprintf("%s %s %v", e.slug, e.head, e.mods))
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
