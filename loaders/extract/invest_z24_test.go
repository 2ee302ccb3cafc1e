package extract_test

import "testing"

// z24Register names the companies of the z24 investment tests and one
// venture they set up.
const z24Register = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  granite-labs: {name: Granite Labs, type: company}
  helix-wireless: {name: Helix Wireless, type: company}
  larch-networks: {name: Larch Networks, type: company}
  polar-compute: {name: Polar Compute, type: company}
  tundra-data: {name: Tundra Data, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  lena-berg: {name: Lena Berg, type: person}
`

// z24Inv is an investedIn fact as the tests print it.
func z24Inv(a, b string) string { return "investedIn(" + a + "," + b + ")" }

// z24Raised opens a round for Granite Labs.
const z24Raised = "Granite Labs raised $40 million in a Series A. "

// TestInvestZ24GappedAfterDescription: a second holder whose verb is left
// out after an investee that a description or pronoun names ("A will own
// 70% of the new company and B the remaining 30%") holds a share of that
// investee too, with the first verb's modality (invest_gapped.go).
func TestInvestZ24GappedAfterDescription(t *testing.T) {
	reg := mustRegister(t, "z24.yaml", z24Register)
	inv := func(a, b, mod string) string { return "investedIn(" + a + "," + b + ")" + mod }
	planned := "Helix Wireless and Larch Networks said they would set up a joint venture, Tundra Data. "
	formed := "Helix Wireless and Larch Networks formed a joint venture, Tundra Data, in May. "
	jvPlanned := "jointVenture(helix-wireless,larch-networks) modality=planned"
	jv := "jointVenture(helix-wireless,larch-networks)"
	runNewsWith(t, reg, []newsCase{
		{"the new company and B the remaining N%", planned + "Helix Wireless will own 70% of the new company and Larch Networks the remaining 30%.",
			[]string{jvPlanned, inv("helix-wireless", "tundra-data", " modality=planned"), inv("larch-networks", "tundra-data", " modality=planned")}},
		{"the venture, and B the rest, said", planned + "Helix Wireless will hold 60 percent of the venture, and Larch Networks the rest, the companies said.",
			[]string{jvPlanned, inv("helix-wireless", "tundra-data", " modality=planned"), inv("larch-networks", "tundra-data", " modality=planned")}},
		{"a stake in the venture and B N%", formed + "Helix Wireless has a 51% stake in the venture and Larch Networks 49%.",
			[]string{jv, "founded(tundra-data)", inv("helix-wireless", "tundra-data", ""), inv("larch-networks", "tundra-data", "")}},
		{"a description as first holder", formed + "The Norwegian operator owns 51% of the venture, and Larch Networks the remainder.",
			[]string{jv, "founded(tundra-data)", "headquarteredIn(helix-wireless,NO)", inv("helix-wireless", "tundra-data", ""), inv("larch-networks", "tundra-data", "")}},

		// near misses: the second holder's share is of another company, or no share
		{"B N% of another company", formed + "Helix Wireless owns 51% of the venture, and Larch Networks 20% of Granite Labs.",
			[]string{jv, "founded(tundra-data)", inv("helix-wireless", "tundra-data", "")}},
		{"B and no share", formed + "Helix Wireless owns 51% of the venture, and Larch Networks its network.",
			[]string{jv, "founded(tundra-data)", inv("helix-wireless", "tundra-data", "")}},
	})
}

// TestInvestZ24ApposRelative: a subject with a noun phrase in apposition
// that a relative clause completes ("X, the chip designer whose chief
// executive is P, also counts A among its investors", "X, a Paris company
// that lets firms build assistants, closed a Series A") is the name before
// the apposition (clause_insert.go), for every family.
func TestInvestZ24ApposRelative(t *testing.T) {
	reg := mustRegister(t, "z24.yaml", z24Register)
	inv := z24Inv
	runNewsWith(t, reg, []newsCase{
		{"whose chief executive is P, counts A among its investors",
			"Granite Labs, the chip designer whose chief executive is Lena Berg, also counts Helix Wireless among its investors.",
			[]string{"ceoOf(lena-berg,granite-labs)", inv("helix-wireless", "granite-labs")}},
		{"that P founded, counts A and B among its investors",
			"Granite Labs, the chip designer that Lena Berg founded, counts Helix Wireless and Larch Networks among its investors.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs"), "foundedBy(granite-labs,lena-berg)"}},
		{"a company that ..., closed a Series A; A led it",
			"Granite Labs, a Paris company that lets businesses build assistants, closed a $16 million Series A in June. Polar Compute led it.",
			[]string{inv("polar-compute", "granite-labs")}},
		{"whose ..., has taken a stake in Y",
			"Granite Labs, the chip designer whose chief executive is Lena Berg, has taken a 10% stake in Ion Cloud.",
			[]string{"ceoOf(lena-berg,granite-labs)", inv("granite-labs", "ion-cloud")}},
		{"the fund which ..., invested in Y",
			"Polar Compute, the fund which manages money for Helix Wireless, invested $20 million in Granite Labs.",
			[]string{inv("polar-compute", "granite-labs") + " amount=$20 million"}},
		{"a person: the engineer who founded X, was named CEO of Y",
			"Lena Berg, the engineer who founded Granite Labs, was named chief executive of Helix Wireless.",
			[]string{"ceoOf(lena-berg,helix-wireless)", "foundedBy(granite-labs,lena-berg)"}},

		// near miss: a list before the apposition is left alone
		{"a list before the apposition", "Granite Labs and Ion Cloud, the two start-ups that Lena Berg founded, count Helix Wireless among their investors.",
			nil},
	})
}

// TestInvestZ24JoinedInRound: a backer who "joined" fellow backers "in"
// the round under discussion invested in its company, and so did those a
// round pointed back at with "that" names "alongside" (rounds_join_in.go).
func TestInvestZ24JoinedInRound(t *testing.T) {
	inv, raised := z24Inv, z24Raised
	runNewsWith(t, mustRegister(t, "z24.yaml", z24Register), []newsCase{
		{"joined them in the same round", raised + "Helix Wireless and Larch Networks led the round. Polar Compute joined them in the same round.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs"), inv("polar-compute", "granite-labs")}},
		{"joined A in the round", raised + "Helix Wireless joined Polar Compute in the round.",
			[]string{inv("helix-wireless", "granite-labs")}},
		{"joined that earlier round alongside A", raised + "Helix Wireless joined that earlier round alongside Polar Compute.",
			[]string{inv("helix-wireless", "granite-labs"), inv("polar-compute", "granite-labs")}},
		{"A and B joined that round alongside C and D", raised + "Helix Wireless and Larch Networks joined that round alongside Polar Compute and Ion Cloud.",
			[]string{inv("helix-wireless", "granite-labs"), inv("larch-networks", "granite-labs"), inv("polar-compute", "granite-labs"), inv("ion-cloud", "granite-labs")}},

		// near misses: no round after "in", or a relative "that" after a noun
		{"joined A in a lawsuit", raised + "Helix Wireless joined Polar Compute in a lawsuit.", nil},
		{"joined the board that A chairs alongside B", raised + "Helix Wireless joined the board that Polar Compute chairs alongside Ion Cloud.", nil},
	})
}

// TestInvestZ24LeadingDescription: a description that opens the sentence
// and a name in apposition after it ("Norway's largest carrier, A, joined
// the round", "B's venture arm, A, also joined") make the name the
// subject (clause_lead_desc.go).
func TestInvestZ24LeadingDescription(t *testing.T) {
	inv, raised := z24Inv, z24Raised
	runNewsWith(t, mustRegister(t, "z24.yaml", z24Register), []newsCase{
		{"a country's description, A, joined the round", raised + "Norway's largest mobile carrier, Helix Wireless, joined the round through its venture arm.",
			[]string{"headquarteredIn(helix-wireless,NO)", inv("helix-wireless", "granite-labs")}},
		{"B's venture arm, A, also joined", raised + "Larch Networks led it. Polar Compute's venture arm, Ion Cloud, also took part.",
			[]string{inv("larch-networks", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"the fund, A, has taken a stake", "The Oslo fund, Polar Compute, has taken a 10% stake in Granite Labs.",
			[]string{inv("polar-compute", "granite-labs")}},
		{"its biggest shareholder, A, invested", "Its biggest shareholder, Larch Networks, invested $20 million in Granite Labs.",
			[]string{inv("larch-networks", "granite-labs") + " amount=$20 million"}},

		// near miss: a time before the name is no description of it
		{"last year, A invested", "Last year, Larch Networks invested in Granite Labs.",
			[]string{inv("larch-networks", "granite-labs") + " date=2024"}},
		{"a description, A, and B: a list", "The rival, Larch Networks, and Polar Compute invested in Granite Labs.",
			[]string{inv("larch-networks", "granite-labs"), inv("polar-compute", "granite-labs")}},
	})
}
