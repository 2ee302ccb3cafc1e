package extract_test

import "testing"

// ellipsisRegister names the companies of TestEllipsis.
const ellipsisRegister = `entities:
  orange:
    name: Orange
    type: company
    surface_forms:
    - Orange
  vodafone:
    name: Vodafone
    type: company
    surface_forms:
    - Vodafone
  telefonica:
    name: Telefonica
    type: company
    surface_forms:
    - Telefonica
  o-ran-alliance:
    name: O-RAN Alliance
    type: alliance
    surface_forms:
    - O-RAN Alliance
  acme-robotics:
    name: Acme Robotics
    type: company
    surface_forms:
    - Acme Robotics
  nvidia:
    name: Nvidia
    type: company
    surface_forms:
    - Nvidia
  kestrel-labs:
    name: Kestrel Labs
    type: company
    surface_forms:
    - Kestrel Labs
  birch-capital:
    name: Birch Capital
    type: company
    surface_forms:
    - Birch Capital
  maple-ventures:
    name: Maple Ventures
    type: company
    surface_forms:
    - Maple Ventures
  open-edge-forum:
    name: Open Edge Forum
    type: alliance
    surface_forms:
    - Open Edge Forum
  tern-networks:
    name: Tern Networks
    type: company
    surface_forms:
    - Tern Networks
  pike-telecom:
    name: Pike Telecom
    type: company
    surface_forms:
    - Pike Telecom
  heron-mobile:
    name: Heron Mobile
    type: company
    surface_forms:
    - Heron Mobile
  lark-ai:
    name: Lark AI
    type: company
    surface_forms:
    - Lark AI
  quill-robotics:
    name: Quill Robotics
    type: company
    surface_forms:
    - Quill Robotics
`

// TestEllipsis covers elliptical second members (ellipsis.go,
// member_so_did.go) with sentences written for the test: the fact of the
// antecedent clause goes to the organisations of the elided one, in the
// same sentence or the next; a negated ellipsis and an antecedent that
// stated no fact copy nothing.
func TestEllipsis(t *testing.T) {
	reg := mustRegister(t, "ellipsis", ellipsisRegister)
	runNewsWith(t, reg, []newsCase{
		{"as did B, investment", "Birch Capital invested $20 million in Kestrel Labs, as did Maple Ventures.", []string{"investedIn(birch-capital,kestrel-labs) amount=$20 million", "investedIn(maple-ventures,kestrel-labs)"}},
		{"and so did B, partnership", "Pike Telecom signed a partnership with Lark AI in March, and so did Heron Mobile.", []string{"partnerOf(heron-mobile,lark-ai)", "partnerOf(lark-ai,pike-telecom)"}},
		{"followed by B, joining", "Tern Networks joined the Open Edge Forum in March, followed by Pike Telecom and Heron Mobile in May.", []string{"memberOf(heron-mobile,open-edge-forum)", "memberOf(pike-telecom,open-edge-forum)", "memberOf(tern-networks,open-edge-forum)"}},
		{"and B has too", "Tern Networks has signed up to the Open Edge Forum, and Heron Mobile has too.", []string{"memberOf(heron-mobile,open-edge-forum)", "memberOf(tern-networks,open-edge-forum)"}},
		{"; B followed", "Tern Networks joined the Open Edge Forum last year; Pike Telecom followed in May.", []string{"memberOf(pike-telecom,open-edge-forum)", "memberOf(tern-networks,open-edge-forum) since=2024"}},
		{"so was B, founding", "Tern Networks was a founding member of the Open Edge Forum, and so was Heron Mobile.", []string{"foundingMember(heron-mobile,open-edge-forum)", "foundingMember(tern-networks,open-edge-forum)"}},
		{"So did B. (next sentence)", "Heron Mobile joined the Open Edge Forum in March. So did Pike Telecom.", []string{"memberOf(heron-mobile,open-edge-forum)", "memberOf(pike-telecom,open-edge-forum)"}},
		{"B did the same (next sentence)", "Maple Ventures put $5 million into Kestrel Labs last year. Birch Capital did the same in June.", []string{"investedIn(birch-capital,kestrel-labs)", "investedIn(maple-ventures,kestrel-labs) date=2024 amount=$5 million"}},
		{"B followed, paying (next sentence)", "Birch Capital bought 10% of Kestrel Labs in 2021. Maple Ventures followed a few months later, paying $3 million for a 5% stake in it.", []string{"investedIn(birch-capital,kestrel-labs) date=2021", "investedIn(maple-ventures,kestrel-labs)"}},
		{"as was a possessive name", "The Open Edge Forum said Tern Networks was now a full member, as was Ada Quill's Quill Robotics.", []string{"memberOf(quill-robotics,open-edge-forum)", "memberOf(tern-networks,open-edge-forum)"}},

		// near misses
		{"but B did not", "Tern Networks joined the Open Edge Forum in March, but Heron Mobile did not.", []string{"memberOf(tern-networks,open-edge-forum)"}},
		{"B has not (next sentence)", "Tern Networks joined the Open Edge Forum in March. Heron Mobile has not.", []string{"memberOf(tern-networks,open-edge-forum)"}},
		{"no antecedent fact", "Tern Networks held talks with the Open Edge Forum in March. So did Heron Mobile.", []string{}},
		{"two subjects before", "Tern Networks joined the Open Edge Forum in March, while Pike Telecom invested in Lark AI. Heron Mobile followed in May.", []string{"memberOf(tern-networks,open-edge-forum)", "investedIn(pike-telecom,lark-ai)"}},
		{"followed with a noun", "Tern Networks joined the Open Edge Forum in March, and Heron Mobile followed with a statement.", []string{"memberOf(tern-networks,open-edge-forum)"}},
		{"followed another company", "Tern Networks joined the Open Edge Forum in March. Heron Mobile followed a path set by Lark AI.", []string{"memberOf(tern-networks,open-edge-forum)"}},
		{"followed by a gerund", "Tern Networks joined the Open Edge Forum in March, followed by a round of hiring at Heron Mobile.", []string{"memberOf(tern-networks,open-edge-forum)"}},
	})
}
