package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/loaders/facts"
	"github.com/telcograph/telcograph/schema"
)

// newsRegister is a register of canonical names only, as the blind sets
// give it: no short forms, no legal suffixes, no countries.
func newsRegister(t testing.TB) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister("news.yaml", []byte(`entities:
  acme-telecom: {name: Acme Telecom, type: company}
  borealis-networks: {name: Borealis Networks, type: company}
  cobalt-mobile: {name: Cobalt Mobile, type: company}
  granite-labs: {name: Granite Labs, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  kestrel-telecom: {name: Kestrel Telecom, type: company}
  larch-networks: {name: Larch Networks, type: company}
  meridian-mobile: {name: Meridian Mobile, type: company}
  polar-compute: {name: Polar Compute, type: company}
  open-edge-alliance: {name: Open Edge Alliance, type: alliance}
  radio-forum: {name: Radio Forum, type: alliance}
  edge-ai-partnership: {name: Edge AI Partnership, type: alliance}
  jane-park: {name: Jane Park, type: person}
  omar-haddad: {name: Omar Haddad, type: person}
  lena-berg: {name: Lena Berg, type: person}
`))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

type newsCase struct {
	name string
	text string
	want []string
}

func runNews(t *testing.T, tests []newsCase) {
	t.Helper()
	runNewsWith(t, newsRegister(t), tests)
}

// mustRegister reads a register written in a test.
func mustRegister(t testing.TB, name, yaml string) *schema.Register {
	t.Helper()
	reg, err := facts.ReadRegister(name, []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// runNewsWith runs the cases against the register reg.
func runNewsWith(t *testing.T, reg *schema.Register, tests []newsCase) {
	t.Helper()
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

// TestNewsMembers covers membership lists written the ways different
// reporters write them (the article date is 2025-06-12), and the near
// misses that state no membership.
func TestNewsMembers(t *testing.T) {
	fm := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "foundingMember("+id+",open-edge-alliance)")
		}
		return out
	}
	mo := func(alli string, ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "memberOf("+id+","+alli+")")
		}
		return out
	}
	runNews(t, []newsCase{
		{"founding members as a copula predicate", "The founding members of the Open Edge Alliance are Acme Telecom, Borealis Networks, Cobalt Mobile and Helix Wireless.",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile", "helix-wireless")},
		{"possessive founding members are", "The Open Edge Alliance's founding members are Acme Telecom, Borealis Networks and Granite Labs.",
			fm("acme-telecom", "borealis-networks", "granite-labs")},
		{"founding members after a dash", "The Open Edge Alliance launched with five founding members – Acme Telecom, Borealis Networks, Cobalt Mobile, Ion Cloud and Kestrel Telecom.",
			append([]string{"founded(open-edge-alliance)"}, fm("acme-telecom", "borealis-networks", "cobalt-mobile", "ion-cloud", "kestrel-telecom")...)},
		{"first members after a colon", "The Radio Forum has signed up its first members: Acme Telecom, Helix Wireless and Larch Networks.",
			mo("radio-forum", "acme-telecom", "helix-wireless", "larch-networks")},
		{"founding members in parentheses", "The Open Edge Alliance's founding members (Acme Telecom, Borealis Networks and Cobalt Mobile) will each appoint a director.",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"founded by N companies including", "The Open Edge Alliance was founded in 2023 by 12 companies, including Acme Telecom, Ion Cloud and Kestrel Telecom.",
			append([]string{"founded(open-edge-alliance) date=2023"}, fm("acme-telecom", "ion-cloud", "kestrel-telecom")...)},
		{"founding members such as", "Founding members such as Acme Telecom and Borealis Networks have pledged engineers to the Open Edge Alliance.",
			fm("acme-telecom", "borealis-networks")},
		{"N members, among them", "The Radio Forum now has 40 members, among them Cobalt Mobile and Helix Wireless.",
			mo("radio-forum", "cobalt-mobile", "helix-wireless")},
		{"a bullet list", "The founding members of the Open Edge Alliance are:\n- Acme Telecom\n- Borealis Networks\n- Cobalt Mobile",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"a numbered list with descriptions", "The Radio Forum welcomed these new members:\n1. Acme Telecom (Norway)\n2. Borealis Networks, a radio vendor\n3. Cobalt Mobile – an operator",
			append(mo("radio-forum", "acme-telecom", "borealis-networks", "cobalt-mobile"), "headquarteredIn(acme-telecom,NO)")},
		{"members in the next sentence", "The Open Edge Alliance was launched on Monday. Its founding members are Acme Telecom, Granite Labs and Meridian Mobile.",
			append([]string{"founded(open-edge-alliance) date=2025-06-09"}, fm("acme-telecom", "granite-labs", "meridian-mobile")...)},
		{"are the three founding members of", "Acme Telecom, Borealis Networks and Cobalt Mobile are the three founding members of the Open Edge Alliance.",
			fm("acme-telecom", "borealis-networks", "cobalt-mobile")},
		{"signed up as members of", "Helix Wireless and Ion Cloud have signed up as members of the Radio Forum.",
			mo("radio-forum", "helix-wireless", "ion-cloud")},
		{"has been joined by", "The Radio Forum has been joined by Larch Networks and Meridian Mobile.",
			mo("radio-forum", "larch-networks", "meridian-mobile")},
		{"membership spans", "Membership of the Radio Forum spans operators such as Acme Telecom and Kestrel Telecom and vendors such as Granite Labs.",
			mo("radio-forum", "acme-telecom", "granite-labs", "kestrel-telecom")},
		{"counts A among its members", "The Radio Forum counts Acme Telecom, Cobalt Mobile and Ion Cloud among its members.",
			mo("radio-forum", "acme-telecom", "cobalt-mobile", "ion-cloud")},
		{"other members include", "Acme Telecom joined the Radio Forum in May. Other members include Helix Wireless and Larch Networks.",
			[]string{"memberOf(acme-telecom,radio-forum)", "memberOf(helix-wireless,radio-forum)", "memberOf(larch-networks,radio-forum)"}},
		{"possessive members include", "The Radio Forum's members include Granite Labs and Meridian Mobile.",
			mo("radio-forum", "granite-labs", "meridian-mobile")},
		{"are among the founding members of", "Acme Telecom, Ion Cloud and Larch Networks are among the founding members of the Open Edge Alliance.",
			fm("acme-telecom", "ion-cloud", "larch-networks")},
		{"is a founding member of", "Kestrel Telecom is a founding member of the Open Edge Alliance.", fm("kestrel-telecom")},
		{"was one of the founders of", "Granite Labs was one of the founders of the Open Edge Alliance.", fm("granite-labs")},
		{"whose founding members include", "The Open Edge Alliance, whose founding members include Acme Telecom and Borealis Networks, met in Oslo.",
			fm("acme-telecom", "borealis-networks")},
		{"new members A and B joined", "New members Helix Wireless and Ion Cloud joined the Radio Forum at its June meeting.",
			mo("radio-forum", "helix-wireless", "ion-cloud")},
		{"the alliance's members, a list of N", "The Radio Forum met in Oslo. The alliance's 30 members include Cobalt Mobile and Meridian Mobile.",
			mo("radio-forum", "cobalt-mobile", "meridian-mobile")},
		{"other founding members are", "Acme Telecom co-founded the Open Edge Alliance in 2022. The other founding members are Borealis Networks and Ion Cloud.",
			append([]string{"founded(open-edge-alliance) date=2022"}, fm("acme-telecom", "borealis-networks", "ion-cloud")...)},

		// near misses
		{"in talks to join is no membership yet", "Cobalt Mobile is in talks to join the Open Edge Alliance.",
			[]string{"memberOf(cobalt-mobile,open-edge-alliance) modality=planned"}},
		{"an observer is no member", "Kestrel Telecom joined the Radio Forum as an observer.", nil},
		{"customers include is no membership", "The Radio Forum met in Oslo. Customers include Acme Telecom and Borealis Networks.", nil},
		{"declined to join", "Cobalt Mobile declined to join the Radio Forum.", nil},
		{"founding members of another body in the list's sentence", "Acme Telecom and Borealis Networks, which founded the Radio Forum, praised Helix Wireless.",
			[]string{"founded(radio-forum)", "foundingMember(acme-telecom,radio-forum)", "foundingMember(borealis-networks,radio-forum)"}},
	})
}

// TestNewsFounding covers founding dates and founders, active, passive
// and nominal (the article date is 2025-06-12, a Thursday).
func TestNewsFounding(t *testing.T) {
	runNews(t, []newsCase{
		{"was formed in a month", "The Radio Forum was formed in March 2022.", []string{"founded(radio-forum) date=2022-03"}},
		{"fronted participle founded in", "Founded in 2019, the Radio Forum now has 40 members.", []string{"founded(radio-forum) date=2019"}},
		{"launched by several, active", "Acme Telecom, Borealis Networks and Cobalt Mobile launched the Open Edge Alliance in 2024.",
			[]string{"founded(open-edge-alliance) date=2024", "foundingMember(acme-telecom,open-edge-alliance)",
				"foundingMember(borealis-networks,open-edge-alliance)", "foundingMember(cobalt-mobile,open-edge-alliance)"}},
		{"the launch of X in", "The launch of the Radio Forum in January 2024 drew 20 operators.", []string{"founded(radio-forum) date=2024-01"}},
		{"which was set up in", "The Open Edge Alliance, which was set up in 2020, publishes specifications.", []string{"founded(open-edge-alliance) date=2020"}},
		{"formed as X by", "Acme Telecom and Ion Cloud formed the Open Edge Alliance last year.",
			[]string{"founded(open-edge-alliance) date=2024", "foundingMember(acme-telecom,open-edge-alliance)", "foundingMember(ion-cloud,open-edge-alliance)"}},
		{"founders of X include", "The founders of the Radio Forum include Larch Networks and Meridian Mobile.",
			[]string{"foundingMember(larch-networks,radio-forum)", "foundingMember(meridian-mobile,radio-forum)"}},

		// near misses
		{"plans to launch an alliance", "Acme Telecom plans to launch an alliance next year.", nil},
		// the company's founding is a fact (found_company.go); Jane Park
		// is no founding member of anything
		{"a founder of a company is no alliance founder", "Jane Park founded Granite Labs in 2019.", []string{"founded(granite-labs) date=2019", "foundedBy(granite-labs,jane-park)"}},
	})
}

// TestNewsJointVentures covers joint ventures named in the ways news
// names them, and the near misses.
func TestNewsJointVentures(t *testing.T) {
	jv := "jointVenture(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"a 51:49 venture between", "Polar Compute is a 51:49 venture between Acme Telecom and Cobalt Mobile.", []string{jv + " share=51:49"}},
		{"JV partners A and B", "JV partners Acme Telecom and Cobalt Mobile will each hold half of Polar Compute.", []string{jv}},
		// the register knows Polar Compute as a company: its founding is
		// stated too (venture_shapes.go; found_company.go for the types)
		{"set up a joint venture, its name in apposition", "Acme Telecom and Cobalt Mobile have set up a joint venture, Polar Compute.", []string{"founded(polar-compute)", jv}},
		{"formed a joint venture with", "Acme Telecom has formed a joint venture with Cobalt Mobile.", []string{jv}},
		{"X, a joint venture of A and B", "Polar Compute, a joint venture of Acme Telecom and Cobalt Mobile, hired 40 engineers.", []string{jv}},
		{"the joint venture between A and B", "The joint venture between Acme Telecom and Cobalt Mobile will be called Polar Compute.", []string{jv}},
		{"X is jointly owned by", "Polar Compute is jointly owned by Acme Telecom and Cobalt Mobile.", []string{jv}},
		{"will create a joint venture", "Acme Telecom and Cobalt Mobile will create a joint venture to sell cloud services.", []string{jv + " modality=planned"}},

		// near misses
		{"ruled out a joint venture", "Acme Telecom ruled out a joint venture with Cobalt Mobile.", nil},
	})
}

// TestNewsInvestors covers investors in funding rounds and stakes.
func TestNewsInvestors(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		// The lead carries the round's total, as the blind gold gives it
		// (writer c: "raised $50 million in a Series A round co-led by").
		{"led by A with participation from B and C", "Granite Labs raised $50 million in a Series B round led by Acme Telecom, with participation from Borealis Networks and Cobalt Mobile.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$50 million", inv("borealis-networks", "granite-labs"), inv("cobalt-mobile", "granite-labs")}},
		{"a seed round led by", "Granite Labs closed a $20 million seed round led by Acme Telecom.", []string{inv("acme-telecom", "granite-labs")}},
		{"investors in the round include", "Granite Labs raised $30 million on Monday. Investors in the round include Acme Telecom and Ion Cloud.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"took a stake in", "Acme Telecom has taken a 10% stake in Granite Labs.", []string{inv("acme-telecom", "granite-labs")}},
		{"took part in the round", "Acme Telecom took part in Granite Labs' $40 million funding round.", []string{inv("acme-telecom", "granite-labs")}},
		{"existing investors also joined the round", "Granite Labs raised $30 million in a round led by Acme Telecom. Existing investors Borealis Networks and Ion Cloud also joined the round.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$30 million", inv("borealis-networks", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"the other participants were", "Granite Labs confirmed a Series C of 80 million euros on Tuesday. Acme Telecom led the round. The other participants were Ion Cloud and Kestrel Telecom.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"the round was co-led by", "Granite Labs raised $25 million. The round was co-led by Acme Telecom and Ion Cloud.",
			[]string{inv("acme-telecom", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"invested in", "Acme Telecom invested in Granite Labs in 2023.", []string{inv("acme-telecom", "granite-labs") + " date=2023"}},
		{"an investor in", "Ion Cloud is an early investor in Granite Labs.", []string{inv("ion-cloud", "granite-labs")}},
		{"funding from", "Granite Labs has received funding from Acme Telecom and Kestrel Telecom.",
			[]string{inv("acme-telecom", "granite-labs"), inv("kestrel-telecom", "granite-labs")}},
		{"backers include", "Granite Labs makes radio chips. Its backers include Acme Telecom and Meridian Mobile.",
			[]string{inv("acme-telecom", "granite-labs"), inv("meridian-mobile", "granite-labs")}},

		// near misses
		{"customers include is no investment", "Granite Labs makes radio chips. Its customers include Acme Telecom and Meridian Mobile.", nil},
		{"plans to invest", "Acme Telecom plans to invest in Granite Labs.", []string{inv("acme-telecom", "granite-labs") + " modality=planned"}},
	})
}

// TestNewsLeaders covers chairs and leading organisations.
func TestNewsLeaders(t *testing.T) {
	ch := func(p, o string) string { return "chairmanOf(" + p + "," + o + ")" }
	runNews(t, []newsCase{
		{"org chairman name", "Acme Telecom chairman Jane Park said the deal was done.", []string{ch("jane-park", "acme-telecom")}},
		{"possessive board chair", "Jane Park, Acme Telecom's board chair, welcomed the deal.", []string{ch("jane-park", "acme-telecom")}},
		{"titles in an attendee list", "Attendees included Jane Park, chairman of Acme Telecom, and Omar Haddad, chief executive of Cobalt Mobile.",
			[]string{ch("jane-park", "acme-telecom"), "ceoOf(omar-haddad,cobalt-mobile)"}},
		{"elected chair of", "Jane Park was elected chair of the Radio Forum in May.", []string{ch("jane-park", "radio-forum")}},
		{"chairperson apposition", "The Radio Forum's chairperson, Lena Berg, opened the meeting.", []string{ch("lena-berg", "radio-forum")}},
		{"appointed as its chairman", "Acme Telecom appointed Jane Park as its chairman.", []string{ch("jane-park", "acme-telecom")}},
		{"executive chairman of", "Omar Haddad, executive chairman of Cobalt Mobile, spoke first.", []string{ch("omar-haddad", "cobalt-mobile")}},
		{"is led by", "The Radio Forum is led by Acme Telecom.", []string{"ledBy(radio-forum,acme-telecom)"}},
		{"the A-led X", "The Acme Telecom-led Radio Forum published its first report.", []string{"ledBy(radio-forum,acme-telecom)"}},
		{"heads X", "Acme Telecom heads the Open Edge Alliance.", []string{"ledBy(open-edge-alliance,acme-telecom)"}},
		{"spearheaded by", "Spearheaded by Acme Telecom, the Radio Forum now has 30 members.", []string{"ledBy(radio-forum,acme-telecom)"}},

		// near misses
		{"a vice chair", "Jane Park, vice chair of Acme Telecom, spoke.", nil},
	})
}

// TestNewsPartners covers partnership phrasings and the near misses.
func TestNewsPartners(t *testing.T) {
	pa := "partnerOf(acme-telecom,cobalt-mobile)"
	runNews(t, []newsCase{
		{"has partnered with", "Acme Telecom has partnered with Cobalt Mobile to build edge clouds.", []string{pa}},
		{"signed a memorandum of understanding", "Acme Telecom and Cobalt Mobile have signed a memorandum of understanding on AI.", []string{pa}},
		{"is working with", "Acme Telecom said it is working with Cobalt Mobile on network automation.", []string{pa}},
		{"teamed up with", "Acme Telecom has teamed up with Cobalt Mobile.", []string{pa}},
		{"announced a collaboration", "Acme Telecom and Cobalt Mobile announced a collaboration on AI-RAN.", []string{pa}},
		{"struck a deal with", "Acme Telecom struck a deal with Cobalt Mobile to resell its models.", []string{pa}},
		{"expanded its partnership with", "Acme Telecom expanded its partnership with Cobalt Mobile.", []string{pa}},

		// near misses
		{"customers include", "Acme Telecom sells radios. Its customers include Cobalt Mobile.", nil},
		{"competes with", "Acme Telecom competes with Cobalt Mobile.", nil},
		{"talks about a partnership", "Acme Telecom is in talks with Cobalt Mobile about a partnership.", nil},
	})
}
