package extract_test

import "testing"

// TestInvestZ24bDescriptionHeads: a company told by what it builds or
// runs ("the photo-editing app", "the AI cloud builder", "the answer
// engine", "the convenience-store chain") stands for the company in focus
// as the other descriptions do, as a raiser whose round its backers
// join and as an investee (invest_described_focus.go); "the supply
// chain" is no company.
func TestInvestZ24bDescriptionHeads(t *testing.T) {
	reg := mustRegister(t, "z24.yaml", z24Register) // invest_z24_test.go
	inv := func(a string) string { return "investedIn(" + a + ",granite-labs)" }
	software := "Granite Labs makes scheduling software for radio networks. "
	servers := "Granite Labs designs edge servers for operators. "
	runNewsWith(t, reg, []newsCase{
		{"the app raised; A led the round", software + "The scheduling app raised $25 million in a Series A. Polar Compute led the round.",
			[]string{inv("polar-compute")}},
		{"A put money into the app", software + "Acme Telecom has put $10 million into the scheduling app.",
			[]string{inv("acme-telecom") + " amount=$10 million"}},
		{"a stake in the chain", "Granite Labs runs 400 cafes in Norway. Acme Telecom owns a 20% stake in the cafe chain.",
			[]string{inv("acme-telecom")}},
		{"a list puts money into the engine", "Granite Labs sells an answer engine for call centres. Acme Telecom and Helix Wireless put $8 million into the answer engine.",
			[]string{inv("acme-telecom") + " amount=$8 million", inv("helix-wireless") + " amount=$8 million"}},
		{"the builder raised; passive lead and a follower", servers + "The edge server builder raised $30 million. The round was led by Polar Compute; Tundra Data also took part.",
			[]string{inv("polar-compute"), inv("tundra-data")}},
		{"shareholder in the builder", servers + "Polar Compute is the largest shareholder in the server builder.",
			[]string{inv("polar-compute")}},

		// near misses: a chain of supply is no company
		{"the supply chain", servers + "Acme Telecom invested $5 million in the supply chain.", nil},
		{"the value chain", servers + "Acme Telecom put $5 million into the value chain.", nil},
	})
}

// TestInvestZ24bFirmShortForms: an investing firm whose name puts
// "Equity" or "Venture" before its head ("Harrow Equity Partners",
// "Kelso Venture Partners") is called by its first word once the full
// name was given, as two-word firm names are (lexicon_firm_short.go); a
// first word with no full name before it names no registered firm.
func TestInvestZ24bFirmShortForms(t *testing.T) {
	reg := mustRegister(t, "z24b-firms.yaml", `entities:
  granite-labs: {name: Granite Labs, type: company}
  polar-compute: {name: Polar Compute, type: company}
  tundra-data: {name: Tundra Data, type: company}
  harrow-equity-partners: {name: Harrow Equity Partners, type: company}
  kelso-venture-partners: {name: Kelso Venture Partners, type: company}
`)
	runNewsWith(t, reg, []newsCase{
		{"Equity Partners, then the first word invests", "Harrow Equity Partners is a buyout firm. Harrow invested $200 million in Granite Labs in May.",
			[]string{"investedIn(harrow-equity-partners,granite-labs) amount=$200 million"}},
		{"Venture Partners, then the first word leads a round", "Granite Labs raised $40 million from Kelso Venture Partners and Polar Compute in 2023. This year Kelso led a $90 million Series B in the company.",
			[]string{"investedIn(kelso-venture-partners,granite-labs) date=2023 amount=$40 million", "investedIn(polar-compute,granite-labs) date=2023 amount=$40 million"}},
		{"the first word in a passive list", "Kelso Venture Partners backs network start-ups. Tundra Data is backed by Kelso and Polar Compute.",
			[]string{"investedIn(kelso-venture-partners,tundra-data)", "investedIn(polar-compute,tundra-data)"}},

		// the first word alone, with no full name before it: since round 39
		// the only registered firm it begins (rules.go registeredFirstWord)
		{"no full name before", "Harrow invested $200 million in Granite Labs in May.",
			[]string{"investedIn(harrow-equity-partners,granite-labs) amount=$200 million"}},
	})
}
