package extract_test

import "testing"

// TestItPassiveAgent: "it" after ", and" continues a passive clause's
// subject; when that subject named no company, the companies after "by"
// are its founders or owners, not it.
func TestItPassiveAgent(t *testing.T) {
	runNewsWith(t, newsRegister(t), []newsCase{
		{"founders after by, an unnamed subject",
			"Polar Compute did the deal. The investor was set up in 2023 by Acme Telecom and Cobalt Mobile, and it is chaired by Jane Park.",
			nil},
		{"owners after by, an unnamed subject",
			"Helix Wireless bought the towers. The new unit is 60 percent owned by Ion Cloud and 40 percent by Larch Networks, and it is chaired by Lena Berg.",
			nil},
		{"a named subject still continues",
			"Polar Compute was set up in 2023 by Acme Telecom and Cobalt Mobile, and it is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,polar-compute)", "founded(polar-compute) date=2023", "foundedBy(polar-compute,acme-telecom)", "foundedBy(polar-compute,cobalt-mobile)"}},
		{"an active clause is not read",
			"Ion Cloud sold its towers to Larch Networks, and it is chaired by Lena Berg.",
			[]string{"chairmanOf(lena-berg,ion-cloud)"}},
	})
}

// TestAgentNotSubject: a sentence whose only companies are a passive's
// agents ("was set up by B and C") is about its unnamed subject, so "the
// firm" in the next sentence is not B.
func TestAgentNotSubject(t *testing.T) {
	runNewsWith(t, newsRegister(t), []newsCase{
		{"founders are not the next sentence's firm",
			"For Polar Compute the deal is one of many. The investor was set up in 2023 by Acme Telecom and Cobalt Mobile. Omar Haddad runs the firm as chief executive.",
			[]string{"ceoOf(omar-haddad,polar-compute)"}},
	})
}
