package extract_test

import "testing"

// TestFreeModifierDescriptions covers a sentence-opening company
// description with modifiers no descriptor gave (coref_freemods.go), and a
// listicle item's run-in heading that makes its paragraph about the named
// company (about_runin.go), with articles written for the test, and the
// near misses.
func TestFreeModifierDescriptions(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"a lowercase modifier the article never gave", "Granite Labs sells radio software. The radio-software company is backed by Acme Telecom.",
			[]string{inv("acme-telecom", "granite-labs")}},
		{"a run-in heading and a place modifier", "Three start-ups to watch.\n\n1. Granite Labs. The Silicon Valley chip-design company is backed by Acme Telecom and Ion Cloud.\n\n2. Polar Compute. The Toulouse software maker counts Borealis Networks among its investors.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs"), inv("borealis-networks", "polar-compute")}},

		// near misses
		{"a contrastive modifier", "Granite Labs sells radio software. The rival company is backed by Acme Telecom.", nil},
		{"a capitalised modifier outside a section", "Granite Labs sells radio software. The Silicon Valley company is backed by Acme Telecom.", nil},
		{"inside a sentence, left to the investee focus", "Granite Labs sells radio software. Acme Telecom invested in the radio-software company last year.", nil},
	})
}
