package extract_test

import "testing"

// TestSpeakerCompany: "the firm" in what a company's officer said is the
// officer's company, not the one the article spoke of before; an
// analyst speaks of another.
func TestSpeakerCompany(t *testing.T) {
	runNewsWith(t, newsRegister(t), []newsCase{
		{"an officer at the company",
			"Helix Wireless has sold its towers to Larch Networks. Lena Berg, partner and head of networks at Ion Cloud, said the firm had invested in Larch Networks.",
			[]string{"investedIn(ion-cloud,larch-networks)"}},
		{"an officer of the company, with that",
			"Helix Wireless has sold its towers to Larch Networks. Omar Haddad, chief executive of Polar Compute, said that the company had invested in Larch Networks.",
			[]string{"ceoOf(omar-haddad,polar-compute)", "investedIn(polar-compute,larch-networks)"}},
		{"near miss: an analyst at another firm",
			"Helix Wireless has sold its towers to Larch Networks. Lena Berg, an analyst at Ion Cloud, said the firm had invested in Larch Networks.",
			[]string{"investedIn(helix-wireless,larch-networks)"}},
	})
}
