package extract_test

import "testing"

// TestFoundBehindCopula: the organisations a sentence says "are behind" a
// group, as the copula's subject list ("A, B and C are behind it", "Three
// operators - A, B and C - are behind the forum") or its complement after
// the behind-phrase ("The companies behind it are A and B"), with "it" the
// group in focus when coreference gave the pronoun to a company of the
// list; founding members at launch. Near misses: a single company behind
// a deal, a speaker before the list, two groups named before "it" (the
// focus is refused), another company named between the group and "it",
// a denial.
func TestFoundBehindCopula(t *testing.T) {
	runNews(t, []newsCase{
		{"list behind a named group", "Acme Telecom, Borealis Networks and Cobalt Mobile are behind the Radio Forum.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(borealis-networks,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},
		{"counted list in dashes behind it", "The Radio Forum writes test plans for open radios. Three operators - Acme Telecom, Borealis Networks and Cobalt Mobile - are behind it.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(borealis-networks,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},
		{"list behind it at launch", "The Radio Forum writes test plans for open radios. Ion Cloud and Granite Labs were behind it at launch.",
			[]string{"foundingMember(granite-labs,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"both ... are jointly behind it", "The Radio Forum writes test plans for open radios. Both Ion Cloud and Larch Networks are jointly behind it.",
			[]string{"memberOf(ion-cloud,radio-forum)", "memberOf(larch-networks,radio-forum)"}},
		{"complement after the behind-phrase", "The Radio Forum writes test plans for open radios. The companies behind it are Acme Telecom, Helix Wireless and Kestrel Telecom.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(helix-wireless,radio-forum)", "memberOf(kestrel-telecom,radio-forum)"}},
		{"founders behind the group", "The founders behind the Open Edge Alliance were Acme Telecom and Borealis Networks.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(borealis-networks,open-edge-alliance)"}},
		{"near miss: one company behind a deal", "The Radio Forum writes test plans for open radios. Acme Telecom is behind the deal.", nil},
		{"near miss: a speaker before the list", "The Radio Forum writes test plans for open radios. Helix Wireless said Ion Cloud and Granite Labs are behind it.", nil},
		{"near miss: two groups compete for it", "The Radio Forum and the Open Edge Alliance write test plans for open radios. Ion Cloud and Granite Labs are behind it.", nil},
		{"near miss: a company named after the group", "The Radio Forum met in Oslo. Kestrel Telecom showed a new radio there. Ion Cloud and Granite Labs are behind it.", nil},
		{"near miss: denied", "The Radio Forum writes test plans for open radios. Ion Cloud and Granite Labs are not behind it.", nil},
	})
}

// TestFoundHelperNotFounder: a founding "with" whose object is help or
// money names a helper or a funder, not a founder: "Launched by A, with
// support from B, it", "set up with backing from B", "with the help of
// B and C"; the comitative founder ("formed with B") stays.
func TestFoundHelperNotFounder(t *testing.T) {
	runNews(t, []newsCase{
		{"fronted, with support from", "The Radio Forum writes test plans for open radios. Launched by Acme Telecom, with support from Helix Wireless, it now has forty members.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)"}},
		{"fronted list, with backing from", "The Radio Forum writes test plans. Set up by Acme Telecom and Borealis Networks in 2021, with backing from Helix Wireless, the forum now has forty members.",
			[]string{"founded(radio-forum) date=2021", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)"}},
		{"passive, with the help of a list", "The Radio Forum was formed in 2020 by Acme Telecom with the help of Ion Cloud and Granite Labs.",
			[]string{"founded(radio-forum) date=2020", "foundingMember(acme-telecom,radio-forum)"}},
		{"active, with funding from", "Acme Telecom and Borealis Networks launched the Radio Forum in 2022 with funding from Kestrel Telecom.",
			[]string{"founded(radio-forum) date=2022", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)"}},
		{"comitative founder stays", "The Radio Forum was formed in 2020 by Acme Telecom together with Ion Cloud.",
			[]string{"founded(radio-forum) date=2020", "foundingMember(acme-telecom,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
	})
}
