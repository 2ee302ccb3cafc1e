package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/extract"
	"github.com/telcograph/telcograph/loaders/facts"
)

// TestExtractFamilies covers the structural trigger families with
// sentences written for this test (the article date is 2025-06-12, a
// Thursday): each family in its voices and clause shapes, and the traps
// that must state nothing.
func TestExtractFamilies(t *testing.T) {
	reg := testRegister(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		// join
		{"signed up as founding members of", "Acme Telecom and Cobalt Mobile signed up as founding members of the Radio Forum.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
		{"admitted, A and B among them", "The Radio Forum met in Oslo. Seven new members were admitted, Acme Telecom and Borealis Networks among them.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(borealis-networks,radio-forum)"}},
		{"a counted group named in the next sentence", "Eleven companies have joined the Open Edge Alliance as founding members. They include Acme Telecom and Cobalt Mobile.",
			[]string{"foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"among the newcomers are", "Nine more operators joined the Radio Forum this week. Among the newcomers are Borealis Networks and Delta Systems Inc.",
			[]string{"memberOf(borealis-networks,radio-forum)", "memberOf(delta-systems,radio-forum)"}},
		{"a list as the predicate", "The Radio Forum grew again. The three new members are Acme Telecom, Borealis Networks and Cobalt Mobile.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(borealis-networks,radio-forum)", "memberOf(cobalt-mobile,radio-forum)"}},
		{"a capitalised number opening a sentence is no name", "Seven new members joined the Radio Forum.", nil},
		{"did not join", "Echo Corp. did not join the Open Edge Alliance.", nil},

		// found
		{"passive founding with by-agents", "The Open Edge Alliance was co-founded by Acme Telecom, Borealis Networks and Cobalt Mobile in 2021.",
			[]string{"founded(open-edge-alliance) date=2021", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"founders after a colon", "The Radio Forum was set up in February 2018. The new body was co-founded by three operators: Acme Telecom, Borealis Networks and Cobalt Mobile.",
			[]string{"founded(radio-forum) date=2018-02", "foundingMember(acme-telecom,radio-forum)",
				"foundingMember(borealis-networks,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)"}},
		{"the formation of X with", "Acme Telecom announced the formation of the Open Edge Alliance with Borealis Networks and Cobalt Mobile.",
			[]string{"founded(open-edge-alliance)", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"came into being at an event", "The Radio Forum came into being at MWC2024 in Barcelona.",
			[]string{"founded(radio-forum) date=2024"}},
		// no alliance; the two that launched one thing are partners (partner_joint.go)
		{"launching an unknown product makes no alliance", "Acme Telecom and Cobalt Mobile today launched the Polar Cloud, a computing service.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},

		// lead
		{"fronted participle", "Led by Acme Telecom, the Open Edge Alliance will publish open specifications.",
			[]string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"A and B are leading X", "Borealis Networks and Cobalt Mobile are leading the Radio Forum.",
			[]string{"ledBy(radio-forum,borealis-networks)", "ledBy(radio-forum,cobalt-mobile)"}},
		{"X, which is led by A", "The Radio Forum, which is led by Acme Telecom, met in Oslo.",
			[]string{"ledBy(radio-forum,acme-telecom)"}},
		{"with A at the helm", "With Acme Telecom at the helm, a group of operators launched the Open Edge Alliance.",
			[]string{"founded(open-edge-alliance)", "ledBy(open-edge-alliance,acme-telecom)"}},

		// invest
		{"pumped an amount into", "Acme Telecom pumped $100 million into Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,cobalt-mobile) amount=$100 million"}},
		{"invested in a described investee", "Borealis Networks invested $200 million in radio software maker Cobalt Mobile.",
			[]string{"investedIn(borealis-networks,cobalt-mobile) amount=$200 million"}},
		{"counts A among its investors", "Cobalt Mobile counts Acme Telecom, Borealis Networks and Echo Corp. among its investors.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)", "investedIn(borealis-networks,cobalt-mobile)", "investedIn(echo-corp,cobalt-mobile)"}},
		{"got an investment from", "Cobalt Mobile got an investment from Acme Telecom in the new round.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)"}},
		{"backed by", "Cobalt Mobile is backed by Acme Telecom.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)"}},
		{"its largest shareholder in apposition", "Cobalt Mobile posted a loss. Its largest shareholder, Norwegian group Acme Telecom, stayed calm.",
			[]string{"headquarteredIn(acme-telecom,NO)", "investedIn(acme-telecom,cobalt-mobile)"}},
		{"considered investing but decided against it", "Acme Telecom had considered investing in Cobalt Mobile but decided against it.", nil},

		// partner
		{"unveiled a five-year partnership with", "Acme Telecom unveiled a five-year partnership with Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"forges partnership with", "Acme Telecom forges partnership with Borealis Networks.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"in cooperation with", "Cobalt Mobile will work in cooperation with Borealis Networks on radios.",
			[]string{"partnerOf(borealis-networks,cobalt-mobile) modality=planned"}},
		{"partner as a verb after a list", "Acme Telecom and Cobalt Mobile partner on edge computing.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)"}},
		{"partners include, subject carried over", "Acme Telecom sells radios. Partners include Borealis Networks and Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,borealis-networks)", "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"a strategic partner of", "Acme Telecom will stay on as a strategic partner of Cobalt Mobile.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile) modality=planned"}},

		// roles
		{"title with a possessive", "Jane Park, the Radio Forum's newly appointed chairman, said so.",
			[]string{"chairmanOf(jane-park,radio-forum)"}},
		{"chairman and CEO of", "Omar Haddad, chairman and CEO of Acme Telecom, spoke.",
			[]string{"ceoOf(omar-haddad,acme-telecom)", "chairmanOf(omar-haddad,acme-telecom)"}},
		{"org's titles before the person", "Cobalt Mobile's Chair and CEO, Jane Park, said so.",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "chairmanOf(jane-park,cobalt-mobile)"}},
		{"took over as CEO", "Omar Haddad, who took over as Borealis Networks CEO last year, agreed.",
			[]string{"ceoOf(omar-haddad,borealis-networks)"}},
		{"the board is chaired by", "Acme Telecom reported results. The board is chaired by Jane Park.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
		{"he now chairs", "Omar Haddad left Acme Telecom in 2024. He now chairs the Radio Forum.",
			[]string{"chairmanOf(omar-haddad,radio-forum)"}},
		{"its chief executive officer (CEO)", "Cobalt Mobile sells radios. Its president director and chief executive officer (CEO), Jane Park, spoke.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"a vice chair is no chair", "Omar Haddad, vice chairman of Acme Telecom, spoke.", nil},
		{"a bare title after a person names the article's company", "Acme Telecom reported results. Omar Haddad, who had been chief executive since 2018, will retire.",
			[]string{"ceoOf(omar-haddad,acme-telecom) since=2018"}},
		{"we in an interview's answer", "Acme Telecom sells radios in Norway.\nA: We joined the Radio Forum last year, and we work with Cobalt Mobile.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2024", "partnerOf(acme-telecom,cobalt-mobile)"}}, // "we work with" reads as "A works with" (pronoun_verbs_test.go)
		{"we outside an answer is nobody", "Acme Telecom sells radios in Norway. We joined the Radio Forum last year.", nil},
		{"a letter of intent with", "Cobalt Mobile signed a separate letter of intent with Borealis Networks.",
			[]string{"partnerOf(borealis-networks,cobalt-mobile)"}},
		{"is N's largest operator", "Acme Telecom is Norway's largest mobile operator.",
			[]string{"headquarteredIn(acme-telecom,NO)"}},
		{"remains chairman", "Acme Telecom named a new chief executive. Omar Haddad remains chairman.",
			[]string{"chairmanOf(omar-haddad,acme-telecom)"}},
		{"a reduced relative: run by", "Cobalt Mobile, the radio maker run by chief executive Jane Park, grew.",
			[]string{"ceoOf(jane-park,cobalt-mobile)"}},
		{"will become CEO of", "Acme Telecom said that Jane Park will become managing director and CEO of Cobalt Mobile on July 1.",
			[]string{"ceoOf(jane-park,cobalt-mobile) modality=planned"}},
		{"its chairman later in a sentence is the subject's", "Cobalt Mobile signed a deal with Acme Telecom, in the presence of its Executive Chairman Omar Haddad.",
			[]string{"chairmanOf(omar-haddad,cobalt-mobile)", "partnerOf(acme-telecom,cobalt-mobile)"}},
		{"an object relative: which A joined", "Cobalt Mobile praised the Open Edge Alliance, which Norway's Acme Telecom joined this month.",
			[]string{"headquarteredIn(acme-telecom,NO)", "memberOf(acme-telecom,open-edge-alliance) since=2025-06"}},
		{"the A-led alliance", "Acme Telecom founded the Radio Forum in 2020. The Borealis Networks-led alliance has invited other operators.",
			[]string{"founded(radio-forum) date=2020", "foundingMember(acme-telecom,radio-forum)", "ledBy(radio-forum,borealis-networks)"}},
		{"chief executive of a national superlative", "Cobalt Mobile is Norway's largest mobile carrier. \"We agree,\" said Jane Park, chief executive of Norway's largest mobile carrier.",
			[]string{"ceoOf(jane-park,cobalt-mobile)", "headquarteredIn(cobalt-mobile,NO)"}},
		{"partnerships between A-B and, separately, C and D", "The pattern shows in the partnerships between Acme Telecom-Cobalt Mobile and, separately, Borealis Networks and Echo Corp.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(borealis-networks,echo-corp)"}},
		{"an infinitive takes the main verb's subject", "Acme Telecom and Echo Corp. have agreed to take minority stakes in Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,cobalt-mobile) modality=planned", "investedIn(echo-corp,cobalt-mobile) modality=planned"}},
		{"co-investors alongside", "Cobalt Mobile got an investment from Acme Telecom in the new round, alongside Norway's Borealis Networks.",
			[]string{"headquarteredIn(borealis-networks,NO)", "investedIn(acme-telecom,cobalt-mobile)", "investedIn(borealis-networks,cobalt-mobile)"}},
		{"a portfolio that includes", "Acme Telecom invested $5 million in Delta Systems Inc. The investment adds to a portfolio that already includes Cobalt Mobile and Echo Corp.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)", "investedIn(acme-telecom,delta-systems) amount=$5 million", "investedIn(acme-telecom,echo-corp)"}},
		{"an agreement the two signed", "The pact builds on a strategic relationship agreement the two operators signed in May. Acme Telecom and Cobalt Mobile said so.",
			nil},
		{"an agreement a pair signed", "Acme Telecom praised the framework agreement Cobalt Mobile and Borealis Networks signed in May.",
			[]string{"partnerOf(borealis-networks,cobalt-mobile)"}},
		{"a country name before an organisation noun", "UAE operator Echo Group bought a radio maker.",
			[]string{"headquarteredIn(echo-group,AE)"}},
		{"had ten members - a list", "The Radio Forum met in Oslo. By June it had four operator members - Acme Telecom, Borealis Networks, Cobalt Mobile and Echo Corp.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(borealis-networks,radio-forum)", "memberOf(cobalt-mobile,radio-forum)", "memberOf(echo-corp,radio-forum)"}},
		{"the telcos are the last list", "Acme Telecom and Cobalt Mobile sell radios. The telcos will join the Radio Forum next year.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2026 modality=planned", "memberOf(cobalt-mobile,radio-forum) since=2026 modality=planned"}},
		{"trial with the two companies", "Acme Telecom and Cobalt Mobile unveiled a partnership. Borealis Networks has agreed to trial the technology with the two companies.",
			[]string{"partnerOf(acme-telecom,borealis-networks) modality=planned", "partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(borealis-networks,cobalt-mobile) modality=planned"}},
		{"the partners, then both", "Acme Telecom and Cobalt Mobile unveiled a partnership. The partners are not strangers. Both were founding members of the Radio Forum.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(cobalt-mobile,radio-forum)", "partnerOf(acme-telecom,cobalt-mobile)"}},
		// Every blind writer marks a city descriptor as no headquarters
		// fact (hq_city.go); a country named with the city still is one.
		{"a city-based company states no country", "Oslo-based Cobalt Mobile raised money.", nil},
		{"a city-based company with its country", "Cobalt Mobile is based in Oslo, Norway.",
			[]string{"headquarteredIn(cobalt-mobile,NO)"}},
		{"a city-based description is no company", "The Oslo-based standards body met.", nil},
		{"stake and ownership", "Acme Telecom owns 60% of Cobalt Mobile, which in turn holds 35% of Borealis Networks.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)", "investedIn(cobalt-mobile,borealis-networks)"}},
		{"owned by", "Cobalt Mobile is 64% owned by Norway's Acme Telecom.",
			[]string{"headquarteredIn(acme-telecom,NO)", "investedIn(acme-telecom,cobalt-mobile)"}},
		{"to set up a joint venture", "Acme Telecom, Borealis Networks and Cobalt Mobile signed an agreement on Monday to set up a joint venture.",
			[]string{"jointVenture(acme-telecom,borealis-networks,cobalt-mobile) modality=planned"}},
		{"counted founding members named next", "The Radio Forum starts with 12 founding members. Among them are Acme Telecom and Echo Corp.",
			[]string{"foundingMember(acme-telecom,radio-forum)", "foundingMember(echo-corp,radio-forum)"}},

		// mentions and dates
		{"a spelling variant of a known name", "Acme Telekom joined the Radio Forum.",
			[]string{"memberOf(acme-telecom,radio-forum)"}},
		{"two weeks ago", "Acme Telecom joined the Radio Forum two weeks ago.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2025-05"}},
		{"on a weekday", "Acme Telecom joined the Radio Forum on Tuesday.",
			[]string{"memberOf(acme-telecom,radio-forum) since=2025-06-10"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractFacts(t, tt.text, reg)
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if diff := cmp.Diff(want, got, cmpEmpty); diff != "" {
				t.Errorf("facts of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestExtractAcronyms checks that an acronym and its long form name the
// same entity whichever of the two the register lists.
func TestExtractAcronyms(t *testing.T) {
	reg, err := facts.ReadRegister("acr.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  ata: {name: ATA, type: alliance}
  ai-ran-forum: {name: AI-RAN Forum, type: alliance}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		{"long form of a listed acronym", "Acme Telecom joined the Arctic Telecom Alliance.", []string{"memberOf(acme-telecom,ata)"}},
		{"long form of a listed short name", "Acme Telecom joined the Artificial Intelligence RAN Forum.", []string{"memberOf(acme-telecom,ai-ran-forum)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := extractFacts(t, tt.text, reg)
			if diff := cmp.Diff(tt.want, got, cmpEmpty); diff != "" {
				t.Errorf("facts of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
	ff, err := extract.ExtractArticle("s.txt", []byte("Seven new members joined ATA."), extract.ExtractOptions{Register: reg})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ff.Discovered {
		if d.Name == "Seven" {
			t.Errorf("discovered %q from a sentence-initial number word", d.Name)
		}
	}
}
