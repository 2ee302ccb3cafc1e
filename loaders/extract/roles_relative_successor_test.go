package extract_test

import (
	"testing"

	"github.com/telcograph/telcograph/schema"
)

// z26Register names the companies and people of round 22's role tests
// (helper z26role).
func z26Register(t testing.TB) *schema.Register {
	t.Helper()
	return mustRegister(t, "z26.yaml", `entities:
  birchwood-telecom: {name: Birchwood Telecom, type: company}
  fjordline-networks: {name: Fjordline Networks, type: company}
  pelican-cloud: {name: Pelican Cloud, type: company}
  orrin-systems: {name: Orrin Systems, type: company}
  orrin-group: {name: Orrin Group, type: company}
  hana-sato: {name: Hana Sato, type: person}
  pavel-novak: {name: Pavel Novak, type: person}
  ines-duarte: {name: Ines Duarte, type: person}
  marek-wolny: {name: Marek Wolny, type: person}
`)
}

// TestRelativeSuccessorCompany: "Q replaced P, who ran the <description>":
// the description is the company whose title the successor holds, not
// another company the sentences before named (roles_relative_successor.go).
func TestRelativeSuccessorCompany(t *testing.T) {
	runNewsWith(t, z26Register(t), []newsCase{
		{"replaced P, who had run the operator (a rival named before)",
			"Orrin Systems, led by chief executive Pavel Novak since 2023, kept a single boss, while Pelican Cloud promoted Hana Sato to president and CEO last November. Sato replaced Ines Duarte, who had run the operator for three years.",
			[]string{"ceoOf(pavel-novak,orrin-systems)", "ceoOf(hana-sato,pelican-cloud)", "ceoOf(ines-duarte,pelican-cloud) modality=past"}},
		{"pronoun successor, a former employer named between",
			"Hana Sato took over as Pelican Cloud's chief executive on March 1. She was until then a board member at Birchwood Telecom. She replaced Ines Duarte, who led the carrier for six years.",
			[]string{"ceoOf(hana-sato,pelican-cloud)", "ceoOf(ines-duarte,pelican-cloud) modality=past"}},
		{"succeeded P, who had chaired the group",
			"Hana Sato became chairman of Pelican Cloud in June, after years at Orrin Systems. She succeeded Marek Wolny, who had chaired the group since 2019.",
			[]string{"chairmanOf(hana-sato,pelican-cloud)", "chairmanOf(marek-wolny,pelican-cloud) modality=past"}},
		{"replaces P, who has run the company (present successor)",
			"Birchwood Telecom named Hana Sato chief executive in May; Fjordline Networks had hoped to hire her. Sato replaces Marek Wolny, who has run the company since 2015.",
			[]string{"ceoOf(hana-sato,birchwood-telecom)", "ceoOf(marek-wolny,birchwood-telecom) modality=past"}},
		{"near miss: a name in the relative is kept",
			"Pelican Cloud named Hana Sato chief executive in May. Sato replaced Ines Duarte, who had led Orrin Systems for a decade.",
			[]string{"ceoOf(hana-sato,pelican-cloud)", "ceoOf(ines-duarte,pelican-cloud) modality=past", "ceoOf(ines-duarte,orrin-systems) modality=past"}},
	})
}

// TestBoardOwnerCompany: "X's board, chaired by P" is X's board when X is
// a company, not the company the article is about (lead_board.go).
func TestBoardOwnerCompany(t *testing.T) {
	runNewsWith(t, z26Register(t), []newsCase{
		{"the acquired company's board",
			"Fjordline Networks completed its purchase of Pelican Cloud on Monday. Pelican Cloud's board, chaired by Hana Sato, had turned down two earlier offers.",
			[]string{"chairmanOf(hana-sato,pelican-cloud)"}},
		{"the buyer's supervisory board, the seller first",
			"Orrin Systems agreed to sell its cloud arm to Birchwood Telecom. Birchwood Telecom's supervisory board, chaired by Pavel Novak, approved the deal on Friday.",
			[]string{"chairmanOf(pavel-novak,birchwood-telecom)"}},
		{"near miss: a person's board",
			"Fjordline Networks completed its purchase of Pelican Cloud on Monday. Hana Sato's board, chaired by Pavel Novak, had turned down two earlier offers.",
			nil},
		{"near miss: a committee, not the board",
			"Fjordline Networks completed its purchase of Pelican Cloud on Monday. Pelican Cloud's audit committee, chaired by Hana Sato, had raised concerns.",
			nil},
	})
}

// TestGroupInNextParagraph: "the group" in a paragraph that has named
// another company is not a company named Group in the paragraph before
// (coref_group_corp.go, paraNamesOther); within one paragraph it still is.
func TestGroupInNextParagraph(t *testing.T) {
	runNewsWith(t, z26Register(t), []newsCase{
		{"a digest's next item: who ran the group",
			"2. Orrin Group. Pavel Novak, chief executive of Orrin Group, said the company would build two data centres.\n\n3. Pelican Cloud. Pelican Cloud's chief executive since 2024, Hana Sato, said the operator would sell its towers. She succeeded Ines Duarte, who ran the group for nine years.",
			[]string{"ceoOf(pavel-novak,orrin-group)", "ceoOf(ines-duarte,pelican-cloud) modality=past"}},
		{"the group's chairman in apposition",
			"Orrin Group posted record sales. Its chief executive, Pavel Novak, was pleased.\n\nPelican Cloud opened a lab in Oslo on Monday. Marek Wolny, the group's chairman, cut the ribbon.",
			[]string{"ceoOf(pavel-novak,orrin-group)", "chairmanOf(marek-wolny,pelican-cloud)"}},
		{"who has run the group since, after a pronoun sentence",
			"Orrin Group posted record sales on Monday.\n\nPelican Cloud said it had hired 200 engineers. Hana Sato, who has run the group since 2019, said more would follow.",
			[]string{"ceoOf(hana-sato,pelican-cloud)"}},
		{"near miss: the same paragraph keeps the Group",
			"Orrin Group holds a stake in Pelican Cloud. Pavel Novak, who has run the group since 2019, called it a bargain.",
			[]string{"ceoOf(pavel-novak,orrin-group)", "investedIn(orrin-group,pelican-cloud)"}},
	})
}
