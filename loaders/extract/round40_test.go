package extract_test

import "testing"

const round40Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
  helix-fund: {name: Helix Fund, type: company}
  jane-doe: {name: Jane Doe, type: person}
`

// TestRound40StakeVerbs: coming to hold a stake is holding it ("has
// completed a 10% stake in", "disclosed a $3.2 billion stake in",
// "snapped up", "accumulated"); the tagger reads "disclosed",
// "snapped" and "accumulated" as forms of their bases. Near misses: a
// stake sold, a sale completed, a stake only sought.
func TestRound40StakeVerbs(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"completed a stake in the operator", "Cobalt Mobile is the Spanish operator. Helix Fund has completed a 10 per cent stake in the operator, alongside Acme Telecom, which holds just under 10 per cent.",
			[]string{"headquarteredIn(cobalt-mobile,ES)", "investedIn(helix-fund,cobalt-mobile)", "investedIn(acme-telecom,cobalt-mobile)"}},
		{"disclosed a stake in the company", "Granite Labs makes chips. Helix Fund disclosed a $3.2 billion stake in the company in September 2019.",
			[]string{"investedIn(helix-fund,granite-labs) date=2019-09"}},
		{"snapped up a stake", "Helix Fund snapped up a 5% stake in Granite Labs.", []string{"investedIn(helix-fund,granite-labs)"}},
		{"has accumulated a stake", "Helix Fund has accumulated a 7% stake in Granite Labs.", []string{"investedIn(helix-fund,granite-labs)"}},
		// near misses
		{"a stake sold", "Helix Fund sold its 5% stake in Granite Labs.", nil},
		{"a sale completed", "Helix Fund completed the sale of its stake in Granite Labs.", nil},
		{"a stake sought", "Helix Fund is seeking a stake in Granite Labs.", nil},
	})
}

// TestRound40ShareTailPercent: a list item's share after its name
// (", with about 4.9%,") joins the list when written with "%" as it does
// with "percent": both holders are the company's investors. Near miss:
// two clauses.
func TestRound40ShareTailPercent(t *testing.T) {
	reg := mustRegister(t, "round40.yaml", round40Register)
	runNewsWith(t, reg, []newsCase{
		{"A, with about 4.9%, and B, with roughly 4.5%, had been", "Granite Labs makes chips. Until now Helix Fund, with about 4.9%, and asset manager Ion Cloud, with roughly 4.5%, had been the largest investors in the company.",
			[]string{"investedIn(helix-fund,granite-labs)", "investedIn(ion-cloud,granite-labs)"}},
		{"its shareholders are A, with 60%, and B, with 40%", "Granite Labs sells chips. Its shareholders are Acme Telecom, with 60%, and Helix Fund, with 40%.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(helix-fund,granite-labs)"}},
		// near miss
		{"a stake, and another clause", "Helix Fund holds 60% of Granite Labs, and Ion Cloud builds its chips.",
			[]string{"investedIn(helix-fund,granite-labs)"}},
	})
}
