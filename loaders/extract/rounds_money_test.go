package extract_test

import "testing"

// roundTestRegister names the companies of the round tests written for
// helper x14inv's families.
const roundTestRegister = `entities:
  acme-telecom: {name: Acme Telecom, type: company}
  ion-cloud: {name: Ion Cloud, type: company}
  kestrel-capital: {name: Kestrel Capital, type: company}
  larch-ventures: {name: Larch Ventures, type: company}
  polar-compute: {name: Polar Compute, type: company}
  granite-labs: {name: Granite Labs, type: company}
`

// TestRoundMoney covers rounds told by their money (rounds_money.go):
// more raising verbs that open a round, backers of the round's money
// ("headed the investment", "the cash came from"), investors by copula,
// a lead "investment of N into Y" (invest_args.go), with sentences written
// for the test, and the near misses that state no investment.
func TestRoundMoney(t *testing.T) {
	reg := mustRegister(t, "money.yaml", roundTestRegister)
	inv := func(investor, investee string) string { return "investedIn(" + investor + "," + investee + ")" }
	lead := "The round was led by Kestrel Capital."
	runNewsWith(t, reg, []newsCase{
		{"pulled in an amount", "Polar Compute has pulled in $25 million. Its chips cool themselves. " + lead,
			[]string{inv("kestrel-capital", "polar-compute")}},
		{"won an amount of backing", "Polar Compute won $25 million of backing this spring. " + lead,
			[]string{inv("kestrel-capital", "polar-compute")}},
		{"generic investors poured money into", "Investors have poured $25 million into Polar Compute. " + lead,
			[]string{inv("kestrel-capital", "polar-compute")}},
		{"headed the investment; the cash came from",
			"Granite Labs picked up $9 million on Monday. Kestrel Capital headed the investment. The rest of the cash came from Ion Cloud.",
			[]string{inv("kestrel-capital", "granite-labs")}},
		{"the money came from; provided most of the money",
			"Granite Labs attracted $9 million. The money came from Ion Cloud and Larch Ventures. Acme Telecom provided most of the money.",
			[]string{inv("ion-cloud", "granite-labs"), inv("larch-ventures", "granite-labs"), inv("acme-telecom", "granite-labs")}},
		{"the deal, the cash was provided by",
			"Granite Labs has raised $9 million. Kestrel Capital led the $9m deal. The cash was provided by Kestrel Capital and Ion Cloud.",
			[]string{inv("kestrel-capital", "granite-labs"), inv("ion-cloud", "granite-labs")}},
		{"investors by copula, participants by copula",
			"Polar Compute has raised fresh capital. New backers are Ion Cloud and Larch Ventures. Participants were Acme Telecom.",
			[]string{inv("ion-cloud", "polar-compute"), inv("larch-ventures", "polar-compute"), inv("acme-telecom", "polar-compute")}},
		{"leading an investment of N into Y, then its participants",
			"Kestrel Capital is leading an investment of USD 4 million into Granite Labs. Participants were Ion Cloud and Larch Ventures.",
			[]string{inv("kestrel-capital", "granite-labs") + " amount=USD 4 million", inv("ion-cloud", "granite-labs"), inv("larch-ventures", "granite-labs")}},

		// near misses
		{"a contract is no round", "Polar Compute won a $25 million contract. " + lead, nil},
		{"money tied to another company",
			"Polar Compute has raised $9 million. Kestrel Capital funded Granite Labs' round instead.",
			[]string{inv("kestrel-capital", "granite-labs")}},
		{"not provided, expected to fund",
			"Polar Compute has raised $9 million. Ion Cloud did not provide any money. Larch Ventures is expected to fund the round.",
			nil},
		{"no round open", "Polar Compute makes chips. The money came from Ion Cloud. Investors were Larch Ventures.", nil},
	})
}
