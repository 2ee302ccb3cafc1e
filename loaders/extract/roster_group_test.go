package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestRosterOwnedGroup: a group a company owns ("D, whose Edge Lab
// Programme ...", "D's Edge Lab Programme") is not the group a roster
// speaks of; "Its" stays with the group before. Near miss: the owned
// group's own roster, told as its members.
func TestRosterOwnedGroup(t *testing.T) {
	runNews(t, []newsCase{
		{"whose group inside the roster", "The Open Edge Alliance was formed on Monday. Its founding members include Acme Telecom, Cobalt Mobile and Ion Cloud, as well as Granite Labs, whose Radio Forum has run field trials since 2021.",
			[]string{"founded(open-edge-alliance) date=2025-06-09", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"foundingMember(granite-labs,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"a company's group inside the roster", "The Open Edge Alliance was formed on Monday. Its founding members are Acme Telecom and Granite Labs, the owner of Acme Telecom's Radio Forum.",
			[]string{"founded(open-edge-alliance) date=2025-06-09", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(granite-labs,open-edge-alliance)"}},
		{"near miss: the group named plainly is the roster's", "Acme Telecom and Cobalt Mobile are members of the Radio Forum.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},
	})
}

// TestCasedShortForm: a short form cut from a group's name ("AI-Native"
// from "AI-Native Mobile Networks") names the group only with its
// capitals; "AI-native networks" in running text is no name, and a
// lower-case hyphenated word is no unknown company either.
func TestCasedShortForm(t *testing.T) {
	reg, err := facts.ReadRegister("cased.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  ai-native-radio: {name: AI-Native Mobile Networks, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"lower-case adjective is not the group", "The Open Edge Alliance said AI-native networks would matter. The new alliance starts with 12 founding members. Among them are Acme Telecom and Cobalt Mobile.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"the capitalised short form still names it", "Acme Telecom and Ion Cloud have joined AI-Native, the radio group.",
			[]string{"memberOf(acme-telecom,ai-native-radio)", "memberOf(ion-cloud,ai-native-radio)"}},
		{"near miss: a hyphenated adjective makes no company", "US operators team up on an AI-powered radio stack.", nil},
	})
}

// TestShortFormSeen: a short form cut from an unnamed company's name
// ("Telekom" from "Telekom Norway") names instead the one company the
// article named whose last word it is ("Baltic Telekom"); near misses:
// the article named the first company, or two that end in the word.
func TestShortFormSeen(t *testing.T) {
	reg, err := facts.ReadRegister("seen.yaml", []byte(`entities:
  baltic-telekom: {name: Baltic Telekom, type: company}
  alpine-telekom: {name: Alpine Telekom, type: company}
  telekom-norway: {name: Telekom Norway, type: company}
  granite-labs: {name: Granite Labs, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"the named company's last word", "Baltic Telekom opened a data centre in Riga. Telekom's partners include Granite Labs and Ion Cloud.",
			[]string{"partnerOf(baltic-telekom,granite-labs)", "partnerOf(baltic-telekom,ion-cloud)"}},
		{"near miss: the company the form was cut from was named", "Telekom Norway opened a data centre in Oslo. Telekom's partners include Granite Labs and Ion Cloud.",
			[]string{"partnerOf(granite-labs,telekom-norway)", "partnerOf(ion-cloud,telekom-norway)"}},
		{"near miss: two named companies end in the word; the form keeps its own entity", "Baltic Telekom and Alpine Telekom opened data centres. Telekom's partners include Granite Labs.",
			[]string{"partnerOf(granite-labs,telekom-norway)"}},
	})
}

// TestFoundingSponsors: a coalition's founding sponsors are its founding
// members, also as a tier of them; near misses: sponsors without
// "founding" (of an event, of a summit) are no members.
func TestFoundingSponsors(t *testing.T) {
	runNews(t, []newsCase{
		{"a tier of founding sponsors", "The Radio Forum opened on Monday. A first tier of founding sponsors includes firms such as Acme Telecom and Ion Cloud.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(ion-cloud,radio-forum)"}},
		{"founding sponsors are", "The founding sponsors of the Open Edge Alliance are Granite Labs and Polar Compute.",
			[]string{"foundingMember(granite-labs,open-edge-alliance)", "foundingMember(polar-compute,open-edge-alliance)"}},
		{"near miss: sponsors of a summit", "The Radio Forum held its summit in Lisbon. Its sponsors include Acme Telecom and Ion Cloud.", nil},
	})
}

// TestRosterCompleted: a sentence that completes the previous sentence's
// roster with a describing word before the list noun ("complete the
// Nordic contingent"); near misses: no roster before, a deal completed.
func TestRosterCompleted(t *testing.T) {
	runNews(t, []newsCase{
		{"complete the described contingent", "The Open Edge Alliance was set up by Acme Telecom and Cobalt Mobile. Helix Wireless and Larch Networks complete the Nordic contingent.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)",
				"foundingMember(helix-wireless,open-edge-alliance)", "foundingMember(larch-networks,open-edge-alliance)"}},
		{"near miss: no roster before", "The Radio Forum met in Oslo. Helix Wireless and Larch Networks complete the Nordic contingent at the fair.", nil},
		{"near miss: a deal completed", "The Open Edge Alliance was set up by Acme Telecom and Cobalt Mobile. Helix Wireless completed the purchase of Larch Networks.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
	})
}

// TestShortFormLonger: a short form cut from one name ("Nord" from "Nord
// Group") followed by a word that with it spells another name with a small
// variation ("Nord Telekom" for Nord Telecom) is that other name; near
// miss: the short form alone before an ordinary capitalised word.
func TestShortFormLonger(t *testing.T) {
	reg, err := facts.ReadRegister("longer.yaml", []byte(`entities:
  nord-group: {name: Nord Group, type: company}
  nord-telecom: {name: Nord Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  radio-forum: {name: Radio Forum, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	runNewsWith(t, reg, []newsCase{
		{"a spelling variant after the short form", "Nord Telekom and Ion Cloud joined the Radio Forum in May.",
			[]string{"memberOf(ion-cloud,radio-forum)", "memberOf(nord-telecom,radio-forum)"}},
		{"near miss: the short form alone", "Nord and Ion Cloud joined the Radio Forum in May.",
			[]string{"memberOf(ion-cloud,radio-forum)", "memberOf(nord-group,radio-forum)"}},
	})
}

// TestBackersNotMembers: organisations the families read as a company's
// investors ("Earlier backers include A and B") are no members of a group
// the article is about; near miss: backers of the group itself are.
func TestBackersNotMembers(t *testing.T) {
	runNews(t, []newsCase{
		{"a start-up's backers", "Ion Cloud joined the Radio Forum in May. The start-up raised $40 million last year. Earlier backers include Acme Telecom, which led its seed round, and Granite Labs.",
			[]string{"investedIn(acme-telecom,ion-cloud)", "investedIn(granite-labs,ion-cloud)", "memberOf(ion-cloud,radio-forum)"}},
		{"near miss: the group's own backers", "The Radio Forum was set up in May. Its first backers include Acme Telecom and Granite Labs.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(granite-labs,radio-forum)"}},
	})
}
