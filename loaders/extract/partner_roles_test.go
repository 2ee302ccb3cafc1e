package extract_test

import "testing"

// TestPartnerRoles: the argument roles the partnership readers share -
// a coordinated subject with a description in it, with-phrases
// coordinated after the first, a possessive holder carried to a second
// partnership noun, "with which" relatives, a compound partnership noun
// and a subject across a relative insert or a time before an
// infinitive; near misses: a denial in the sentence, a competitor after
// "with which", a tentative second noun, a possessive before "and",
// talks (which keep their modality or state nothing), a supplier's
// contract, a deal to buy.
func TestPartnerRoles(t *testing.T) {
	const (
		ab = "partnerOf(acme-telecom,cobalt-mobile)"
		ai = "partnerOf(acme-telecom,ion-cloud)"
		gh = "partnerOf(granite-labs,helix-wireless)"
		gl = "partnerOf(granite-labs,larch-networks)"
	)
	runNews(t, []newsCase{
		{"coordinated subject with a description", "Cobalt Mobile sells prepaid plans in Oslo. In June, Acme Telecom and the carrier signed a memorandum of understanding on edge computing.",
			[]string{ab}},
		{"coordinated with-phrases", "Granite Labs is working in cooperation with Helix Wireless on baseband code, and with Larch Networks on radios.",
			[]string{gh, gl}},
		{"coordinated with-phrases after a verb", "Granite Labs teamed up with Helix Wireless on software and with Larch Networks on antennas.",
			[]string{gh, gl}},
		{"possessive carried to a second noun", "Granite Labs' alliance with Helix Wireless on chips, and a ten-year collaboration with Larch Networks on fibre, will continue.",
			[]string{gh, gl}},
		{"with which, a partnership noun", "The show had a stand from Cobalt Mobile, with which Acme Telecom forged a partnership last year.",
			[]string{ab}},
		{"with whom, a partner verb", "Delegates met Ion Cloud, with whom Acme Telecom has collaborated since 2021.",
			[]string{ai}},
		{"compound partnership noun", "Acme Telecom and Cobalt Mobile already have a 6G trial partnership in Oslo.",
			[]string{ab}},
		{"subject across a whose insert", "Granite Labs, whose chief executive is Jane Park, built a test network with Helix Wireless in Lyon.",
			[]string{gh, "ceoOf(jane-park,granite-labs)"}},
		{"subject across a time before an infinitive", "Acme Telecom and Cobalt Mobile agreed in March to design radio chips together.",
			[]string{ab}},
		{"unveiled a thing with", "Ion Cloud first unveiled the edge project with Acme Telecom at a trade fair.",
			[]string{ai}},
		{"jointly market, a verb after a modal and an adverb", "Acme Telecom hosts Cobalt Mobile's apps, and the two companies will jointly market them to banks.",
			[]string{ab + " modality=planned"}},
		{"near miss: the market as a noun", "Acme Telecom and Cobalt Mobile lead the market in Oslo.", nil},
		{"near miss: market share", "Acme Telecom has 20% market share and Cobalt Mobile will soon jointly own the rest.", nil},
		{"near miss: their own alliances", "Acme Telecom and Cobalt Mobile have their own cloud alliances in Asia.", nil},
		{"near miss: their own deals", "Cloud firms like Ion Cloud and Polar Compute, which are signing their own edge deals with operators, may win.", nil},
		{"a venue before the subject is no party", "In February, at Nordic Expo, Acme Telecom signed a memorandum of understanding with Cobalt Mobile.", []string{ab}},
		{"a verb after a dash insert takes the sentence's subject", "Granite Labs designs, builds and runs GPU clusters - it built one for Ion Cloud last year - and counts Helix Wireless among its key technology partners.",
			[]string{gh}},
		{"a coordinated verb's participle, over a split description", "Acme Telecom opened a lab in June, and two weeks ago released Nordlys, a model trained in cooperation with payments and ride-hailing group Cobalt Mobile.",
			[]string{ab}},
		{"near miss: another subject before the coordinated verb", "Granite Labs builds GPU clusters, Ion Cloud rents them out and counts Helix Wireless among its key technology partners.", nil},
		{"near miss: a supply agreement", "Acme Telecom signed a five-year supply agreement with Cobalt Mobile.", nil},
		{"near miss: a deal to buy", "Acme Telecom signed a deal with Cobalt Mobile to buy its towers.", nil},
		{"near miss: discussed working together", "Acme Telecom and Cobalt Mobile have discussed working together.", nil},
		{"near miss: exploring a partnership", "Acme Telecom is exploring a partnership with Cobalt Mobile.", nil},
		{"near miss: denied in the sentence", "Granite Labs works with Helix Wireless and Larch Networks on radios, but those are supply contracts rather than partnerships.", nil},
		{"near miss: not a partnership", "Acme Telecom buys radios from Cobalt Mobile and works with it on tests, which is not a partnership, a spokesperson said.", nil},
		{"near miss: with which, a competitor", "The show had a stand from Cobalt Mobile, with which Acme Telecom competes in Oslo.", nil},
		{"near miss: with which, a dispute", "Delegates met Ion Cloud, with which Acme Telecom ended a partnership in May.", nil},
		{"near miss: a tentative second noun", "Granite Labs' alliance with Helix Wireless, and a possible collaboration with Larch Networks, were discussed.",
			[]string{gh}},
		{"near miss: with which, talks", "Delegates met Ion Cloud, with which Acme Telecom may sign a partnership next year.",
			[]string{ai + " modality=planned"}},
		{"near miss: a possessive before and", "Ion Cloud's clients and Cobalt Mobile signed a memorandum of understanding.", nil},
	})
}

// TestPartnerRolesCarried: parties carried from elsewhere in the
// sentence - a "they" shared by a coordinated verb, "it" after ", and"
// and a time, "its partner" in apposition, a "between" list that runs into
// the next clause; near misses: "they" with a named party between, a
// former partner or a rival in apposition, a list of three after
// "between" with no comma after the pair.
func TestPartnerRolesCarried(t *testing.T) {
	const (
		ab = "partnerOf(acme-telecom,cobalt-mobile)"
		ai = "partnerOf(acme-telecom,ion-cloud)"
		gh = "partnerOf(granite-labs,helix-wireless)"
	)
	runNews(t, []newsCase{
		{"they, shared by a coordinated verb", "Acme Telecom and Cobalt Mobile said on Friday they would swap 5% of their shares and work together on satellite links.",
			[]string{ab}},
		{"it after a comma, and and a time", "Granite Labs builds fibre networks. In May it teamed with Helix Wireless on fibre, and in June it signed a memorandum of understanding with Ion Cloud.",
			[]string{gh, "partnerOf(granite-labs,ion-cloud)"}},
		{"it after a comma, and and a time, named subject", "Granite Labs teamed with Helix Wireless on fibre in May, and in June it signed a memorandum of understanding with Ion Cloud.",
			[]string{gh, "partnerOf(granite-labs,ion-cloud)"}},
		{"its partner in apposition", "Acme Telecom said it may bid for spectrum in Peru with Ion Cloud, its partner in a tower company.",
			[]string{ai}},
		{"between a pair that runs into the next clause", "Under a partnership between Granite Labs and Helix Wireless, Cobalt Mobile customers get free cloud storage.",
			[]string{gh}},
		{"near miss: they, a named party between", "Acme Telecom and Cobalt Mobile said they would sell Ion Cloud shares and work together.", nil},
		{"near miss: a former partner in apposition", "Acme Telecom sued Ion Cloud, its former partner in a tower company.", nil},
		{"near miss: its rival in apposition", "Acme Telecom will bid against Ion Cloud, its rival in Peru.", nil},
		{"near miss: between three with no comma after the pair", "A partnership between Granite Labs and Helix Wireless and Larch Networks was reported.", nil},
	})
}
