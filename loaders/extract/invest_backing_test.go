package extract_test

import "testing"

// TestBackingShapes: investors told by the backing a company has, or by
// the role they were given when it was set up.
func TestBackingShapes(t *testing.T) {
	runNews(t, []newsCase{
		{"the backing of investors listed after a colon",
			"Granite Labs, a spin-off led by chief executive Jane Park, has the backing of three investors: Acme Telecom, Cobalt Mobile and Helix Wireless.",
			[]string{"investedIn(acme-telecom,granite-labs)", "investedIn(cobalt-mobile,granite-labs)", "investedIn(helix-wireless,granite-labs)", "ceoOf(jane-park,granite-labs)"}},
		{"the backing of named investors",
			"Granite Labs has the financial backing of Acme Telecom.",
			[]string{"investedIn(acme-telecom,granite-labs)"}},
		{"set up with minority investors",
			"Granite Labs was set up in 2019 with Acme Telecom and Cobalt Mobile as minority investors.",
			[]string{"investedIn(acme-telecom,granite-labs) date=2019", "investedIn(cobalt-mobile,granite-labs) date=2019", "founded(granite-labs) date=2019"}},
		{"set up with customers is no investment",
			"Granite Labs was set up in 2019 with Acme Telecom and Cobalt Mobile as its first customers.",
			[]string{"founded(granite-labs) date=2019"}},
	})
}
