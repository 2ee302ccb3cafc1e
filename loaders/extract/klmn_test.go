package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/facts"
)

// TestKLMN reads shapes that writers k, l, m and n (issue 13) use, told in
// our own sentences with invented names, each next to a near miss.
func TestKLMN(t *testing.T) {
	reg, err := facts.ReadRegister("klmn.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  delta-ventures: {name: Delta Ventures, type: company}
  open-fabric-initiative: {name: Open Fabric Initiative, type: alliance}
  kestrel-towers: {name: Kestrel Towers, type: company}
  jane-park: {name: Jane Park, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, rel, text string
		want            []string
	}{
		// A nationality description set before a name qualifies that name
		// (hq_prenominal.go), not the company named before it.
		{"description before a name is that name's", "headquarteredIn", "Acme Telecom and Borealis Networks signed, alongside the Finnish ferry group Cobalt Mobile.",
			[]string{"headquarteredIn(cobalt-mobile,FI)"}},
		{"description before a name ending a list", "headquarteredIn", "Buyers include Acme Telecom and Danish shipping house Delta Ventures.",
			[]string{"headquarteredIn(delta-ventures,DK)"}},
		{"investor as a head noun", "headquarteredIn", "The round was led by Swedish investor Delta Ventures.",
			[]string{"headquarteredIn(delta-ventures,SE)"}},
		{"near miss: a description standing alone is the company named before", "headquarteredIn", "Acme Telecom sold its towers. The Finnish operator said on Monday it would keep its fibre.",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		{"near miss: a description before a reporting verb is still a reference", "headquarteredIn", "Acme Telecom sold its towers, and the Finnish operator Said nothing more.",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		// "investors, among them A and B" lists investors, not a group's
		// members (frames_among.go).
		{"investors among them are no members", "memberOf", "Open Fabric Initiative was presented on Monday. Cobalt Mobile and Delta Ventures are among its signatories. About a dozen investors, among them Acme Telecom and Borealis Networks, pledged 5 billion euros.",
			[]string{"memberOf(cobalt-mobile,open-fabric-initiative)", "memberOf(delta-ventures,open-fabric-initiative)"}},
		{"near miss: investors among them who joined the group", "memberOf", "About a dozen investors, among them Acme Telecom and Borealis Networks, joined Open Fabric Initiative.",
			[]string{"memberOf(acme-telecom,open-fabric-initiative)", "memberOf(borealis-networks,open-fabric-initiative)"}},
		// A question put to someone and an unconfirmed report state
		// nothing (modality_open.go).
		{"question put to a manager states nothing", "partnerOf", "Asked whether Acme Telecom had signed a partnership agreement with Borealis Networks, a manager said it had not.",
			nil},
		{"near miss: the same agreement told as fact", "partnerOf", "Acme Telecom had signed a partnership agreement with Borealis Networks, a manager said.",
			[]string{"partnerOf(acme-telecom,borealis-networks)"}},
		{"unconfirmed report states nothing", "investedIn", "Reports that Delta Ventures had taken a stake in Cobalt Mobile were not confirmed.",
			nil},
		{"near miss: a confirmed report", "investedIn", "Reports that Delta Ventures had taken a stake in Cobalt Mobile were confirmed on Monday.",
			[]string{"investedIn(delta-ventures,cobalt-mobile)"}},
		// "Towers" is a business word a company's short name drops
		// (lexicon.go): "IHS" for IHS Towers.
		{"short name without Towers", "ceoOf", "Kestrel Towers builds masts. Jane Park, chief executive of Kestrel, said the company would grow.",
			[]string{"ceoOf(jane-park,kestrel-towers)"}},
		{"near miss: Towers alone is not the short name", "ceoOf", "Kestrel Towers builds masts. Jane Park, chief executive of Towers, said the company would grow.",
			[]string{"ceoOf(jane-park,towers)"}},
		// A deal verb between "N's" and a name (hq_headline.go).
		{"headline verb between possessive country and name", "headquarteredIn", "Finland's fund buys Acme Telecom",
			nil},
		{"near miss: possessive country before the name", "headquarteredIn", "Finland's largest operator Acme Telecom buys a fund",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		{"near miss: a hyphenated modifier is no verb", "headquarteredIn", "Finland's state-backed Acme Telecom buys a fund",
			[]string{"headquarteredIn(acme-telecom,FI)"}},
		// A place compound describes the words after it up to "owned by"
		// and the like, not the name after them (hq_prenominal.go).
		{"place compound before 'owned by' is not the owner's", "headquarteredIn", "Acme Telecom bought a Finland-based operator owned by Delta Ventures.",
			nil},
		{"near miss: place compound right before the name", "headquarteredIn", "Acme Telecom bought Finland-based operator Delta Ventures.",
			[]string{"headquarteredIn(delta-ventures,FI)"}},
		// A title over a company's holding is no title at the company
		// (relations.go personRole, holdingArg).
		{"chief executive of a company's unit", "ceoOf", "Jane Park, chief executive of Acme Telecom's data-centre unit, spoke on Monday.",
			nil},
		{"near miss: chief executive of the company", "ceoOf", "Jane Park, chief executive of Acme Telecom, spoke on Monday.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		// An adverb before the title ("who is also", "then", "until now").
		{"title after 'who is also'", "ceoOf", "Jane Park, who is also chief executive of Acme Telecom, spoke on Monday.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"title after 'then'", "ceoOf", "Jane Park, then chief executive of Acme Telecom, started the sale.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"near miss: an adverb before another title", "ceoOf", "Jane Park, who is also chief financial officer of Acme Telecom, spoke on Monday.",
			nil},
		// Titles told by a possessive copula or a "whose" clause
		// (titles_copula.go).
		{"possessive title is the person", "ceoOf", "Acme Telecom's chief executive is Jane Park.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"whose chief executive", "ceoOf", "The deal gives Acme Telecom, whose chief executive Jane Park has pushed into cloud, a larger stake.",
			[]string{"ceoOf(jane-park,acme-telecom)"}},
		{"whose chairman", "chairmanOf", "The deal gives Acme Telecom, whose chairman Jane Park has pushed into cloud, a larger stake.",
			[]string{"chairmanOf(jane-park,acme-telecom)"}},
		{"near miss: the person in the possessive is someone else", "ceoOf", "Acme Telecom's chief executive is Jane Park's successor.",
			nil},
		{"near miss: a holding's chief executive", "ceoOf", "Acme Telecom's unit's chief executive is Jane Park.",
			nil},
		// Membership told with "belong to" (families_belong.go).
		{"counted carriers belong to a group", "memberOf", "Acme Telecom, Borealis Networks, Cobalt Mobile and Delta Ventures signed the pact. All four carriers belong to the Open Fabric Initiative.",
			[]string{"memberOf(acme-telecom,open-fabric-initiative)", "memberOf(borealis-networks,open-fabric-initiative)", "memberOf(cobalt-mobile,open-fabric-initiative)", "memberOf(delta-ventures,open-fabric-initiative)"}},
		{"near miss: belonging to a company is ownership", "memberOf", "Acme Telecom belongs to Delta Ventures.",
			nil},
		{"near miss: no longer belongs", "memberOf", "Acme Telecom no longer belongs to the Open Fabric Initiative.",
			nil},
		// A thing run together is a shared venture, led by neither
		// (lead_joint.go).
		{"run together is no leadership", "ledBy", "Acme Telecom and Borealis Networks run Cobalt Mobile together as a neutral network.",
			nil},
		// Nor does one company that runs a plain company lead a group: it
		// owns or operates it (lead_company.go).
		{"near miss: run by one", "ledBy", "Acme Telecom runs Cobalt Mobile as a neutral network.",
			nil},
		// Finance heads in a possessive-country apposition.
		{"apposition naming a country's finance institution", "headquarteredIn", "Delta Ventures, Denmark's development finance institution, joined the round.",
			[]string{"headquarteredIn(delta-ventures,DK)"}},
		{"near miss: the institution belongs to a person", "headquarteredIn", "Delta Ventures, Jane Park's finance institution, joined the round.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := perturbGot(t, reg, pcase{family: "klmn", name: tt.name, text: tt.text, want: []string{tt.rel + "(x)"}})
			want := append([]string(nil), tt.want...)
			sort.Strings(want)
			if diff := cmp.Diff(want, got, cmpEmpty); diff != "" {
				t.Errorf("facts of %q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
