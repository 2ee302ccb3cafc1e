package extract_test

import "testing"

// TestNationalityShapes: a nationality with modifiers before the head
// noun, a copula after an apposition, and headquarters cues after a
// future or a description.
func TestNationalityShapes(t *testing.T) {
	runNews(t, []newsCase{
		{"modifiers between nationality and head",
			"Acme Telecom bought Granite Labs, the Danish open-RAN software specialist, in May.",
			[]string{"headquarteredIn(granite-labs,DK)"}},
		{"a lower-case hyphenated modifier is no name",
			"Acme Telecom will take over Granite Labs, the US virtualized-RAN specialist it backed in 2019.",
			// the contact clause "it backed in 2019" is Acme's investment
			// (invest_which_obj.go reads it across the country since round 33)
			[]string{"headquarteredIn(granite-labs,US)", "investedIn(acme-telecom,granite-labs) date=2019"}},
		{"copula after an apposition",
			"Granite Labs, the radio chip maker, is a Finnish start-up with 40 staff.",
			[]string{"headquarteredIn(granite-labs,FI)"}},
		{"will be headquartered",
			"Ion Cloud will be headquartered in Tallinn, Estonia, and expects to hire 200 people.",
			[]string{"headquarteredIn(ion-cloud,EE)"}},
		{"a description before the head office",
			"The Radio Forum is a registered association that has its head office in Alfter, Germany.",
			[]string{"headquarteredIn(radio-forum,DE)"}},
		{"a dotted abbreviation keeps its full stop",
			"Until now U.S. asset manager Granite Labs, with about 5%, was the largest investor in Acme Telecom.",
			[]string{"headquarteredIn(granite-labs,US)", "investedIn(granite-labs,acme-telecom)"}},
		{"an abbreviation ending the sentence ends it",
			"Granite Labs sells radios in the U.S. Acme Telecom is its largest customer.",
			nil},
		{"an organisation from a country",
			"Granite Labs, a tower company from the United Arab Emirates, opened an office in Oslo.",
			[]string{"headquarteredIn(granite-labs,AE)"}},
		{"a product from a country is no organisation",
			"Acme Telecom bought Granite Labs, a radio design from Finland, in May.",
			nil},
		{"a rival is an organisation noun",
			"Traders pointed to a report that Granite Labs, the Norwegian rival, had looked at a bid.",
			[]string{"headquarteredIn(granite-labs,NO)"}},
		{"owners' nationality is no seat",
			"The regulator asked for spectrum to go to Ion Cloud, the Romanian-owned challenger.",
			nil},
		{"a product between is no head",
			"Acme Telecom showed Granite Labs, the Danish open-RAN software release, in May.",
			nil},
		{"an office elsewhere is no head office",
			"Ion Cloud will open an office in Tallinn, Estonia, next year.",
			nil},
	})
}
