package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestWireNews reads shapes of wire copy seen in writer g's and h's tune
// articles, told here in our own sentences with invented names, each next
// to the near miss that must state nothing.
func TestWireNews(t *testing.T) {
	reg, err := facts.ReadRegister("wire.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  delta-ventures: {name: Delta Ventures, type: company}
  open-fabric-initiative: {name: Open Fabric Initiative, type: alliance}
  jane-park: {name: Jane Park, type: person}
  tom-lee: {name: Tom Lee, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		want       []string
	}{
		// Headquarters (hq_lists.go, hq_city.go, coref.go).
		{"hq semicolon list: a singular apposition is the last item's", "The signatories are Acme Telecom, the Finnish incumbent; Borealis Networks; and Cobalt Mobile, Japan's largest carrier.",
			[]string{"headquarteredIn(acme-telecom,FI)", "headquarteredIn(cobalt-mobile,JP)"}},
		{"hq plural apposition after a list is every item's", "Acme Telecom and Cobalt Mobile, Japan's largest carriers, signed the pledge.",
			[]string{"headquarteredIn(acme-telecom,JP)", "headquarteredIn(cobalt-mobile,JP)"}},
		{"hq possessive apposition describes the owner, not the name", "Delta Ventures, the Japanese operator's investment arm, took part in the round.",
			nil},
		{"hq description after a person-led clause is not the employer named in passing", "Jane Park, the former Delta Ventures chief who joined Acme Telecom's board in 2018, replaced Tom Lee, who had run the Finnish carrier since 2018.",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		{"hq possessive description inside a sentence is its nearest company", "Delta Ventures built a 10% stake in Acme Telecom, making the Japanese group the Finnish operator's largest shareholder.",
			[]string{"headquarteredIn(acme-telecom,FI)", "headquarteredIn(delta-ventures,JP)"}},
		{"hq description opening a clause after a colon is the company just named", "Cobalt Mobile counts Acme Telecom among its backers: the Finnish operator put money into the company in 2024.",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		{"hq description opening a sentence is still the last subject", "Cobalt Mobile counts Acme Telecom among its backers. The Finnish operator sells phones.",
			[]string{"headquarteredIn(cobalt-mobile,FI)"}},
		{"hq city descriptor states no country", "The Helsinki-based Acme Telecom launched an AI assistant.", nil},
		{"hq city and country still state it", "Acme Telecom is headquartered in Helsinki, Finland.", []string{"headquarteredIn(acme-telecom,FI)"}},
		{"hq city between 'in' and the country is a place, not an organisation", "Cobalt Mobile, which is based in Lakeside, Finland, is run by co-CEOs Jane Park and Tom Lee.",
			[]string{"headquarteredIn(cobalt-mobile,FI)"}},
		{"lead titles are no organisation", "Cobalt Mobile, which is based in Lakeside, Finland, is run by co-CEOs Jane Park and Tom Lee.", nil},
		// Investments (alias_defs.go, modality_report.go, invest_backed.go).
		{"invest alias 'which trades as'", "Acme Telecommunications Group, which trades as Acme Telecom, took a 10% stake in Borealis Networks.",
			[]string{"investedIn(acme-telecom,borealis-networks)"}},
		{"invest alias 'known as'", "Acme Telecommunications Group, known as Acme Telecom, took a 10% stake in Borealis Networks.",
			[]string{"investedIn(acme-telecom,borealis-networks)"}},
		{"invest denied report states nothing", "Acme Telecom denied a newspaper report that it was considering buying a stake in Borealis Networks.", nil},
		{"invest report not denied is planned, still stated", "Acme Telecom said it was considering buying a stake in Borealis Networks.",
			[]string{"investedIn(acme-telecom,borealis-networks)"}},
		{"invest stake in a company's operations is not in the company", "Acme Telecom bought a controlling stake in Cobalt Mobile's operations in Spain.", nil},
		{"invest stake in the company itself", "Acme Telecom bought a controlling stake in Cobalt Mobile.", []string{"investedIn(acme-telecom,cobalt-mobile)"}},
		{"invest participle clause 'backed by'", "Borealis Networks, backed by Acme Telecom, sells radio chips.", []string{"investedIn(acme-telecom,borealis-networks)"}},
		{"invest participle clause that is not backing", "Borealis Networks, founded by Jane Park, sells radio chips.", nil},
		{"invest 'owns all of'", "Acme Telecom now owns all of Cobalt Mobile.", []string{"investedIn(acme-telecom,cobalt-mobile)"}},
		{"invest 'each own half of'", "Acme Telecom and Borealis Networks each own half of Cobalt Mobile.",
			[]string{"investedIn(acme-telecom,cobalt-mobile)", "investedIn(borealis-networks,cobalt-mobile)"}},
		{"invest 'controls about 65% of'", "Acme Telecom controls about 65% of Cobalt Mobile.", []string{"investedIn(acme-telecom,cobalt-mobile)"}},
		{"invest control of something a company runs is no share", "Acme Telecom controls the network of Cobalt Mobile.", nil},
		{"invest 'their own' is no ownership", "Acme Telecom and Borealis Networks each run their own networks.", nil},
		{"invest owners never own one of themselves", "Acme Telecom and Borealis Networks set up a venture. Acme Telecom and Borealis Networks each own half of it.", nil},
		{"lead a round's name is no organisation", "In December Acme Telecom led a 385 million euro Series A in Cobalt Mobile.", nil},
		{"hq corporate words continue a known name", "Cobalt Mobile Holding AG, which has its head office in Lakeside, Finland, sells phones.",
			[]string{"headquarteredIn(cobalt-mobile,FI)"}},
		// Partnerships (partner_group.go, nlp_adverbs.go).
		// three or more parties working together are a consortium, not
		// pairwise partnerships (partner_group.go)
		{"partner four named parties work together are no pairs", "Acme Telecom, Borealis Networks, Cobalt Mobile and Delta Ventures will work together on open radio networks.",
			nil},
		{"partner 'they' after a counted pair", "Who signed? Acme Telecom and Borealis Networks. The two companies said they would work together on open radio networks.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"partner 'they' after a counted group of three is no pair", "Who signed? Acme Telecom, Borealis Networks and Cobalt Mobile. The three companies said they would work together on open radio networks.",
			nil},
		{"partner 'they' subject of a coordinated verb", "Acme Telecom and Borealis Networks said on Monday they would swap shares and work together on radio software.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"partner 'they' with a with-phrase partner is not a pair of the subjects", "Acme Telecom and Borealis Networks said they would work with Cobalt Mobile on radio software.",
			[]string{"partnerOf(acme-telecom,cobalt-mobile)", "partnerOf(borealis-networks,cobalt-mobile)"}},
		{"partner 'first' between subject and verb", "Acme Telecom and Borealis Networks first teamed up in 2019 on mobile payments.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"partner many parties signing to set up a venture are not partners", "Acme Telecom, Borealis Networks and Cobalt Mobile signed an agreement to set up a joint venture.", nil},
		{"partner counted parties that each cooperate are not paired", "Acme Telecom, Borealis Networks and Cobalt Mobile invest in start-ups. All three continue to cooperate on growing their investments.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rels []string
			switch tt.name[:3] {
			case "hq ":
				rels = []string{"headquarteredIn(x)"}
			case "inv":
				rels = []string{"investedIn(x)"}
			case "lea":
				rels = []string{"ledBy(x)"}
			default:
				rels = []string{"partnerOf(x)"}
			}
			got := perturbGot(t, reg, pcase{family: "wire", name: tt.name, text: tt.text, want: rels})
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if diff := cmp.Diff(want, got, cmpEmpty); diff != "" {
				t.Errorf("facts of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
