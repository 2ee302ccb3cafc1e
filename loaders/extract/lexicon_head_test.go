package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestCapsHead covers the all-capitals head of a two-word company name as
// its short form once the article has used the full name
// (lexicon_head.go), and the near misses.
func TestCapsHead(t *testing.T) {
	reg, err := facts.ReadRegister("head.yaml", []byte(`entities:
  krx-orbital: {name: KRX Orbital, type: company}
  acme-telecom: {name: Acme Telecom, type: company}
  zqt-orbital: {name: ZQT Orbital, type: company}
  zqt-polaris: {name: ZQT Polaris, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"the head after the full name", "KRX Orbital opened a plant. Later, Acme Telecom, an early backer of KRX, said it would keep its stake.",
			[]string{"investedIn(acme-telecom,krx-orbital)"}},

		// near misses
		{"the head before the full name names nothing registered", "Acme Telecom, an early backer of KRX, said it would keep its stake. KRX Orbital opened a plant.",
			nil},
		{"a head two companies share names neither", "ZQT Orbital and ZQT Polaris opened a plant. Later, Acme Telecom, an early backer of ZQT, said it would keep its stake.",
			nil},
	})
}
