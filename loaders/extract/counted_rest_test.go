package extract_test

import "testing"

// TestCountedRest: a list that ends in a count of names it leaves out
// ("and three other companies") takes them from a later sentence that
// takes the count up and names exactly that many; a count no sentence
// takes up, a list of the wrong length, or a pronoun's fact states
// nothing more.
func TestCountedRest(t *testing.T) {
	runNews(t, []newsCase{
		{"founders named by 'The three were'",
			"The Open Edge Alliance was set up in May by Acme Telecom, Borealis Networks and three other companies. The three were Cobalt Mobile, Helix Wireless and Polar Compute.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)",
				"foundingMember(cobalt-mobile,open-edge-alliance)", "foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}},
		{"investors named by 'The other two are', a sentence later",
			"Polar Compute is backed by Acme Telecom and two other investors. The round closed on Monday. The other two are Cobalt Mobile and Helix Wireless.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(cobalt-mobile,polar-compute)", "investedIn(helix-wireless,polar-compute)"}},
		{"'include' may name fewer than the count",
			"Polar Compute is backed by Acme Telecom and four other investors. They include Cobalt Mobile and Helix Wireless.",
			[]string{"investedIn(acme-telecom,polar-compute)", "investedIn(cobalt-mobile,polar-compute)", "investedIn(helix-wireless,polar-compute)"}},
		{"a list of the wrong length names nobody",
			"Polar Compute is backed by Acme Telecom and three other investors. The three were Cobalt Mobile and Helix Wireless.",
			[]string{"investedIn(acme-telecom,polar-compute)"}},
		{"a different count names nobody",
			"Polar Compute is backed by Acme Telecom and two other investors. The four were Cobalt Mobile, Helix Wireless, Borealis Networks and Nimbus Systems.",
			[]string{"investedIn(acme-telecom,polar-compute)"}},
		{"a count no sentence takes up",
			"Polar Compute is backed by Acme Telecom and two other investors. Cobalt Mobile and Helix Wireless are its customers.",
			[]string{"investedIn(acme-telecom,polar-compute)"}},
	})
}
