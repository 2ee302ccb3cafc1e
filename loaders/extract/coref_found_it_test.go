package extract_test

import "testing"

// TestCorefFoundIt covers "it" as what a person founded
// (coref_found_it.go), with sentences written for the test, and the near
// misses that must not fire.
func TestCorefFoundIt(t *testing.T) {
	runNews(t, []newsCase{
		{"she co-founded it, after a possessive", "Jane Park, Acme Telecom's chief executive since she co-founded it in 2019, spoke on Monday.",
			[]string{"ceoOf(jane-park,acme-telecom)", "founded(acme-telecom) date=2019", "foundedBy(acme-telecom,jane-park)"}},
		{"who founded it, after a description", "Borealis Networks is a radio maker. The board named a new chief executive of the radio maker, replacing Omar Haddad, who founded it in 2016.",
			[]string{"founded(borealis-networks) date=2016", "foundedBy(borealis-networks,omar-haddad)"}},
		{"she set it up, the company in a relative", "Lena Berg, who runs Cobalt Mobile, has been in charge since she set it up in 2012.",
			[]string{"ceoOf(lena-berg,cobalt-mobile)", "founded(cobalt-mobile) date=2012", "foundedBy(cobalt-mobile,lena-berg)"}},
		{"he also co-founded it, a company in a list", "Omar Haddad, who has advised Ion Cloud and Granite Labs since he also co-founded it in 2014, retired.",
			[]string{"founded(granite-labs) date=2014", "foundedBy(granite-labs,omar-haddad)"}}, // (foundedBy by the pronoun since round 45)

		// near misses
		{"a heading's question", "Who started it", nil},
		{"not a founding verb", "Acme Telecom bought Ion Cloud in 2020. Jane Park said she liked it.", nil},
		{"a company founder", "Acme Telecom sells radios to rural operators. It set it up in 2019.", nil},
		{"a thing in another clause", "Helix Wireless sells radios. Its new lab opened in June; Jane Park said she started it in 2019.", nil},
		{"a thing after a coordinated clause", "Helix Wireless opened a new lab in June, and Jane Park said she started it in 2019.", nil},
		{"no company in the sentence", "Helix Wireless sells radios. Its new app was a hit. Jane Park created it in 2019.", nil},
	})
}
