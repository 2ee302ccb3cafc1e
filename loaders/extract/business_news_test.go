package extract_test

import (
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/telcograph/telcograph/schema"
)

// TestNewsBatchMembers covers memberships announced in batches and from
// the member's side, with sentences written for the test (issue 13), and
// the near misses that state no membership.
func TestNewsBatchMembers(t *testing.T) {
	mo := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "memberOf("+id+",radio-forum)")
		}
		return out
	}
	fm := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, "foundingMember("+id+",radio-forum)")
		}
		return out
	}
	runNews(t, []newsCase{
		{"grew with the addition of firms such as", "The Radio Forum opened to outside firms last year. Its membership climbed to 48 with the addition of firms such as Ion Cloud and Larch Networks.",
			mo("ion-cloud", "larch-networks")},
		{"the addition of A and B", "Membership of the Radio Forum now stands at 30 after the addition of Helix Wireless and Polar Compute.",
			mo("helix-wireless", "polar-compute")},
		{"possessive members, among them", "Kestrel Telecom will sit alongside the Radio Forum's sponsor members, among them Acme Telecom and Cobalt Mobile, on the technical committee.",
			mo("acme-telecom", "cobalt-mobile")},
		{"joined its board", "The Radio Forum said on Monday that Borealis Networks and Ion Cloud have joined its board.",
			[]string{"memberOf(borealis-networks,radio-forum) since=2025-06-09", "memberOf(ion-cloud,radio-forum) since=2025-06-09"}},
		{"among the first to sign up", "The Radio Forum opened to new members in March. Meridian Mobile was among the first to sign up.", mo("meridian-mobile")},
		{"became the Nth operator to join", "Kestrel Telecom became the fourth operator to join the Radio Forum.", mo("kestrel-telecom")},
		{"one of the N founders", "The Radio Forum held its first summit. The keynote came from Omar Haddad, chief executive of Granite Labs, one of the six founders.",
			append(fm("granite-labs"), "ceoOf(omar-haddad,granite-labs)")},
		{"relative clause names the founders", "The Radio Forum, the body that Acme Telecom and Cobalt Mobile set up in March 2021, met in Seoul.",
			[]string{"founded(radio-forum) date=2021-03", "foundingMember(acme-telecom,radio-forum) since=2021-03", "foundingMember(cobalt-mobile,radio-forum) since=2021-03"}},
		{"founders and N others", "Helix Wireless joined the Radio Forum, the group that Acme Telecom, Cobalt Mobile and five other companies launched.",
			append(fm("acme-telecom", "cobalt-mobile"), mo("helix-wireless")...)},

		// near misses
		{"addition of a product is no membership", "Acme Telecom grew its revenue with the addition of Granite Labs' chips.", nil},
		{"not among the first to join", "Meridian Mobile was not among the first to join the Radio Forum.", nil},
		{"joined a company's board", "Jane Park has joined the board of Acme Telecom.", nil},
		{"one of the founders of a company", "Granite Labs, one of the founders' favourite suppliers, grew.", nil},
	})
}

// TestNewsRoundsAcrossSentences covers rounds whose lead and followers
// come in sentences of their own, leads given with the raiser's
// possessive, control and shareholdings, and the near misses.
func TestNewsRoundsAcrossSentences(t *testing.T) {
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	runNews(t, []newsCase{
		{"lead with the raiser's possessive", "Acme Telecom led Granite Labs' $60 million Series B this week.",
			[]string{inv("acme-telecom", "granite-labs") + " amount=$60 million"}},
		{"possessive lead, follower in the same sentence", "Ion Cloud led Polar Compute's $12 million seed round, and Larch Networks also took part.",
			[]string{inv("ion-cloud", "polar-compute") + " amount=$12 million", inv("larch-networks", "polar-compute")}},
		{"followers followed with smaller amounts", "Granite Labs has raised $90 million. Acme Telecom led the round. Cobalt Mobile and Ion Cloud followed with smaller cheques.",
			[]string{inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"came in as a strategic investor", "Granite Labs raised $15 million on Monday. Kestrel Telecom came in as a strategic investor.",
			[]string{inv("kestrel-telecom", "granite-labs")}},
		{"joining it were", "Polar Compute raised $40 million last week. Acme Telecom put up the largest share and led the round; joining it were Ion Cloud and Larch Networks.",
			[]string{inv("acme-telecom", "polar-compute"), inv("ion-cloud", "polar-compute"), inv("larch-networks", "polar-compute")}},
		{"among the other investors, three sentences on", "Granite Labs closed a $70 million round on Tuesday. The round was led by Acme Telecom. Cobalt Mobile also took part. Helix Wireless and Ion Cloud, two network operators, were among the other investors.",
			[]string{inv("acme-telecom", "granite-labs"), inv("cobalt-mobile", "granite-labs"), inv("helix-wireless", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"controlled by", "Granite Labs, the radio chip designer controlled by Acme Telecom, opened an office in Oslo.", []string{inv("acme-telecom", "granite-labs")}},
		{"that controls", "Acme Telecom, the holding company that controls Cobalt Mobile, reported results.", []string{inv("acme-telecom", "cobalt-mobile")}},
		{"became shareholders in", "Ion Cloud and Larch Networks became shareholders in Polar Compute in 2022.",
			[]string{inv("ion-cloud", "polar-compute") + " date=2022", inv("larch-networks", "polar-compute") + " date=2022"}},

		// near misses
		{"a round that may happen", "Granite Labs may raise a new round next year. Acme Telecom is among the potential investors.", nil},
		{"acquisition is no round", "Acme Telecom led the acquisition of Granite Labs.", nil},
		{"a customer deal", "Granite Labs raised $30 million. Cobalt Mobile came in as its first customer.", nil},
		{"considering an investment", "Granite Labs raised $8 million. Acme Telecom is considering an investment.", nil},
		{"a person controls", "Jane Park, who controls Acme Telecom, spoke.", nil},
	})
}

// TestNewsVentureOwnership covers joint ventures whose ownership is split
// across sentences and referred to rather than named, and the near misses.
func TestNewsVentureOwnership(t *testing.T) {
	reg := newsRegister(t)
	if err := reg.Add(schema.Entity{Slug: "tundra-ai", Name: "Tundra AI", Type: schema.TypeJointVenture}); err != nil {
		t.Fatal(err)
	}
	inv := func(investor string) string { return "investedIn(" + investor + ",tundra-ai)" }
	jv := "jointVenture(acme-telecom,cobalt-mobile)"
	tests := []newsCase{
		{"owns N% of the new company, the remaining N%", "Acme Telecom has incorporated Tundra AI. Cobalt Mobile, a long-time supplier of the operator, owns 55% of the new company. Acme Telecom holds the remaining 45%.",
			[]string{inv("acme-telecom"), inv("cobalt-mobile"), jv}},
		{"the two companies split the venture evenly", "Acme Telecom and Cobalt Mobile today announced Tundra AI, a venture for AI services. The two companies will split the venture evenly.",
			[]string{inv("acme-telecom") + " modality=planned", inv("cobalt-mobile") + " modality=planned", jv + " modality=planned"}},
		{"own it on a 50:50 basis", "Acme Telecom and Cobalt Mobile already own Tundra AI on a 50:50 basis.",
			[]string{inv("acme-telecom"), inv("cobalt-mobile"), jv}},

		// near misses
		{"a share of a market is no stake", "Acme Telecom holds 30% of the Korean market.", nil},
		{"a venture called off", "Acme Telecom and Cobalt Mobile called off Tundra AI. The two companies had planned to split the venture evenly.", nil},
		{"a single owner is no joint venture", "Tundra AI was set up last year. Acme Telecom owns 80% of the new company.", []string{"founded(tundra-ai) date=2024", inv("acme-telecom")}},
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
